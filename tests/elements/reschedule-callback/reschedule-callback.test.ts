import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../../src/elements/outbound-preview/define.js';
import '../../../src/elements/reschedule-callback/define.js';
import type { RescheduleCallback } from '../../../src/elements/reschedule-callback/reschedule-callback.js';
import type { OutboundCallbackChangeEvent } from '../../../src/elements/events/reschedule-callback-events.js';
import type { SubmitOutcomeCommand } from '../../../src/services/ports/backend/contract.js';
import type { OutcomeSchema, DeliveryPolicy } from '../../../src/services/domain/campaign/campaign-policy.js';
import { engagingRefusal } from '../../../src/services/domain/refusals/kit-refusals.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { $, deepActiveElement, descriptionsOf, typeOver } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { acceptProgressive, assuredConnection, connectPreviewCall, mountKit, type MountedKit, until } from '../../support/mount-kit.js';
import { tabInto, text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

const preview = (policy: Partial<DeliveryPolicy> = {}, outcomes: Partial<OutcomeSchema> = {}): SimulatorScenario => ({
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy, outcomes })],
  odds: alwaysAnswers,
});

/** 16:00 in Berlin (the agent), 09:00 in Chicago (Dana), on 3 November 2026. */
const TOMORROW_16 = Date.UTC(2026, 10, 3, 15, 0);

const input = (el: RescheduleCallback, selector: string) => $<HTMLInputElement>(el, selector)!;
const focusedId = () => deepActiveElement()?.id;


async function mount(scenario: SimulatorScenario, content: TemplateResult = html`<reschedule-callback></reschedule-callback>`) {
  const kit = await mountKit(content, scenario);
  return { kit, el: kit.get<RescheduleCallback>('reschedule-callback') };
}

/** From the Schedule callback check box (focused, unchecked): opens the form and types a date and time. */
async function fillDateAndTime(kit: MountedKit, date: string, time: string) {
  await sendKeys({ press: 'Space' });
  await kit.advance(0);
  await sendKeys({ press: 'Tab' });
  expect(focusedId()).to.equal('date');
  await typeOver(date);
  await sendKeys({ press: 'Tab' });
  expect(focusedId()).to.equal('choose-date');
  await sendKeys({ press: 'Tab' });
  expect(focusedId()).to.equal('time');
  await typeOver(time);
  await kit.advance(0);
}

/** Focus on the Schedule button and press it; waits until the element has answered. */
async function pressSchedule(kit: MountedKit, el: RescheduleCallback) {
  $(el, '#submit')!.focus();
  await sendKeys({ press: 'Enter' });
  await kit.advance(0);
  await kit.advance(0);
}

/**
 * The outcomes the back end received for one record. (The outbox keeps outcomes across page loads, so
 * a record of an earlier test may be delivered again: only this test's record counts.)
 */
function outcomesOf(kit: MountedKit, interactionId: string) {
  return kit
    .commands()
    .filter((command): command is SubmitOutcomeCommand => command.type === 'submit-outcome')
    .filter((command) => command.outcome.interactionId === interactionId)
    .map((command) => command.outcome);
}

/** Ends the call if it is on, marks the record Done, and gives what the back end received for it. */
async function endCallAndMarkDone(kit: MountedKit) {
  const interactionId = kit.services.store.state.interaction!.id;
  if (kit.services.store.state.interaction?.phase === 'in-call') await kit.act({ type: 'end-call' });
  const done = await kit.services.commands.markDone('done');
  if (!done.sent) throw new Error(`Done refused: ${done.error.message}`);
  await until(kit, () => outcomesOf(kit, interactionId).length > 0, 'the outcome reached the back end');
  return outcomesOf(kit, interactionId);
}

