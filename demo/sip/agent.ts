// The agent's tab: the kit's WebRTC phone (createWebRtcPhone) against the local Kamailio.
import type { PhoneDeviceKind, PhoneResult } from '../../src/services/ports/phone.js';
import { createWebRtcPhone } from '../../src/phone/webrtc/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const { wsUrl } = (await (await fetch('build/config.json')).json()) as { wsUrl: string };
const phone = createWebRtcPhone({ server: wsUrl, aor: 'sip:agent@127.0.0.1', displayName: 'Agent' });

const show = (result: PhoneResult) => {
  if (!result.ok) $('error').textContent = result.error.message;
};

/** A control's action; what it throws is shown, never lost in an unhandled rejection. */
const on = (id: string, type: 'click' | 'submit' | 'change', action: (event: Event) => Promise<void>) =>
  $(id).addEventListener(type, (event) => {
    action(event).catch((error: unknown) => ($('error').textContent = error instanceof Error ? error.message : String(error)));
  });

phone.state.subscribe((s) => {
  const call = s.call
    ? `call ${s.call.direction} ${s.call.remote}: ${s.call.status}${s.call.muted ? ' (muted)' : ''}${s.call.ended ? ` — ended by ${s.call.ended.by} (${s.call.ended.reason})` : ''}`
    : 'no call';
  $('status').textContent = `Phone ${s.registration}; ${call}`;
  $('error').textContent = s.error?.message ?? '';
  $('mute').setAttribute('aria-pressed', String(s.call?.muted ?? false));
  for (const kind of ['microphone', 'speaker'] as const) {
    const select = $<HTMLSelectElement>(kind);
    const devices = s.devices.available.filter((d) => d.kind === kind);
    if (select.options.length === devices.length + 1) continue;
    select.replaceChildren(new Option('System default', ''), ...devices.map((d) => new Option(d.label, d.id)));
  }
});

on('start', 'click', async () => show(await phone.start()));
on('dial-form', 'submit', async (e) => {
  e.preventDefault();
  show(await phone.dial($<HTMLInputElement>('target').value));
});
on('answer', 'click', async () => show(await phone.answer()));
on('hangup', 'click', async () => show(await phone.hangUp()));
on('hold', 'click', async () => show(await phone.hold()));
on('retrieve', 'click', async () => show(await phone.retrieve()));
on('mute', 'click', async () => show(await phone.setMuted(!phone.current.call?.muted)));
on('dtmf-form', 'submit', async (e) => {
  e.preventDefault();
  show(await phone.sendDtmf($<HTMLInputElement>('tones').value));
});
on('transfer-form', 'submit', async (e) => {
  e.preventDefault();
  show(await phone.transfer($<HTMLInputElement>('transfer-target').value));
});
for (const kind of ['microphone', 'speaker'] as PhoneDeviceKind[]) {
  on(kind, 'change', async (e) => show(await phone.chooseDevice(kind, (e.target as HTMLSelectElement).value || null)));
}
