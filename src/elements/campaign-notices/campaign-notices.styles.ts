import { css } from 'lit';

export const campaignNoticesStyles = css`
  /* A notice stands out from the panels around it. */
  .base {
    border-inline-start: 4px solid var(--_accent);
    padding: var(--_space) calc(var(--_space) * 1.5);
    max-width: 40rem;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    justify-content: space-between;
  }
  .title {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 0;
  }
  .position,
  .countdown {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .campaign {
    font-weight: 600;
    margin-top: calc(var(--_space) / 2);
    overflow-wrap: anywhere;
  }
  .message {
    margin: var(--_space) 0;
    overflow-wrap: anywhere;
    /* Line breaks in the server's text are kept; it is still text, never markup. */
    white-space: pre-line;
  }
  .replaces {
    margin: 0 0 var(--_space);
  }
  .countdown {
    margin: 0 0 var(--_space);
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
  button {
    padding: 0.25rem 1rem;
    min-width: 4rem;
    min-height: 24px;
  }
  @media (forced-colors: active) {
    /* The accent stripe is colour only; a system colour keeps the frame visible. */
    .base {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
