const NOT_TYPED = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * Whether the agent is typing somewhere on the page (a text field, a text area, an editable region),
 * looking through shadow roots. Focus must not jump, and shortcuts must not fire, while they are.
 */
export function agentIsTyping(root: Document = document): boolean {
  let active: Element | null = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  if (active instanceof HTMLTextAreaElement) return true;
  if (active instanceof HTMLInputElement) return !NOT_TYPED.has(active.type);
  if (active instanceof HTMLSelectElement) return false;
  return active instanceof HTMLElement && active.isContentEditable;
}
