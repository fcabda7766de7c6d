import { css } from 'lit';

/**
 * What every kit panel shares: a block host, hidden means hidden, a bordered base, a title, and
 * filled accent buttons with a visible focus ring. Elements restyle their own variants on top.
 */
export const panelStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* Hidden means hidden inside the element too: no class's display rule may show collapsed content. */
  [hidden] {
    display: none !important;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .title {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    white-space: nowrap;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
