import { css } from 'lit';

export const outboundPreviewStyles = css`
  .note,
  .subtitle {
    color: var(--_muted);
  }
  .offer {
    border-inline-start: 4px solid var(--_accent);
  }
  .record-fields input:not([type='checkbox']),
  .record-fields select {
    font: inherit;
    max-inline-size: 100%;
  }
  dd {
    margin: 0;
  }
  .number {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5ch;
    align-items: baseline;
  }
  /* The shortcut hint on Accept and Reject: the keys, quieter than the label. */
  kbd {
    font: inherit;
    font-size: 0.8em;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.3em;
    margin-inline-start: 0.5ch;
  }
  .number .e164,
  .summary .e164,
  .accept-in,
  .countdown {
    font-variant-numeric: tabular-nums;
  }
  .number.blocked {
    color: var(--_muted);
  }
  .reason {
    color: var(--_danger);
  }
  .actions,
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    justify-items: start;
  }
  .field label {
    font-weight: 600;
  }
  .field input,
  .field select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
  }
  .field input {
    font-variant-numeric: tabular-nums;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  .other-number {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .other-number-form {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .countdown {
    font-weight: 600;
  }
  .status {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .offer {
      border-inline-start-color: CanvasText;
    }
    .field input[aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 2px;
    }
    .number.blocked,
    .reason {
      color: GrayText;
    }
  }
`;
