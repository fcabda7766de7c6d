// Small helpers the demo's scripts share.
import type { KitServices } from '../src/services/kit-services.js';

/** The element for a selector that index.html must contain. */
export function required<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`demo: ${selector} is missing from index.html`);
  return element;
}

/** Clears the kit's last error before a new command, so the one shown belongs to the latest. */
export function dismissError({ store }: KitServices): void {
  store.dispatch({ type: 'kit/error-dismissed' });
}
