import { css } from 'lit';

export const callControlsStyles = css`
  :host {
    --_key-size: var(--outbound-call-controls-key-size, 2.75rem);
  }
  .note,
  .hint {
    color: var(--_muted);
  }
  .hint,
  .reason {
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* Unavailable but focusable (aria-disabled): an outline style, with a dashed edge that survives forced colours. */
  button[aria-disabled='true'] {
    color: var(--_muted);
    background: var(--_surface);
    border: 1px dashed var(--_muted);
    cursor: not-allowed;
  }
  button.secondary:not([aria-disabled='true']),
  button[aria-expanded]:not([aria-disabled='true']) {
    color: var(--_accent);
    background: var(--_surface);
    border-color: var(--_accent);
  }
  button[aria-expanded='true']:not([aria-disabled='true']) {
    background: var(--_selected);
    border-width: 2px;
  }
  button.end:not([aria-disabled='true']) {
    color: var(--_on-accent);
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .panel {
    display: grid;
    gap: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [role='grid'] {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-content: start;
  }
  [role='row'] {
    display: grid;
    grid-template-columns: repeat(3, var(--_key-size));
    gap: calc(var(--_space) * 0.5);
  }
  .key {
    inline-size: 100%;
    min-inline-size: var(--_key-size);
    min-block-size: var(--_key-size);
    padding: 0;
    font-size: 1.15rem;
    font-variant-numeric: tabular-nums;
  }
  .tones {
    font-variant-numeric: tabular-nums;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    max-inline-size: 100%;
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .error,
  .refusal {
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: var(--_space);
  }
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    button[aria-expanded='true'] {
      border-width: 3px;
    }
  }
`;
