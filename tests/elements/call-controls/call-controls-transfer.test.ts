import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/call-controls/define.js';
import type { CallControls } from '../../../src/elements/call-controls/call-controls.js';
import type { OutboundCallControlEvent } from '../../../src/elements/events/call-controls-events.js';
import { engagingRefusal } from '../../../src/services/domain/refusals/kit-refusals.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { $, deepActiveElement, descriptionsOf } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { assuredConnection, connectPreviewCall, mountKit, type MountedKit, until } from '../../support/mount-kit.js';
import { actions, tabInto, text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

const preview = (requireCallResultBeforeTransfer = false): SimulatorScenario => ({
  campaigns: [campaign({ name: 'Collections', dialingMode: 'preview', outcomes: { requireCallResultBeforeTransfer } })],
  odds: alwaysAnswers,
});

const focused = () => text(deepActiveElement());
const interactionActions = (kit: MountedKit) => actions(kit.commands()).filter((action) => action.type !== 'accept');


async function connected(requireCallResult = false) {
  const kit = await mountKit(html`<call-controls></call-controls>`, preview(requireCallResult));
  await connectPreviewCall(kit);
  return kit;
}

/** Tabs to Consult or transfer (the fourth control) and opens it with Enter. */
async function openTransferForm(kit: MountedKit, el: CallControls): Promise<void> {
  await tabInto(el);
  for (let tab = 0; tab < 3; tab += 1) await sendKeys({ press: 'Tab' });
  expect(focused()).to.equal('Consult or transfer');
  await sendKeys({ press: 'Enter' });
  await kit.advance(0);
}

describe('<call-controls> consult, transfer, conference, engaging', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('CALL-2, A11Y-3: consult and conference reach the back end with the typed, trimmed target', async () => {
    kit = await connected();
    const el = kit.get<CallControls>('call-controls');
    await openTransferForm(kit, el);
    const toggle = $(el, '#transfer-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, `#${toggle.getAttribute('aria-controls')}`)?.getAttribute('part')).to.equal('transfer-form');
    expect(deepActiveElement(), 'the Target field takes focus').to.equal($(el, '#target'));
    expect(descriptionsOf(el, $(el, '#target'))).to.deep.equal(['A phone number or an agent’s extension.']);
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' 2041 ' });
    await sendKeys({ press: 'Enter' });
    await until(kit, () => interactionActions(kit!).length === 2, 'consult sent');
    // Target, then Consult, Transfer, Conference.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Conference');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => interactionActions(kit!).length === 3, 'conference sent');
    expect(interactionActions(kit)).to.deep.equal([
      { type: 'call' },
      { type: 'consult', target: '2041' },
      { type: 'conference', target: '2041' },
    ]);
    expect($(el, '[part="refusal"]')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await kit.advance(0);
    expect(deepActiveElement(), 'Escape returns focus to the disclosure').to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('CALL-2, A11Y-2: an empty target is an error on the field, announced assertively once; focus stays; nothing sent', async () => {
    kit = await connected();
    const el = kit.get<CallControls>('call-controls');
    await openTransferForm(kit, el);
    const speech = recordSpeech();
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    const field = $(el, '#target')!;
    const error = 'Enter a phone number or an agent’s extension to consult, transfer or conference.';
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionsOf(el, field)).to.deep.equal(['A phone number or an agent’s extension.', error]);
    expect(deepActiveElement()).to.equal(field);
    expect(speech.take()).to.deep.equal([error]);
    expect(interactionActions(kit)).to.deep.equal([{ type: 'call' }]);
    await expect(el).to.be.accessible();
    await sendKeys({ type: '7' });
    await kit.advance(0);
    expect(field.hasAttribute('aria-invalid'), 'the error goes once there is a target').to.equal(false);
    speech.stop();
  });

  it('CALL-3: transfer is refused without a call result (shown by the form, announced once, target kept, nothing sent), then goes through; the call ends as transferred', async () => {
    kit = await connected(true);
    const el = kit.get<CallControls>('call-controls');
    await openTransferForm(kit, el);
    await sendKeys({ type: '+441174960000' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Transfer');
    const speech = recordSpeech();
    const errors: string[] = [];
    kit.provider.addEventListener('outbound-error', (event) => errors.push(event.detail.message));
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="refusal"]') !== null, 'the refusal');
    const refusal = 'Set the call result before transferring: this campaign requires it.';
    expect(text($(el, '[part="transfer-form"] [part="refusal"]'))).to.equal(refusal);
    expect(speech.take(), 'announced once (by the provider)').to.deep.equal([refusal]);
    expect(errors).to.deep.equal([refusal]);
    expect(($(el, '#target') as HTMLInputElement).value, 'what the agent typed stays').to.equal('+441174960000');
    expect(focused()).to.equal('Transfer');
    expect(interactionActions(kit)).to.deep.equal([{ type: 'call' }]);
    await expect(el).to.be.accessible();

    // The disposition panel sets it; here the command does.
    expect(await kit.services.commands.edit({ type: 'set-call-result', value: 'Answered' })).to.include({ saved: true });
    await sendKeys({ press: 'Enter' });
    await until(kit, () => interactionActions(kit!).length === 2, 'transfer sent');
    expect(interactionActions(kit)).to.deep.equal([{ type: 'call' }, { type: 'transfer', target: '+441174960000' }]);
    expect($(el, '[part="refusal"]'), 'the refusal goes with the next action').to.equal(null);
    await kit.advance(2000);
    expect(kit.services.store.state.interaction).to.include({ readOnly: true });
    expect(text($(el, '[part="status"]'))).to.equal('Call ended: transferred');
    expect(deepActiveElement(), 'focus stays in the element').to.equal($(el, '#title'));
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DEL-6: while engaging every control is aria-disabled with the reason; activating one shows and announces the engine’s sentence once; nothing sent', async () => {
    kit = await mountKit(html`<call-controls></call-controls>`, assuredConnection);
    const el = kit.get<CallControls>('call-controls');
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(0);
    await kit.advance(1000);
    await kit.act({ type: 'accept' });
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    const reason = 'Not available while the contact is being connected (assured connection): you hear waiting music until they answer.';
    for (const id of ['#end', '#hold', '#keypad-toggle', '#transfer-toggle']) {
      const control = $(el, id) as HTMLButtonElement;
      expect(control.getAttribute('aria-disabled'), id).to.equal('true');
      expect(control.disabled, id).to.equal(false);
      expect(descriptionsOf(el, control), id).to.deep.equal([reason]);
    }
    await expect(el).to.be.accessible();

    const speech = recordSpeech();
    await tabInto(el);
    expect(focused(), 'unavailable controls stay focusable').to.equal('End call');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="refusal"]') !== null, 'the refusal');
    const release = engagingRefusal('end-call').message;
    expect(text($(el, '[part="refusal"]'))).to.equal(release);
    expect(speech.take()).to.deep.equal([release]);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(kit, () => text($(el, '[part="refusal"]')) === engagingRefusal('hold').message, 'hold refused');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect($(el, '#keypad-toggle')?.getAttribute('aria-expanded'), 'the keypad stays closed').to.equal('false');
    expect(text($(el, '[part="refusal"]'))).to.equal(reason);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(kit, () => text($(el, '[part="refusal"]')) === engagingRefusal('transfer').message, 'transfer refused');
    expect($(el, '#transfer-form')).to.equal(null);
    expect(speech.take(), 'each said once').to.deep.equal([
      engagingRefusal('hold').message,
      reason,
      engagingRefusal('transfer').message,
    ]);
    expect(interactionActions(kit), 'nothing reached the back end').to.deep.equal([]);

    // Then the call is handled like any other.
    await kit.advance(2000);
    expect($(el, '#end')?.hasAttribute('aria-disabled')).to.equal(false);
    expect($(el, '[part="reason"]')).to.equal(null);
    speech.stop();
  });

  it('EMB-3: outbound-call-control fires before each command with the action; cancelled, nothing is sent', async () => {
    kit = await connected();
    const el = kit.get<CallControls>('call-controls');
    const seen: OutboundCallControlEvent[] = [];
    const cancel = (event: OutboundCallControlEvent) => {
      seen.push(event);
      event.preventDefault();
    };
    document.body.addEventListener('outbound-call-control', cancel);
    try {
      await tabInto(el);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await kit.advance(0);
      await kit.advance(0);
    } finally {
      document.body.removeEventListener('outbound-call-control', cancel);
    }
    const interactionId = kit.services.store.state.interaction?.id;
    expect(seen.map((event) => event.detail)).to.deep.equal([
      { interactionId, action: { type: 'end-call' } },
      { interactionId, action: { type: 'hold' } },
    ]);
    expect(seen.every((event) => event.bubbles && event.composed && event.cancelable)).to.equal(true);
    expect(interactionActions(kit)).to.deep.equal([{ type: 'call' }]);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
  });
});
