import { css } from 'lit';

/**
 * The public theme: every colour, font and spacing reads an `--outbound-*` custom property with a
 * fallback that follows the colour scheme the element inherits (`color-scheme: light dark` on the
 * page gives dark colours to dark-mode users). Elements use the private `--_*` names set here.
 */
export const themeStyles = css`
  :host {
    --_font: var(--outbound-font-family, system-ui, sans-serif);
    --_text: var(--outbound-color-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--outbound-color-text-muted, light-dark(#4a5360, #b4bcc6));
    --_surface: var(--outbound-color-surface, light-dark(#ffffff, #1e2227));
    --_border: var(--outbound-color-border, light-dark(#c9ced6, #4a525c));
    --_accent: var(--outbound-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_on-accent: var(--outbound-color-on-accent, light-dark(#ffffff, #0b1b2b));
    --_selected: var(--outbound-color-selected, light-dark(#e3eefa, #22384f));
    --_focus: var(--outbound-color-focus, light-dark(#0b5cad, #8cc4ff));
    --_danger: var(--outbound-color-danger, light-dark(#a4161a, #ff9a9a));
    --_space: var(--outbound-space, 0.5rem);
    --_radius: var(--outbound-radius, 4px);
    font-family: var(--_font);
    color: var(--_text);
  }
`;
