// Small helpers the demo's scripts share.

/** The element for a selector that index.html must contain. */
export function required<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`demo: ${selector} is missing from index.html`);
  return element;
}
