import { css } from 'lit';

export const campaignListStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  td.description {
    color: var(--_muted);
    overflow-wrap: anywhere;
    min-width: 12ch;
  }
  tr[aria-selected='true'] {
    background: var(--_selected);
  }
  tr {
    cursor: default;
  }
  td:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  button[data-action='stop'] {
    color: var(--_accent);
    background: transparent;
  }
  button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  .busy {
    display: block;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .note,
  .message {
    margin: var(--_space) 0 0;
  }
  .message {
    display: flex;
    gap: var(--_space);
    align-items: start;
    color: var(--_danger);
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: var(--_space);
  }
  .message button {
    color: var(--_danger);
    background: transparent;
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    /* The selected row keeps the system highlight pair; its cells and buttons must follow it, since
       forced-color-adjust is inherited. */
    tr[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    tr[aria-selected='true'] td {
      color: HighlightText;
    }
    tr[aria-selected='true'] button {
      forced-color-adjust: auto;
    }
    td:focus-visible,
    button:focus-visible {
      outline-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
