import { css } from 'lit';

export const dispositionPanelStyles = css`
  .title:focus,
  .message:focus {
    outline: none;
  }
  .title:focus-visible,
  .message:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .note,
  .hint {
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    justify-items: start;
  }
  .field > label {
    font-weight: 600;
  }
  select,
  input[readonly],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 4lh;
    resize: vertical;
  }
  select[aria-disabled='true'],
  input[readonly] {
    color: var(--_muted);
    border-style: dashed;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .check {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5ch;
    align-items: baseline;
  }
  .check .hint {
    flex-basis: 100%;
  }
  .radio {
    display: flex;
    gap: 0.5ch;
    align-items: baseline;
  }
  .status {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .message:focus-visible {
      outline-color: CanvasText;
    }
    .message,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
    select[aria-disabled='true'],
    input[readonly] {
      color: GrayText;
    }
  }
`;
