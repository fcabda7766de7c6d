import { html } from 'lit';
import { until, type MountedKit } from './mount-kit.js';

/** The whole demo desk: every kit element, the callback form in the preview and in the call. */
export const wholeDesk = html`<campaign-notices></campaign-notices>
  <campaign-list></campaign-list>
  <agent-status></agent-status>
  <outbound-preview>
    <reschedule-callback slot="reschedule"></reschedule-callback>
  </outbound-preview>
  <outbound-interaction>
    <call-controls slot="controls"></call-controls>
    <reschedule-callback></reschedule-callback>
  </outbound-interaction>
  <disposition-panel></disposition-panel>`;

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : [],
  );
}

/** An element of `host`'s shadow root, or null. */
import { $ as part } from './dom.js';
export { part };

/**
 * From the demo scenario's preview: calls the mobile (the home number is on the DNC list), the
 * contact answers, and the call controls are ready. Returns `<call-controls>`.
 */
export async function callTheMobile(kit: MountedKit): Promise<Element> {
  await kit.act({ type: 'select-number', numberId: 'mobile' });
  await kit.act({ type: 'call' });
  await kit.advance(3000);
  await kit.advance(3000);
  const controls = kit.get('call-controls');
  await until(kit, () => part(controls, '#keypad-toggle') !== null, 'the call controls show the keypad toggle');
  return controls;
}
