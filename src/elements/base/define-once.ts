/**
 * Registers a tag unless the page already has it (a second copy of the kit, a hot reload). A tag
 * taken by some other element is left alone, with a warning, since the page would not work as meant.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.name !== element.name) {
    console.warn(`<${tag}> is already defined by another element (${existing.name}); outbound-kit's was not registered.`);
  }
}
