import { css } from 'lit';

export const campaignListStyles = css`
  /* The grid's layout follows the room the host gives the list, not the viewport (WCAG 1.4.10). */
  :host {
    container: campaign-list / inline-size;
  }
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
  /*
   * Narrow (a side column, or 320 CSS px): each row becomes a card that wraps, instead of six
   * columns that need about 680 px. Only the layout changes: the table keeps role=grid, its rows and
   * cells their roles, the arrow keys their columns, and the column headers stay for screen readers.
   */
  @container campaign-list (inline-size < 44rem) {
    table,
    tbody {
      display: block;
    }
    thead {
      display: block;
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Status and name, then delivery and dialing mode, the description, the action: DOM order. */
    tbody tr {
      display: grid;
      grid-template-columns: auto auto minmax(0, 1fr);
      grid-template-areas:
        'status name name'
        'delivery dialing dialing'
        'description description description'
        'action action action';
      align-items: baseline;
      gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-bottom: 1px solid var(--_border);
    }
    tbody td {
      display: block;
      padding: 0;
      border: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    td[data-column='0'] {
      grid-area: status;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    td[data-column='1'] {
      grid-area: name;
      font-weight: 600;
    }
    td[data-column='2'] {
      grid-area: delivery;
    }
    td[data-column='3'] {
      grid-area: dialing;
    }
    td[data-column='2'],
    td[data-column='3'] {
      font-size: 0.875rem;
    }
    td.description {
      grid-area: description;
    }
    td[data-column='5'] {
      grid-area: action;
    }
    td:focus-visible {
      outline-offset: 1px;
    }
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
