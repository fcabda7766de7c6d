import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/outbound-preview/define.js';
import type { FocusPolicy, OutboundPreview } from '../../src/elements/outbound-preview/outbound-preview.js';
import type { BackendCommand, InteractionActionCommand } from '../../src/services/ports/backend/contract.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import { T0 } from './engine-desk.js';
import { createKitFixture } from './kit-fixture.js';
import { settle } from './dom.js';
import { $, $$, text } from './dom.js';
export { $, $$, text };

export const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };

/** A provider on the simulator with one `<outbound-preview>` (and the host's slotted content) on the page. */
export async function mountPreview(
  scenario: SimulatorScenario,
  focusPolicy: FocusPolicy = 'announce',
  slotted: TemplateResult = html`<p slot="contact-details">Host contact card</p>`,
) {
  // 09:00 in Chicago, where the test contacts live: their daytime calling windows are open.
  const clock = new ManualClock(T0);
  const kit = createKitFixture(html`<outbound-preview focus-policy=${focusPolicy}>${slotted}</outbound-preview>`, { scenario, clock });
  const el = kit.provider.querySelector('outbound-preview') as OutboundPreview;
  el.clock = kit.clock;
  document.body.append(kit.provider);
  await kit.provider.updateComplete;
  await settle(el);
  const services = kit.provider.services;
  /** Moves the simulator's clock and lets the element render what happened. */
  const advance = async (ms = 0) => {
    kit.advance(ms);
    await settle(el);
  };
  return { ...kit, el, services, advance };
}

export type PreviewKit = Awaited<ReturnType<typeof mountPreview>>;

export const actions = (commands: readonly BackendCommand[]) =>
  commands.filter((command): command is InteractionActionCommand => command.type === 'interaction-action').map((command) => command.action);
export const pairs = (el: OutboundPreview, list: string) =>
  $$(el, `${list} dt`).map((dt) => [text(dt), text(dt.nextElementSibling)]);

/** Tabs into the element from a button placed just before it, as a keyboard user arrives. */
export async function tabInto(el: HTMLElement) {
  const before = document.createElement('button');
  before.textContent = 'Before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}
