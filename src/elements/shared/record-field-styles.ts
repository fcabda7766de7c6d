import { css } from 'lit';

/**
 * The lists of case and record information that `RecordFieldsEditor` and its hosts render: terms
 * beside their values on one grid, section headings, and the "(editable)" mark.
 */
export const recordFieldStyles = css`
  .subheading {
    font-size: 1rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  dl {
    display: grid;
    /* Terms take at most half the width and wrap, so a narrow column (320 CSS px) never scrolls. */
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dt,
  dd {
    overflow-wrap: anywhere;
  }
  dd input:not([type='checkbox']),
  dd select {
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  /* A field's dt and dd are grouped (valid in a dl) but laid out on the list's grid. */
  dl > div {
    display: contents;
  }
  .editable-mark,
  .field-note {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
