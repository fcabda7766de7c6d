import { css } from 'lit';

/**
 * What the record and call elements share on top of the panel frame: a grid of sections, a title
 * that can take focus without a ring for mouse users, muted notes, framed groups of fields, focus rings, outlined buttons with one filled
 * primary action, rows of actions, and danger messages. Each element adds its own rules after these.
 */
export const formStyles = css`
  p {
    margin: 0;
  }
  /* One column that never grows past the element: long words and wide rows wrap instead of
     pushing the element wider than its host (reflow at 320 CSS px, WCAG 1.4.10). */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .note {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  /* Outlined, except the primary action of each step. */
  button {
    color: var(--_accent);
    background: transparent;
    white-space: normal;
  }
  button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .message {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 3px solid var(--_danger);
    color: var(--_danger);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    .title:focus-visible {
      outline-color: CanvasText;
    }
    .message {
      border-inline-start-color: CanvasText;
    }
  }
`;
