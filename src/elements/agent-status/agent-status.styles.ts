import { css } from 'lit';

export const agentStatusStyles = css`
  p {
    margin: 0;
  }
  .note,
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .channel {
    flex: 1 1 14rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
    align-content: start;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .status {
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* Outlined until chosen. */
  button {
    color: var(--_accent);
    background: transparent;
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The chosen status is filled and ticked, so it is told apart by more than colour. */
  .choice[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    cursor: default;
  }
  .choice[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  /* Not faded with opacity: the label must stay readable, it is what a blocked agent looks for. */
  button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_muted);
    border-style: dashed;
    background: transparent;
    cursor: not-allowed;
  }
  .im-toggle {
    display: inline-flex;
    gap: 0.5ch;
    align-items: center;
    margin-top: var(--_space);
  }
  .logout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
  .message {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_selected);
  }
  .logout .message {
    margin: 0;
  }
  div.message {
    display: flex;
    gap: var(--_space);
    align-items: start;
    justify-content: space-between;
  }
  .message.blocking,
  .message.error {
    color: var(--_danger);
    border-color: var(--_danger);
    background: transparent;
  }
  .message.error button {
    color: var(--_danger);
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    /* The pressed status keeps the system highlight pair, a fill the forced palette would drop. */
    .choice[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    button:focus-visible,
    input:focus-visible {
      outline-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    .message {
      border-inline-start-color: CanvasText;
    }
  }
`;
