import { nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** The first element matching `selector` in a kit element's shadow root, or null. */
export function $<E extends HTMLElement = HTMLElement>(host: Element, selector: string): E | null {
  return host.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Every element matching `selector` in a kit element's shadow root. */
export function $$<E extends HTMLElement = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** A node's text as it reads: trimmed, runs of white space as one space. */
export function text(node: Element | null | undefined): string | undefined {
  return node?.textContent?.trim().replace(/\s+/g, ' ');
}

/**
 * Waits for the kit's once-per-frame render, the element's update, and one more frame for what the
 * update announced (announcements land on the frame after they are made).
 */
export async function settle(...elements: LitElement[]): Promise<void> {
  await nextFrame();
  await Promise.all(elements.map((element) => element.updateComplete));
  await nextFrame();
}

/** What screen-reader users were last told, politely and assertively, across every kit on the page. */
export function spoken(): { polite: string[]; assertive: string[] } {
  const read = (kind: string) =>
    [...document.querySelectorAll<HTMLElement>(`[data-outbound-live="${kind}"]`)]
      .map((region) => region.textContent ?? '')
      .filter(Boolean);
  return { polite: read('polite'), assertive: read('assertive') };
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The texts of what describes a control (its `aria-describedby`), looked up in its host's shadow root. */
export function descriptionsOf(host: Element, control: Element | null): (string | undefined)[] {
  return (control?.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => host.shadowRoot!.getElementById(id)?.textContent?.trim().replace(/\s+/g, ' '));
}

/** Selects all of the focused field's text and types over it. */
export async function typeOver(value: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}
