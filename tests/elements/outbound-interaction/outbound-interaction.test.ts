import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/call-controls/define.js';
import '../../../src/elements/outbound-interaction/define.js';
import '../../../src/elements/outbound-preview/define.js';
import type { OutboundInteraction } from '../../../src/elements/outbound-interaction/outbound-interaction.js';
import type { SubmitOutcomeCommand } from '../../../src/services/ports/backend/contract.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { $, deepActiveElement, text } from '../../support/dom.js';
import { alwaysAnswers, campaign, dana } from '../../support/engine-desk.js';
import { connectPreviewCall, mountKit, type MountedKit } from '../../support/mount-kit.js';
import { recordSpeech } from '../../support/speech.js';

const details = (el: OutboundInteraction) =>
  [...el.shadowRoot!.querySelectorAll('[part="call-details"] dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);

const noteField = { key: 'note', label: 'Payment promise', type: 'text' as const, value: '', editable: true };
const previewScenario = (over: Partial<SimulatorScenario> = {}): SimulatorScenario => ({
  campaigns: [campaign({ dialingMode: 'preview', contacts: [{ ...dana, fields: [noteField] }] })],
  ...over,
});

describe('<outbound-interaction>', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  async function mountCallView(scenario: SimulatorScenario, withPreview = false) {
    kit = await mountKit(
      html`${withPreview ? html`<outbound-preview></outbound-preview>` : ''}<outbound-interaction>
          <p slot="notes">Host note pane</p>
        </outbound-interaction>`,
      scenario,
    );
    await customElements.whenDefined('outbound-interaction');
    const el = kit.get<OutboundInteraction>('outbound-interaction');
    await kit.advance(0);
    return { kit, el };
  }

  it('CALL-1: without a call it says so and passes axe', async () => {
    const { el } = await mountCallView(previewScenario());
    expect(text($(el, '[part="title"]'))).to.equal('Call');
    expect(text($(el, '.note'))).to.equal('No call at the moment.');
    expect(el.matches(':state(empty)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('CALL-1, CALL-4: dialing, then connected with the talk time moving on the clock; each change announced once with the preview on the page', async () => {
    const { kit, el } = await mountCallView(previewScenario(), true);
    const speech = recordSpeech();
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    expect(text($(el, '[part="title"]'))).to.equal('Dana Whitfield');
    expect(text($(el, '[part="status"]'))).to.equal('Dialing +13125550100…');
    expect(details(el)).to.deep.equal([
      ['Number', '+13125550100'],
      ['Campaign', 'Test campaign'],
      ['Dialing mode', 'Preview'],
    ]);
    expect(el.matches(':state(in-call)')).to.equal(true);
    await expect(el).to.be.accessible();

    await kit.advance(3000);
    expect(text($(el, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expect(text($(el, '[part="talk-time"]'))).to.equal('00:00');
    await kit.advance(65_000);
    expect(text($(el, '[part="talk-time"]'))).to.equal('01:05');
    expect(el.querySelector('[slot="notes"]')?.assignedSlot?.name).to.equal('notes');
    await expect(el).to.be.accessible();
    speech.stop();
    expect(speech.said).to.deep.equal(['Preview of Dana Whitfield.', 'Dialing +13125550100…', 'Connected to Dana Whitfield']);
  });

  it('CALL-1: on hold and back, announced each time', async () => {
    const { kit, el } = await mountCallView(previewScenario());
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await kit.act({ type: 'hold' });
    expect(text($(el, '[part="status"]'))).to.equal('Dana Whitfield is on hold');
    await expect(el).to.be.accessible();
    await kit.act({ type: 'retrieve' });
    expect(text($(el, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    speech.stop();
    expect(speech.said).to.deep.equal(['Dana Whitfield is on hold', 'Connected to Dana Whitfield']);
  });

  it('CALL-1: the contact hangs up: who ended the call, the talk time stops, wrap-up', async () => {
    const { kit, el } = await mountCallView(previewScenario({ timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000, talkMs: 42_000 } }));
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await kit.advance(42_000);
    expect(text($(el, '[part="status"]'))).to.equal('Call ended. Wrap up the record.');
    expect(text($(el, '[part="ended"]'))).to.equal('The contact hung up.');
    expect(text($(el, '[part="talk-time"]'))).to.equal('00:42');
    await kit.advance(10_000);
    expect(text($(el, '[part="talk-time"]'))).to.equal('00:42');
    expect(el.matches(':state(wrap-up)')).to.equal(true);
    await expect(el).to.be.accessible();
    speech.stop();
    expect(speech.said).to.deep.equal(['Call ended. Wrap up the record. The contact hung up.']);
  });

  it('CALL-1: a busy line ends the call by the system and says so', async () => {
    const { kit, el } = await mountCallView(previewScenario({ odds: { answer: 0, busy: 1, noAnswer: 0, answeringMachine: 0 } }));
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    await kit.advance(3000);
    expect(text($(el, '[part="ended"]'))).to.equal('The line was busy.');
    expect(details(el).map(([term]) => term)).to.not.include('Talk time');
  });

  it('CALL-1, DEL-5: an ASM call is Establishing with no record, which arrives with the contact and is announced', async () => {
    const { kit, el } = await mountCallView({
      campaigns: [campaign({ dialingMode: 'predictive', policy: { asm: true }, contacts: [dana] })],
      odds: alwaysAnswers,
    });
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    await kit.act({ type: 'accept' });
    const speech = recordSpeech();
    expect(text($(el, '[part="status"]'))).to.equal('Establishing: the contact is being connected…');
    expect(text($(el, '.note'))).to.equal('The record appears when the contact is connected.');
    await expect(el).to.be.accessible();
    await kit.advance(2000);
    expect(text($(el, '[part="title"]'))).to.equal('Dana Whitfield');
    expect(text($(el, '[part="case"] dd'))).to.equal('Campaign');
    speech.stop();
    expect(speech.said).to.deep.equal(['Connected to Dana Whitfield. Record of Dana Whitfield received.']);
  });

  it('CALL-1, DEL-6: assured connection shows the engaging phase until the contact answers', async () => {
    const { kit, el } = await mountCallView({
      campaigns: [campaign({ dialingMode: 'progressive', policy: { assuredConnection: true }, contacts: [dana] })],
      odds: alwaysAnswers,
    });
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    await kit.act({ type: 'accept' });
    expect(text($(el, '[part="status"]'))).to.equal('Connected: waiting for the contact…');
    await expect(el).to.be.accessible();
    await kit.advance(2000);
    expect(text($(el, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
  });

  it('PRV-2, CALL-1: an editable record field is edited by keyboard during the call and reaches the server with the outcome', async () => {
    const { kit, el } = await mountCallView(previewScenario());
    await connectPreviewCall(kit);
    const input = $(el, '[part="record-fields"] input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'Pays on Friday' });
    await sendKeys({ press: 'Tab' });
    await kit.advance(0);
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.fieldEdits).to.deep.equal({ note: 'Pays on Friday' });
    await kit.act({ type: 'end-call' });
    const done = await kit.services.commands.markDone('done');
    expect(done.sent).to.equal(true);
    await kit.advance(0);
    const outcome = kit.commands().find((command): command is SubmitOutcomeCommand => command.type === 'submit-outcome');
    expect(outcome?.outcome.fieldEdits).to.deep.equal({ note: 'Pays on Friday' });
  });

  it('CALL-3: after a transfer the record information is read-only, and the view says why once', async () => {
    const { kit, el } = await mountCallView(previewScenario());
    await connectPreviewCall(kit);
    expect($(el, '[part="record-fields"] input')).to.not.equal(null);
    const speech = recordSpeech();
    await kit.act({ type: 'transfer', target: '2001' });
    await kit.advance(2000);
    expect(text($(el, '[part="ended"]'))).to.equal('You transferred the call.');
    expect(text($(el, '[part="read-only"]'))).to.equal(
      'The call was transferred: the call result and record information can no longer change.',
    );
    expect($(el, '[part="record-fields"] input')).to.equal(null);
    await expect(el).to.be.accessible();
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Call ended. Wrap up the record. You transferred the call. The call was transferred: the call result and record information can no longer change.',
    ]);
    expect(deepActiveElement()).to.not.equal(null);
  });

  it('CALL-2, CALL-3, A11Y-2, issue 12 #10: a transfer in progress is announced once, then its end', async () => {
    kit = await mountKit(
      html`<outbound-interaction><call-controls slot="controls"></call-controls></outbound-interaction>`,
      previewScenario(),
    );
    await Promise.all(['outbound-interaction', 'call-controls'].map((tag) => customElements.whenDefined(tag)));
    await connectPreviewCall(kit);
    const controls = kit.get<HTMLElement>('call-controls');
    const inControls = (selector: string) => controls.shadowRoot!.querySelector<HTMLElement>(selector)!;
    inControls('#transfer-toggle').click();
    await kit.advance(0);
    inControls('#target').focus();
    await sendKeys({ type: '2001' });
    const speech = recordSpeech();
    inControls('#transfer').click();
    await kit.advance(0);
    await kit.advance(0);
    expect(speech.take()).to.deep.equal(['Transferring the call to 2001…']);
    await kit.advance(1000);
    expect(speech.take()).to.deep.equal([]);
    await kit.advance(1000);
    expect(speech.take()).to.deep.equal([
      'Call ended. Wrap up the record. You transferred the call. The call was transferred: the call result and record information can no longer change.',
    ]);
  });

  it('CALL-1: host text is rendered as text, never markup', async () => {
    const { kit, el } = await mountCallView({
      campaigns: [campaign({ dialingMode: 'preview', contacts: [{ ...dana, name: '<img src=x onerror=alert(1)>' }] })],
    });
    await connectPreviewCall(kit);
    expect(text($(el, '[part="title"]'))).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