describe('<reschedule-callback>', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('CB-1, CB-4, A11Y-3: scheduled by keyboard during a call; announced once; shown on both clocks; the back end gets it at Done', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    expect(text($(el, '[part="note"]'))).to.equal('No record to schedule a callback for.');
    await expect(el).to.be.accessible();
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    const events: OutboundCallbackChangeEvent[] = [];
    kit.provider.addEventListener('outbound-callback-change', (event) => events.push(event));

    await tabInto(el);
    expect(focusedId()).to.equal('schedule');
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    // While typing, the contact's clock is shown beside the agent's (Berlin and Chicago differ).
    expect(text($(el, '#contact-time'))).to.match(/^Contact’s time: Nov 3, 2026, 09:00 CST$/);
    expect(descriptionsOf(el, input(el, '#time'))[1]).to.equal(text($(el, '#contact-time')));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('personal');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    const radio = deepActiveElement() as HTMLInputElement;
    expect(radio.name).to.equal('number');
    // The record's home number is chosen (the one dialled); the mobile one is next.
    expect(radio.value).to.equal('home');
    await sendKeys({ press: 'ArrowDown' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('mobile');
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="scheduled"]') !== null, 'Callback scheduled');

    const request = { at: TOMORROW_16, personal: true, target: { kind: 'record-number', numberId: 'mobile' } };
    expect(events.map((event) => event.detail)).to.deep.equal([{ interactionId: kit.services.store.state.interaction!.id, callback: request }]);
    expect(text($(el, '[part="scheduled"]'))).to.match(
      /^Callback scheduled Your time: Nov 3, 2026, 16:00 GMT\+1 Contact’s time: Nov 3, 2026, 09:00 CST To Mobile \+13125550101 Personal callback Change$/,
    );
    expect(focusedId()).to.equal('change');
    await kit.advance(0);
    expect(speech.take()).to.deep.equal([
      'Callback scheduled for Nov 3, 2026, 16:00 GMT+1 your time, Nov 3, 2026, 09:00 CST the contact’s time.',
    ]);
    await expect(el).to.be.accessible();

    const sent = await endCallAndMarkDone(kit);
    expect(sent.map((outcome) => outcome.callback)).to.deep.equal([request]);
    await kit.advance(0);
    expect(text($(el, '[part="note"]')), 'the record closed').to.equal('No record to schedule a callback for.');
    speech.stop();
  });

  it('CB-1: a new number with its type and window on the contact’s clock', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    const newRadio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="number"][value="new"]')!;
    newRadio.focus();
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('new-number');
    await sendKeys({ type: '+1 312 555 0199' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('new-type');
    await sendKeys({ press: 'ArrowDown' }); // Mobile → Work
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('new-from');
    await sendKeys({ type: '08:00' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('new-till');
    await sendKeys({ type: '12:00' });
    await kit.advance(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="scheduled"]') !== null, 'Callback scheduled');
    expect(text($(el, '[part="scheduled"]'))).to.contain('To Work +13125550199');

    const sent = await endCallAndMarkDone(kit);
    expect(sent[0]?.callback).to.deep.equal({
      at: TOMORROW_16,
      personal: false,
      target: { kind: 'new-number', e164: '+13125550199', type: 'work', window: { from: '08:00', till: '12:00' } },
    });
  });

  it('CB-1: the time steps by 15 minutes with the arrows and by an hour with Page Up and Page Down, as a spin button', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '09:07');
    const time = input(el, '#time');
    expect(time.getAttribute('role')).to.equal('spinbutton');
    await sendKeys({ press: 'ArrowUp' });
    await kit.advance(0);
    expect(time.value).to.equal('09:15');
    expect(time.getAttribute('aria-valuenow')).to.equal(String(9 * 60 + 15));
    expect(time.getAttribute('aria-valuetext')).to.equal('09:15');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'ArrowDown' });
    await kit.advance(0);
    expect(time.value).to.equal('10:00');
    await typeOver('');
    // Empty, it starts from the next quarter hour after now (16:00 in Berlin).
    await sendKeys({ press: 'ArrowUp' });
    await kit.advance(0);
    expect(time.value).to.equal('16:15');
  });

  it('CB-2: the agent chooses: the check box is theirs, and what they chose goes with the callback', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview({}, { personalCallbacks: 'choose' })));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    const personal = input(el, '#personal');
    expect(personal.checked).to.equal(false);
    expect(personal.hasAttribute('aria-disabled')).to.equal(false);
    expect(descriptionsOf(el, personal)).to.deep.equal(['Only you make this callback.']);
    await pressSchedule(kit, el);
    const sent = await endCallAndMarkDone(kit);
    expect(sent[0]?.callback?.personal).to.equal(false);
  });

  it('CB-2: always personal: shown checked and locked, with the reason; Space does not clear it', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview({}, { personalCallbacks: 'always' })));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    await sendKeys({ press: 'Tab' });
    const personal = input(el, '#personal');
    expect(deepActiveElement()).to.equal(personal);
    expect(personal.checked).to.equal(true);
    expect(personal.getAttribute('aria-disabled')).to.equal('true');
    expect(descriptionsOf(el, personal)).to.deep.equal(['Always personal in this campaign']);
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    expect(personal.checked).to.equal(true);
    await expect(el).to.be.accessible();
    await pressSchedule(kit, el);
    const sent = await endCallAndMarkDone(kit);
    expect(sent[0]?.callback?.personal).to.equal(true);
  });

  it('CB-2: never personal: no check box; any agent of the campaign calls back', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview({}, { personalCallbacks: 'never' })));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    expect($(el, '#personal')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).name, 'from time straight to the numbers').to.equal('number');
    await pressSchedule(kit, el);
    expect(text($(el, '[part="scheduled"]'))).to.contain('Any agent of the campaign calls back');
    await expect(el).to.be.accessible();
    const sent = await endCallAndMarkDone(kit);
    expect(sent[0]?.callback?.personal).to.equal(false);
  });

  it('CB-3: Change reopens the form with the values; the changed callback is what the back end gets at Done', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    await pressSchedule(kit, el);
    expect(focusedId()).to.equal('change');
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(focusedId()).to.equal('date');
    expect(input(el, '#date').value).to.equal('2026-11-03');
    expect(input(el, '#time').value).to.equal('16:00');
    expect(input(el, '#schedule').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await typeOver('17:30');
    await pressSchedule(kit, el);
    expect(text($(el, '[part="scheduled"]'))).to.contain('17:30');
    const sent = await endCallAndMarkDone(kit);
    expect(sent.map((outcome) => outcome.callback?.at)).to.deep.equal([TOMORROW_16 + 90 * 60_000]);
  });

  it('CB-3: clearing Schedule callback after the call ended cancels it, announced once; the back end gets none', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    await kit.act({ type: 'end-call' });
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    await pressSchedule(kit, el);
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.callback).to.not.equal(null);
    const speech = recordSpeech();
    const schedule = input(el, '#schedule');
    schedule.focus();
    await sendKeys({ press: 'Space' });
    await until(kit, () => speech.said.length > 0, 'the cancellation is announced');
    await kit.advance(0);
    expect(speech.take()).to.deep.equal(['Callback cancelled.']);
    expect(schedule.checked).to.equal(false);
    expect($(el, '[part="scheduled"]')).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    // Checked again, the form comes back with what was typed.
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    expect(input(el, '#date').value).to.equal('2026-11-03');
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    const sent = await endCallAndMarkDone(kit);
    expect(sent[0]?.callback).to.equal(null);
    speech.stop();
  });

  it('CB-3, PRV-5: in the preview before dialing, slotted in <outbound-preview>: Reschedule moves focus into it; Done sends the callback', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(
      preview(),
      html`<outbound-preview><reschedule-callback slot="reschedule"></reschedule-callback></outbound-preview>`,
    ));
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    const previewEl = kit.get<HTMLElement>('outbound-preview');
    const toggle = previewEl.shadowRoot!.querySelector<HTMLElement>('#reschedule-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(focusedId(), 'focus moved into the callback form').to.equal('schedule');
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    await pressSchedule(kit, el);
    expect($(el, '[part="scheduled"]')).to.not.equal(null);
    await expect(previewEl).to.be.accessible();
    const interactionId = kit.services.store.state.interaction!.id;
    previewEl.shadowRoot!.querySelector<HTMLElement>('#done')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(kit, () => outcomesOf(kit!, interactionId).length > 0, 'Done reached the back end');
    expect(outcomesOf(kit, interactionId)[0]?.callback).to.deep.equal({
      at: TOMORROW_16,
      personal: false,
      target: { kind: 'record-number', numberId: 'home' },
    });
  });

  it('CB-3: before dialing, where the campaign does not allow it, the element says so', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview({ allowRescheduleBeforeDial: false })));
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    expect(text($(el, '[part="note"]'))).to.equal('This campaign does not allow rescheduling before the call.');
    expect($(el, '#schedule')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('CB-4: a time already past and a time outside the number’s window: specific messages on the time, announced once, nothing typed lost', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await tabInto(el);
    // 15:00 today in Berlin: an hour ago.
    await fillDateAndTime(kit, '2026-11-02', '15:00');
    await pressSchedule(kit, el);
    const time = input(el, '#time');
    expect(focusedId()).to.equal('time');
    expect(time.getAttribute('aria-invalid')).to.equal('true');
    const past =
      'The callback time 15:00 on 2 Nov your time (08:00 on 2 Nov the contact\'s time, America/Chicago) is in the past. Choose a later time.';
    expect(descriptionsOf(el, time)).to.include(past);
    expect(text($(el, '[part="error"]'))).to.equal(past);
    expect(speech.take()).to.deep.equal([past]);
    expect(input(el, '#date').value).to.equal('2026-11-02');
    expect(time.value).to.equal('15:00');
    await expect(el).to.be.accessible();

    // 03:00 in Berlin is 20:00 in Chicago: the mobile number's window (08:00–20:00) has closed.
    await typeOver('03:00');
    $(el, 'input[name="number"][value="mobile"]')!.click();
    input(el, '#date').value = '2026-11-03';
    input(el, '#date').dispatchEvent(new Event('input'));
    await pressSchedule(kit, el);
    expect(focusedId()).to.equal('time');
    const [error] = speech.take();
    expect(error).to.match(/^The contact's mobile number \+13125550101 can be called 08:00–20:00 their time \(America\/Chicago\); 20:00 on 2 Nov their time \(03:00 on 3 Nov your time\) is outside that window\./);
    expect(descriptionsOf(el, time)).to.include(error);
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.callback ?? null, 'nothing saved').to.equal(null);
    speech.stop();
  });

  it('CB-4: a malformed date and time: a message on each field, both announced together once, focus on the date', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-31', '25:00');
    await pressSchedule(kit, el);
    const date = input(el, '#date');
    const time = input(el, '#time');
    expect(focusedId()).to.equal('date');
    const dateError = '2026-11-31 is not a date: November 2026 has 30 days. Choose a day that exists.';
    const timeError = '"25:00" is not a time. Type the time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.';
    expect(descriptionsOf(el, date)).to.deep.equal(['Your date, as YYYY-MM-DD, e.g. 2026-11-03.', dateError]);
    expect(descriptionsOf(el, time)).to.include(timeError);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(time.getAttribute('aria-invalid')).to.equal('true');
    expect(time.hasAttribute('aria-valuenow'), 'no value while the text is not a time').to.equal(false);
    expect(speech.take()).to.deep.equal([`${dateError} ${timeError}`]);
    expect(date.value).to.equal('2026-11-31');
    expect(time.value).to.equal('25:00');
    await expect(el).to.be.accessible();
    // Fixed, the messages go.
    await typeOver('2026-11-30');
    $(el, '#time')!.focus();
    await typeOver('10:00');
    await pressSchedule(kit, el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="scheduled"]')).to.not.equal(null);
    speech.stop();
  });

  it('CB-4, PRV-3: an invalid new number gets the phone parser’s message on its field; what was typed stays', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="number"][value="new"]')!.click();
    await kit.advance(0);
    input(el, '#new-number').focus();
    await sendKeys({ type: '+44 20 79' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '8am' });
    await pressSchedule(kit, el);
    const number = input(el, '#new-number');
    expect(focusedId()).to.equal('new-number');
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    const numberError = '“+44 20 79” is too short for a phone number with country code +44. Check for missing digits, including the area code.';
    expect(descriptionsOf(el, number)).to.deep.equal(['Start with + and the country code, e.g. +1 312 555 0123.', numberError]);
    const windowError = text(el.shadowRoot!.getElementById('new-window-error'));
    expect(windowError).to.match(/^The new number's callable window needs From and Till times as HH:MM/);
    expect(speech.take()).to.deep.equal([`${numberError} ${windowError}`]);
    expect(number.value).to.equal('+44 20 79');
    expect(input(el, '#new-from').value).to.equal('8am');
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DEL-6: while engaging, rescheduling is visibly unavailable with the engine’s reason; trying it is refused and said once', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(assuredConnection));
    await acceptProgressive(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    const reason = engagingRefusal('reschedule').message;
    const schedule = input(el, '#schedule');
    expect(schedule.getAttribute('aria-disabled')).to.equal('true');
    expect(descriptionsOf(el, schedule)).to.deep.equal([reason]);
    await expect(el).to.be.accessible();
    const speech = recordSpeech();
    await tabInto(el);
    expect(focusedId()).to.equal('schedule');
    await sendKeys({ press: 'Space' });
    await until(kit, () => speech.said.length > 0, 'the refusal is announced');
    await kit.advance(0);
    expect(speech.take()).to.deep.equal([reason]);
    expect(schedule.checked).to.equal(false);
    expect($(el, 'form')).to.equal(null);
    speech.stop();
  });

  it('DEL-6, issue 12 #6: the engaging-phase refusal goes when the contact is connected; rescheduling then works', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(assuredConnection));
    await acceptProgressive(kit);
    await tabInto(el);
    await sendKeys({ press: 'Space' });
    await until(kit, () => text($(el, '[part="refusal"]')) !== undefined, 'the refusal shows');
    await kit.advance(2000); // the contact is connected
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    expect(text($(el, '[part="refusal"]')), 'the cause went').to.equal(undefined);
    expect(input(el, '#schedule').hasAttribute('aria-disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('CB-1: an outbound-callback-change cancelled by the host keeps the callback from being saved and the form as typed', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await mount(preview()));
    await connectPreviewCall(kit);
    kit.provider.addEventListener('outbound-callback-change', (event) => event.preventDefault());
    await tabInto(el);
    await fillDateAndTime(kit, '2026-11-03', '16:00');
    await pressSchedule(kit, el);
    expect($(el, '[part="scheduled"]')).to.equal(null);
    expect(input(el, '#time').value).to.equal('16:00');
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.callback ?? null).to.equal(null);
  });
});
