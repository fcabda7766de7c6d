import { html } from 'lit';

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
