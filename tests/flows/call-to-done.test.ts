import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import type { LitElement } from 'lit';
import type { InteractionActionCommand, SubmitOutcomeCommand } from '../../src/services/ports/backend/contract.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { deepActiveElement, text } from '../support/dom.js';
import { alwaysAnswers, campaign, dana } from '../support/engine-desk.js';
import { mountKit, type MountedKit, until } from '../support/mount-kit.js';
import { recordSpeech } from '../support/speech.js';

/**
 * The agent's desk with every element of the call on one page, worked with the keyboard only, on the
 * real store and simulator (agent in Berlin, contact in Chicago, 09:00 there). Each test checks what
 * the back end received and what a screen-reader user heard.
 */

const OUTBOX_DB = 'outbound-kit-outbox:agent-7';
/** How many frames the rules chunk and the simulator's answers may take to land. */
const FRAMES = 120;
const TAGS = ['outbound-preview', 'outbound-interaction', 'call-controls', 'disposition-panel', 'reschedule-callback'];

const desk = html`<outbound-preview></outbound-preview>
  <outbound-interaction>
    <call-controls slot="controls"></call-controls>
    <reschedule-callback></reschedule-callback>
  </outbound-interaction>
  <disposition-panel></disposition-panel>`;

const scenarioWith = (over: Parameters<typeof campaign>[0]): SimulatorScenario => ({
  campaigns: [campaign({ contacts: [{ ...dana, fields: [] }], ...over })],
  odds: alwaysAnswers,
});

const shadow = (kit: MountedKit, host: string, selector: string) =>
  kit.get<LitElement>(host).shadowRoot!.querySelector<HTMLElement>(selector);
const actions = (kit: MountedKit) =>
  kit
    .commands()
    .filter((command): command is InteractionActionCommand => command.type === 'interaction-action')
    .map((command) => command.action);
const outcomes = (kit: MountedKit) =>
  kit
    .commands()
    .filter((command): command is SubmitOutcomeCommand => command.type === 'submit-outcome')
    .map((command) => command.outcome);

/** Keys pressed one after another, each followed by the kit's render. */
async function press(kit: MountedKit, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await kit.advance(0);
  }
}

/** Puts focus on a control, as the agent tabbing to it would, and checks it can take it. */
function focusOn(kit: MountedKit, host: string, selector: string) {
  const control = shadow(kit, host, selector);
  if (!control) throw new Error(`${host} has no ${selector}`);
  control.focus();
  expect(deepActiveElement(), `${host} ${selector} takes focus`).to.equal(control);
}


async function mountDesk(scenario: SimulatorScenario) {
  await deleteDB(OUTBOX_DB);
  const kit = await mountKit(desk, scenario);
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await kit.advance(0);
  return kit;
}

