/** Registers a tag unless the page already has it (a second copy of the kit, a hot reload). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
