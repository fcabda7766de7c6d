import { css } from 'lit';

export const outboundInteractionStyles = css`
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
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tabular {
    font-variant-numeric: tabular-nums;
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
  @media (forced-colors: active) {
    .status {
      border-inline-start-color: CanvasText;
    }
    .status.ended {
      border-inline-start-color: GrayText;
    }
    .record-fields [aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 2px;
    }
  }
`;
