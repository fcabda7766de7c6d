import { css } from 'lit';

export const rescheduleCallbackStyles = css`
  .base,
  .form,
  .scheduled,
  .new-number {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .note,
  .hint,
  .contact-time {
    color: var(--_muted);
  }
  .contact-time {
    font-variant-numeric: tabular-nums;
  }
  .check,
  .number {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5ch;
    align-items: baseline;
  }
  .number .e164 {
    font-variant-numeric: tabular-nums;
  }
  .number.blocked {
    color: var(--_muted);
  }
  .reason,
  .error {
    color: var(--_danger);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    justify-items: start;
  }
  .field > label {
    font-weight: 600;
  }
  .row,
  input:not([type='checkbox']):not([type='radio']),
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  td:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  input[aria-disabled='true'] + *,
  .check:has(input[aria-disabled='true']) {
    color: var(--_muted);
  }
  /* Outlined, except the primary action. */
  .scheduled {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .scheduled-title {
    font-weight: 600;
  }
  /* The date picker dialog. */
  .calendar {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
  }
  /* As wide as the month needs, not as its help text: a line of that is over 1,100 px. */
  .calendar {
    box-sizing: border-box;
    inline-size: 22rem;
    max-inline-size: calc(100vw - 1rem);
  }
  .calendar table {
    inline-size: 100%;
    table-layout: fixed;
  }
  .calendar:not([open]) {
    display: none;
  }
  /*
   * Beside its field where there is room: under Choose date (above it, or flipped sideways, when the
   * viewport has no room there). Narrow viewports, and engines without anchor positioning, keep the
   * modal dialog's centred place.
   */
  @media (min-width: 40rem) {
    @supports (position-anchor: --outbound-choose-date) {
      #choose-date {
        anchor-name: --outbound-choose-date;
      }
      .calendar:modal {
        position-anchor: --outbound-choose-date;
        inset: auto;
        top: anchor(bottom);
        left: anchor(left);
        margin: 0.25rem 0 0;
        position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
      }
    }
  }
  .calendar::backdrop {
    background: rgb(0 0 0 / 0.3);
  }
  .calendar-header {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  .calendar-heading {
    flex: 1;
    text-align: center;
    font-size: 1rem;
    margin: 0;
  }
  .calendar table {
    border-collapse: collapse;
  }
  .calendar th {
    font-weight: 600;
    padding: 0.25rem;
    color: var(--_muted);
  }
  .calendar td {
    text-align: center;
    min-inline-size: 2rem;
    block-size: 2.25rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .calendar td.past {
    color: var(--_muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }
  /* Today: a frame; the chosen day: filled and framed, so neither relies on colour alone. */
  .calendar td.today {
    border-color: var(--_text);
    font-weight: 600;
  }
  .calendar td.selected {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_text);
  }
  .calendar td[data-date]:hover {
    border-color: var(--_accent);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button.primary,
    .calendar td.selected {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .calendar td.today {
      border-color: CanvasText;
    }
    .calendar td.past {
      color: GrayText;
    }
    td:focus-visible {
      outline-color: CanvasText;
    }
    .message,
    .scheduled {
      border-inline-start-color: CanvasText;
    }
    input[aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 2px;
    }
    .number.blocked,
    .reason {
      color: GrayText;
    }
  }
`;
