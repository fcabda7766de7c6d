import { css } from 'lit';

/** The frame every kit panel shares: a block host, hidden means hidden, a bordered base, a title. */
export const panelStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
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
`;
