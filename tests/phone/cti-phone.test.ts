import { firstValueFrom } from 'rxjs';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createCtiPhone } from '../../src/phone/cti/cti-phone.js';
import type { PhoneRegistration, PhoneService } from '../../src/services/ports/phone.js';
import { campaign, dana, engineDesk } from '../support/engine-desk.js';
import { mountKit } from '../support/mount-kit.js';
import { ctiHarness } from './cti-harness.js';
import { connectedCall, describePhoneBehaviour, expectOk, expectRefused, until } from './phone-behaviour.js';

describePhoneBehaviour('CTI desk phone on the simulator', ctiHarness);

type Harness = Awaited<ReturnType<typeof ctiHarness>>;

/** The interaction actions the server received, as `type target/digits`. */
function actionsReceived(h: Harness): string[] {
  return h.simulator.receivedCommands.flatMap((command) => {
    if (command.type !== 'interaction-action') return [];
    const { action } = command;
    return ['target' in action ? `${action.type} ${typeof action.target === 'string' ? action.target : JSON.stringify(action.target)}` : action.type];
  });
}

describe('CTI desk phone: what only a desk phone does', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await ctiHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('PH-3, DEL-2: Hang up on a ringing dialer call rejects the record, and the call ends as rejected by the agent', async () => {
    expectOk(await h.phone.start(), 'start');
    await h.contact.callAgent();
    await until(h.phone, (s) => s.call?.status === 'ringing', 'ringing');
    expectOk(await h.phone.hangUp(), 'hang up');
    expect(h.phone.current.call?.ended).to.deep.equal({ by: 'agent', reason: 'rejected' });
    expect(actionsReceived(h)).to.deep.equal(['reject']);
  });

  it('PH-3, CALL-2: Consult then Complete transfer send a consultation and a transfer to the consulted party; Conference joins them', async () => {
    await connectedCall(h);
    expectRefused(await h.phone.completeTransfer(), 'Complete transfer before a consultation');
    expectRefused(await h.phone.conference(), 'Conference before a consultation');
    expectOk(await h.phone.consult('+13125550177'), 'consult');
    expectOk(await h.phone.conference(), 'conference');
    expectOk(await h.phone.consult('+13125550188'), 'consult');
    expectOk(await h.phone.completeTransfer(), 'complete transfer');
    const ended = await until(h.phone, (s) => s.call?.status === 'ended', 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'agent', reason: 'transferred' });
    expect(actionsReceived(h)).to.deep.equal([
      'accept',
      'consult +13125550177',
      'conference +13125550177',
      'consult +13125550188',
      'transfer +13125550188',
    ]);
  });

  it('PH-1, PH-3: a desk phone has its own mute button and devices: no capability, and a refusal that says why', async () => {
    await connectedCall(h);
    expect(h.phone.capabilities).to.include({ mute: false, devices: false, answer: true, hold: true, dtmf: true, blindTransfer: true });
    const muted = await h.phone.setMuted(true);
    expect(muted).to.deep.equal({ ok: false, error: { code: 'not-possible', message: 'Use the Mute button on your desk phone.' } });
    expectRefused(await h.phone.chooseDevice('microphone', 'usb-headset'), 'choosing a microphone');
    expect(h.phone.current.devices.available).to.deep.equal([]);
  });

  it('PH-3: an action refused by the engine comes back with the engine’s sentence and sends nothing', async () => {
    await connectedCall(h);
    const before = h.simulator.receivedCommands.length;
    expect(await h.phone.hold()).to.deep.equal({ ok: true });
    expect(await h.phone.sendDtmf('1')).to.deep.equal({
      ok: false,
      error: {
        code: 'not-possible',
        message: 'Tones can be sent only on a connected call.',
        // The engine's code comes with it, so the elements word it in the agent's language.
        refusal: { code: 'tones-need-connected', params: {} },
      },
    });
    expect(h.simulator.receivedCommands.length).to.equal(before + 1);
  });

  it('PH-3: when the session drops and comes back, the phone reconnects and finds its call again', async () => {
    await connectedCall(h);
    const callId = h.phone.current.call?.id;
    const seen: PhoneRegistration[] = [];
    const watching = h.phone.registration.subscribe((registration) => seen.push(registration));
    h.commands.login('agent-7');
    await until(h.phone, (s) => s.registration === 'ready', 'ready again');
    watching.unsubscribe();
    expect(seen).to.deep.equal(['ready', 'reconnecting', 'ready']);
    expect(h.phone.current.call).to.include({ id: callId, status: 'connected' });
  });

  it('PH-3: actions before the phone is started are refused: the CTI link is not up', async () => {
    expect(await h.phone.hold()).to.deep.equal({
      ok: false,
      error: { code: 'not-possible', message: 'The desk phone is not connected to the server yet.' },
    });
  });
});

describe('CTI desk phone: calls that end before they connect', () => {
  it('PH-3, DEL-4: an offered dialer call whose time runs out ends unanswered, by the system', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'progressive' })] });
    const phone = createCtiPhone(desk.services);
    void phone.start();
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    expect(phone.current.call).to.include({ status: 'ringing', direction: 'incoming' });
    desk.advance(30_000);
    expect(phone.current.call?.ended).to.deep.equal({ by: 'system', reason: 'no-answer' });
    phone.dispose();
    desk.simulator.dispose();
  });

  it('PH-3, DNC-1: a dial refused by the pre-dial check ends the phone’s call as failed, by the system', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })], dncList: [dana.numbers[0].e164] });
    const phone = createCtiPhone(desk.services);
    void phone.start();
    desk.ok(desk.commands.requestRecord('c'));
    desk.ok(await desk.commands.act({ type: 'call' }));
    // The refusal comes back at once: the call was dialing, and ends.
    expect(phone.current.call).to.include({ direction: 'outgoing', remote: dana.numbers[0].e164 });
    expect(phone.current.call?.ended).to.deep.equal({ by: 'system', reason: 'failed' });
    phone.dispose();
    desk.simulator.dispose();
  });
});

describe('<outbound-provider> with a phone', () => {
  it('PH-1, PH-3: the provider starts the phone it is given and shows it in the store; a replaced or removed phone is disposed', async () => {
    const kit = await mountKit(html``, { campaigns: [campaign({ dialingMode: 'preview' })] });
    const first: PhoneService = createCtiPhone(kit.services);
    kit.provider.phone = first;
    await kit.advance(0);
    expect(first.current.registration).to.equal('ready');
    // Identity only: a failing deep diff of a phone would print the whole kit.
    expect((await firstValueFrom(kit.provider.services.phone)) === first, 'the elements get the phone').to.equal(true);
    expect(kit.services.store.state.phone?.registration).to.equal('ready');

    const second = createCtiPhone(kit.services);
    kit.provider.phone = second;
    await kit.advance(0);
    expect(first.current.registration).to.equal('unregistered');
    expect(second.current.registration).to.equal('ready');
    expect(kit.services.store.state.phone).to.equal(second.current);

    kit.provider.remove();
    await Promise.resolve();
    expect(second.current.registration).to.equal('unregistered');
    expect(kit.services.store.state.phone).to.equal(null);
  });
});
