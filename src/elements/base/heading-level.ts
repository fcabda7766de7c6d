import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

/** A heading level, as `<h1>`…`<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAGS: Readonly<Record<HeadingLevel, StaticValue>> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The level a host asked for, kept within 1–6; anything unreadable is the default, 2. */
export function headingLevel(value: unknown): HeadingLevel {
  const level = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, Math.round(level))) as HeadingLevel;
}

/**
 * The element's title: `<hN class="title" part="title" id="title" tabindex="-1">`. Focusable from
 * script only, so an element can move focus to it (an arriving record, a refused Done).
 */
export function titleHeading(level: unknown, content: unknown) {
  const tag = TAGS[headingLevel(level)];
  // A static tag from lit/static-html.js, which the Lit template rules do not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class="title" part="title" id="title" tabindex="-1">${content}</${tag}>`;
}

/** A sub-heading of the element (class `subheading`), one level below its title, never deeper than 6. */
export function subHeading(level: unknown, id: string, content: unknown, className = 'subheading') {
  const tag = TAGS[headingLevel(headingLevel(level) + 1)];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${id} class=${className}>${content}</${tag}>`;
}

/** What an element with `heading-level` exposes. */
export interface HasHeadingLevel {
  /** The level of the element's title, 1–6 (default 2); its sub-headings are one level deeper. */
  headingLevel: number;
}

// A mixin's constructor takes whatever its base takes (TypeScript requires `any[]` here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * Adds `heading-level` (property `headingLevel`, reflected) to a kit element, as design systems offer
 * it, so a host can fit the kit into its own outline: the element's title is at this level, its
 * sub-headings one deeper. Render the title with
 * `titleHeading(this.headingLevel, …)` and sub-headings with `subHeading(this.headingLevel, …)`.
 */
export function HeadingLevelMixin<T extends Constructor<LitElement>>(base: T): T & Constructor<HasHeadingLevel> {
  class WithHeadingLevel extends base {
    // The options are written out, not shared in a constant: the manifest analyzer reads the literal.
    /**
     * The level of the element's title (1–6, default 2); its sub-headings are one level deeper.
     * @attr heading-level
     */
    @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;
  }
  return WithHeadingLevel;
}
