import { css } from 'lit';

export const outboundInteractionStyles = css`
  .note {
    color: var(--_muted);
  }
  .status {
    font-weight: 600;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
  }
  .status.held {
    border-inline-start-style: dashed;
  }
  .status.ended {
    border-inline-start-color: var(--_border);
  }
  .read-only {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* A field's dt and dd are grouped (valid in a dl) but laid out on the list's grid. */
  dl > div {
    display: contents;
  }
  .tabular {
    font-variant-numeric: tabular-nums;
  }
  .editable-mark,
  .field-note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .record-fields input:not([type='checkbox']),
  .record-fields select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    max-inline-size: 100%;
  }
  .record-fields [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .status {
      border-inline-start-color: CanvasText;
    }
    .status.ended {
      border-inline-start-color: GrayText;
    }
    input:focus-visible,
    select:focus-visible,
    .title:focus-visible {
      outline-color: CanvasText;
    }
    .record-fields [aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 2px;
    }
  }
`;