/** Get Record (the host's list would send it), then Call in the preview by keyboard; the contact answers. */
async function callByKeyboard(kit: MountedKit) {
  kit.services.commands.requestRecord('c');
  await kit.advance(0);
  const call = [...kit.get<LitElement>('outbound-preview').shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Call');
  call!.focus();
  await press(kit, 'Enter');
  await until(kit, () => kit.services.store.state.interaction?.phase === 'dialing', 'dialing', FRAMES);
  await kit.advance(3000);
  expect(text(shadow(kit, 'outbound-interaction', '[part="status"]'))).to.equal('Connected to Dana Whitfield');
}

describe('a call to Done with the keyboard, across the elements', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    await new Promise((closed) => setTimeout(closed, 50));
    await deleteDB(OUTBOX_DB);
  });

  it('CALL-2, CB-1, CB-3, CB-4, DISP-1, DISP-2, DISP-4: call, hold, callback scheduled and changed, call result, disposition, note, end, Done; the back end gets one outcome', async () => {
    kit = await mountDesk(scenarioWith({ dialingMode: 'preview' }));
    await callByKeyboard(kit);
    const speech = recordSpeech();

    focusOn(kit, 'call-controls', '#hold');
    await press(kit, 'Enter');
    await until(kit, () => kit!.services.store.state.interaction?.call?.status === 'held', 'held', FRAMES);
    expect(text(shadow(kit, 'outbound-interaction', '[part="status"]'))).to.equal('Dana Whitfield is on hold');
    await press(kit, 'Enter');
    await until(kit, () => kit!.services.store.state.interaction?.call?.status === 'connected', 'retrieved', FRAMES);

    // A callback tomorrow at 17:00 on the agent's clock (Berlin), 10:00 for the contact (Chicago).
    focusOn(kit, 'outbound-interaction reschedule-callback', '#schedule');
    await press(kit, 'Space');
    focusOn(kit, 'outbound-interaction reschedule-callback', '#date');
    await sendKeys({ type: '2026-11-03' });
    focusOn(kit, 'outbound-interaction reschedule-callback', '#time');
    await sendKeys({ type: '17:00' });
    focusOn(kit, 'outbound-interaction reschedule-callback', '#submit');
    await press(kit, 'Enter');
    await until(kit, () => shadow(kit!, 'outbound-interaction reschedule-callback', '[part="scheduled"]') !== null, 'scheduled', FRAMES);
    // Changed to 18:00 before the record closes (CB-3).
    focusOn(kit, 'outbound-interaction reschedule-callback', '[part="change"]');
    await press(kit, 'Enter');
    focusOn(kit, 'outbound-interaction reschedule-callback', '#time');
    await press(kit, 'PageUp');
    expect((shadow(kit, 'outbound-interaction reschedule-callback', '#time') as HTMLInputElement).value).to.equal('18:00');
    focusOn(kit, 'outbound-interaction reschedule-callback', '#submit');
    await press(kit, 'Enter');
    await until(
      kit,
      () => kit!.services.store.state.drafts[kit!.services.store.state.interaction!.id]?.callback?.at === Date.UTC(2026, 10, 3, 17, 0),
      'the changed callback in the draft', FRAMES);

    focusOn(kit, 'disposition-panel', '#call-result');
    await press(kit, 'ArrowDown', 'ArrowDown'); // Unknown, then Answered
    await press(kit, 'Tab'); // Do Not Call: left clear
    await press(kit, 'Tab', 'ArrowDown'); // Disposition: None, then Accepted
    await press(kit, 'Tab');
    await sendKeys({ type: 'Call back about the letter' });
    await press(kit, 'Tab');

    focusOn(kit, 'call-controls', '#end');
    await press(kit, 'Enter');
    await until(kit, () => kit!.services.store.state.interaction?.phase === 'wrap-up', 'wrap-up', FRAMES);
    expect(text(shadow(kit, 'outbound-interaction', '[part="ended"]'))).to.equal('You ended the call.');

    focusOn(kit, 'disposition-panel', '#done');
    await press(kit, 'Enter');
    await until(kit, () => outcomes(kit!).length === 1, 'one outcome sent', FRAMES);
    await until(kit, () => /delivered/.test(text(shadow(kit!, 'disposition-panel', '[part="delivery"]')) ?? ''), 'delivered', FRAMES);
    const [outcome] = outcomes(kit);
    expect(outcome).to.include({ callResult: 'Answered', dnc: false, note: 'Call back about the letter', close: 'done' });
    expect(outcome.dispositionCodeIds).to.deep.equal(['accepted']);
    expect(outcome.callback).to.deep.equal({
      at: Date.UTC(2026, 10, 3, 17, 0),
      personal: false,
      target: { kind: 'record-number', numberId: 'home' },
    });
    expect(actions(kit).map((action) => action.type)).to.deep.equal(['call', 'hold', 'retrieve', 'end-call']);
    await kit.advance(0);
    speech.stop();
    for (const said of [
      'Dana Whitfield is on hold',
      'Connected to Dana Whitfield',
      'Call ended. Wrap up the record.',
      'Outcome for Dana Whitfield delivered.',
    ]) {
      expect(speech.said.filter((message) => message.includes(said)), said).to.have.length(1);
    }
    expect(speech.said.some((message) => /Callback scheduled/.test(message)), 'the callback was confirmed').to.equal(true);
  });

  it('CALL-3, CALL-2, DISP-1: a transfer refused for a missing call result; the call result chosen in the panel; then the transfer goes through and the record is read-only', async () => {
    kit = await mountDesk(scenarioWith({ dialingMode: 'preview', outcomes: { requireCallResultBeforeTransfer: true } }));
    await callByKeyboard(kit);
    const speech = recordSpeech();

    focusOn(kit, 'call-controls', '#transfer-toggle');
    await press(kit, 'Enter');
    await sendKeys({ type: '2001' });
    focusOn(kit, 'call-controls', '[part="transfer"]');
    await press(kit, 'Enter');
    const refusal = 'Set the call result before transferring: this campaign requires it.';
    await until(kit, () => shadow(kit!, 'call-controls', '[part="refusal"]') !== null, 'the refusal', FRAMES);
    expect(text(shadow(kit, 'call-controls', '[part="refusal"]'))).to.equal(refusal);
    expect(actions(kit).map((action) => action.type)).to.deep.equal(['call']);

    focusOn(kit, 'disposition-panel', '#call-result');
    await press(kit, 'ArrowDown', 'ArrowDown');
    await until(kit, () => kit!.services.store.state.drafts[kit!.services.store.state.interaction!.id]?.callResult === 'Answered', 'call result', FRAMES);

    focusOn(kit, 'call-controls', '[part="transfer"]');
    await press(kit, 'Enter');
    await until(kit, () => actions(kit!).length === 2, 'the transfer sent', FRAMES);
    expect(actions(kit)[1]).to.deep.equal({ type: 'transfer', target: '2001' });
    await kit.advance(2000);
    expect(text(shadow(kit, 'outbound-interaction', '[part="ended"]'))).to.equal('You transferred the call.');
    expect(shadow(kit, 'outbound-interaction', '[part="read-only"]')).to.not.equal(null);
    expect((shadow(kit, 'disposition-panel', '#call-result') as HTMLInputElement).readOnly).to.equal(true);
    speech.stop();
    expect(speech.said.filter((message) => message.includes(refusal))).to.have.length(1);
    for (const tag of TAGS.slice(1)) await expect(kit.get(tag)).to.be.accessible();
  });

  it('DEL-6: while engaging, hold, the call result and a callback are visibly unavailable; trying each says why once and sends nothing', async () => {
    kit = await mountDesk(scenarioWith({ dialingMode: 'progressive', policy: { assuredConnection: true } }));
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(0);
    await kit.advance(1000);
    const accept = kit.get<LitElement>('outbound-preview').shadowRoot!.querySelector<HTMLElement>('[part="accept"]')!;
    accept.focus();
    await press(kit, 'Enter');
    await until(kit, () => kit!.services.store.state.interaction?.call?.status === 'engaging', 'engaging', FRAMES);
    const speech = recordSpeech();
    const sentBefore = kit.commands().length;

    expect(shadow(kit, 'call-controls', '#hold')?.getAttribute('aria-disabled')).to.equal('true');
    focusOn(kit, 'call-controls', '#hold');
    await press(kit, 'Enter');
    await until(kit, () => shadow(kit!, 'call-controls', '[part="refusal"]') !== null, 'the hold refusal', FRAMES);
    expect(text(shadow(kit, 'call-controls', '[part="refusal"]'))).to.match(/^Hold is not available while the contact is being connected/);

    expect(shadow(kit, 'disposition-panel', '#call-result')?.getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(kit, 'outbound-interaction reschedule-callback', '#schedule')?.getAttribute('aria-disabled')).to.equal('true');
    expect(kit.commands().length, 'nothing reached the back end').to.equal(sentBefore);
    for (const tag of TAGS.slice(1)) await expect(kit.get(tag)).to.be.accessible();
    speech.stop();
    expect(speech.said.filter((message) => /^Hold is not available/.test(message))).to.have.length(1);
    await kit.advance(2000);
    expect(text(shadow(kit, 'outbound-interaction', '[part="status"]'))).to.equal('Connected to Dana Whitfield');
  });
});
