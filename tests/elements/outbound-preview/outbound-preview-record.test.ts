import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { RecordField } from '../../../src/services/domain/campaign/record.js';
import type { SimulatedContact, SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { ManualClock } from '../../../src/services/ports/clock.js';
import { deepActiveElement, settle, spoken } from '../../support/dom.js';
import { alwaysAnswers, campaign, dana, T0 } from '../../support/engine-desk.js';
import { $, $$, actions, mountPreview, pairs, text, timings, type PreviewKit } from '../../support/preview-fixture.js';

/** A server that sends a field type this kit does not know; it reaches the kit through the event schema. */
const geoField = { key: 'site', label: 'Site', type: 'geo', value: '51.5,-0.12', editable: true } as unknown as RecordField;

const fields: readonly RecordField[] = [
  { key: 'consent', label: 'Consent given', type: 'boolean', value: false, editable: true },
  { key: 'pledge', label: 'Pledge', type: 'number', value: 10, editable: true },
  { key: 'tier', label: 'Tier', type: 'choice', value: 'Silver', editable: true, options: ['Bronze', 'Silver', 'Gold'] },
  { key: 'visit', label: 'Visit', type: 'date-time', value: '2026-11-30T10:00', editable: true },
  { key: 'note', label: 'Remark', type: 'text', value: 'Prefers mornings', editable: true },
  { key: 'member', label: 'Member since', type: 'text', value: '2019', editable: false },
  geoField,
];

const scenario = (policy: Record<string, unknown> = {}, contact: Partial<SimulatedContact> = {}): SimulatorScenario => ({
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy, contacts: [{ ...dana, fields, ...contact }] })],
  odds: alwaysAnswers,
  timings,
});

async function previewOf(s: SimulatorScenario, slotted = html``) {
  const kit = await mountPreview(s, 'announce', slotted);
  kit.services.commands.requestRecord('c');
  await kit.advance(0);
  return kit;
}

const control = <T extends HTMLElement>(kit: PreviewKit, label: string): T => {
  const labelElement = $$(kit.el, '.record-information label').find((candidate) => text(candidate)?.startsWith(label));
  return kit.el.shadowRoot!.getElementById(labelElement!.getAttribute('for')!) as T;
};

describe('<outbound-preview> record information and numbers', () => {
  let kit: PreviewKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('PRV-2, A11Y-3: editable fields are controls of their type, marked editable; read-only ones are text', async () => {
    kit = await previewOf(scenario());
    const { el } = kit;
    expect(pairs(el, '.record-information dl')).to.deep.equal([
      ['Consent given (editable)', ''],
      ['Pledge (editable)', ''],
      ['Tier (editable)', 'Not set BronzeSilverGold'],
      ['Visit (editable)', ''],
      ['Remark (editable)', ''],
      ['Member since', '2019'],
      ['Site', '51.5,-0.12 (shown as text: the kit does not know the field type “geo”)'],
    ]);
    expect(control<HTMLInputElement>(kit, 'Consent given').type).to.equal('checkbox');
    expect(control<HTMLInputElement>(kit, 'Pledge').value).to.equal('10');
    expect(control<HTMLSelectElement>(kit, 'Tier').value).to.equal('Silver');
    expect(control<HTMLInputElement>(kit, 'Visit').type).to.equal('datetime-local');
    expect(control<HTMLInputElement>(kit, 'Visit').value).to.equal('2026-11-30T10:00');
    expect(control<HTMLInputElement>(kit, 'Remark').value).to.equal('Prefers mornings');
    await expect(el).to.be.accessible();
  });

  it('PRV-2, A11Y-3: edits made with the keyboard go to the server with the record at Done', async () => {
    kit = await previewOf(scenario());
    const { el } = kit;
    control<HTMLInputElement>(kit, 'Consent given').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(kit, 'Pledge'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '25,5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // Tier: Silver → Gold
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(kit, 'Visit'));
    // The date-time picker has a Tab stop per part (day, month, year, hours, minutes…): skip past it.
    control(kit, 'Remark').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', not Fridays' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.fieldEdits).to.deep.equal({
      consent: true,
      pledge: 25.5,
      tier: 'Gold',
      note: 'Prefers mornings, not Fridays',
    });
    $(el, '#done')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    await kit.advance(0);
    expect(kit.simulator.appliedOutcomes.map((outcome) => outcome.fieldEdits)).to.deep.equal([
      { consent: true, pledge: 25.5, tier: 'Gold', note: 'Prefers mornings, not Fridays' },
    ]);
  });

  it('PRV-2, A11Y-2: a pledge that is not a number keeps its text, says why next to the field, is announced and reported', async () => {
    kit = await previewOf(scenario());
    const { el } = kit;
    const pledge = control<HTMLInputElement>(kit, 'Pledge');
    pledge.focus();
    pledge.select();
    await sendKeys({ type: 'twenty' });
    const reported = oneEvent(kit.provider, 'outbound-error');
    await sendKeys({ press: 'Tab' });
    const message = 'Pledge needs a number, such as 42 or 3.5; “twenty” is not one.';
    expect((await reported).detail).to.deep.include({ message, field: 'pledge' });
    await settle(el);
    expect(pledge.value).to.equal('twenty');
    expect(pledge.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(pledge.getAttribute('aria-describedby')!);
    expect(text(error)).to.equal(message);
    expect(spoken().assertive).to.deep.equal([message]);
    await expect(el).to.be.accessible();
    // Corrected, it is saved and the message goes.
    pledge.focus();
    pledge.select();
    await sendKeys({ type: '20' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(pledge.hasAttribute('aria-invalid')).to.equal(false);
    expect(kit.services.store.state.drafts[kit.services.store.state.interaction!.id]?.fieldEdits).to.deep.equal({ pledge: 20 });
  });

  it('PRV-3: each number says whether it may be called now, on the contact’s clock, and the hint follows the time', async () => {
    const numbers = [
      { id: 'home', e164: '+13125550100', type: 'home' as const },
      { id: 'mobile', e164: '+13125550101', type: 'mobile' as const, window: { from: '10:00', till: '12:00' } },
      { id: 'work', e164: '+13125550102', type: 'work' as const, window: { from: '8am', till: 'noon' } },
    ];
    // 09:00 in Chicago, where Dana lives (16:00 for the agent in Berlin).
    kit = await previewOf(scenario({}, { numbers, fields: [] }));
    const { el } = kit;
    const hints = () => $$(el, '[part="numbers"] label').map((label) => text(label.querySelector('.hint')) ?? null);
    expect(hints()).to.deep.equal([
      null,
      'not callable now: opens in 1 hr (10:00–12:00 contact time)',
      'calling hours “8am–noon” cannot be read',
    ]);
    await kit.advance(35 * 60_000);
    expect(hints()[1]).to.equal('not callable now: opens in 25 min (10:00–12:00 contact time)');
    await kit.advance(25 * 60_000);
    expect(hints()[1]).to.equal('callable now (10:00–12:00 contact time)');
    await kit.advance(61 * 60_000);
    expect(hints()[1]).to.equal('callable now, closes in 59 min (10:00–12:00 contact time)');
    await expect(el).to.be.accessible();
  });

  it('PRV-3, PRV-5: a record with no callable number says so, offers no Call, and can still be marked Done', async () => {
    const blocked = [
      { id: 'home', e164: '+13125550100', type: 'home' as const, blocked: 'dnc' as const },
      { id: 'mobile', e164: '+13125550101', type: 'mobile' as const, blocked: 'attempt-limit' as const },
    ];
    kit = await previewOf(scenario({}, { numbers: blocked }));
    const { el } = kit;
    const note = 'None of this record’s numbers can be dialled. Call another number under Other phone number, or mark the record Done.';
    expect(text($(el, '[part="numbers-note"]'))).to.equal(note);
    expect($(el, '[part="numbers"]')!.getAttribute('aria-describedby')).to.equal('numbers-note');
    expect($(el, '#call')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '#done')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    await kit.advance(0);
    expect(kit.simulator.appliedOutcomes.map((outcome) => outcome.close)).to.deep.equal(['done']);
  });

  const dncCases = [
    {
      title: 'on the list, no other number: Mark Done',
      over: { dncList: ['+13125550100'] },
      numbers: [{ id: 'home', e164: '+13125550100', type: 'home' as const }],
      notice: '+13125550100 was not dialled: it is on the Do-Not-Call list. This contact has no other number to call. Mark the record Done to get the next record.',
      checked: [false],
    },
    {
      title: 'on the list, another number: selected',
      over: { dncList: ['+13125550100'] },
      numbers: dana.numbers,
      notice: "+13125550100 was not dialled: it is on the Do-Not-Call list. Switched to the contact's mobile number +13125550101.",
      checked: [false, true],
    },
    {
      title: 'service unavailable, no other number: Mark Done',
      over: { dncServiceAvailable: false },
      numbers: [{ id: 'home', e164: '+13125550100', type: 'home' as const }],
      notice:
        '+13125550100 was not dialled: it could not be checked against the Do-Not-Call list because the checking service is not available. This contact has no other number to call. Mark the record Done to get the next record.',
      checked: [false],
    },
    {
      title: 'service unavailable, another number: selected',
      over: { dncServiceAvailable: false },
      numbers: dana.numbers,
      notice:
        "+13125550100 was not dialled: it could not be checked against the Do-Not-Call list because the checking service is not available. Switched to the contact's mobile number +13125550101.",
      checked: [false, true],
    },
  ];
  for (const dncCase of dncCases) {
    it(`DNC-1, A11Y-2: pre-dial validation, ${dncCase.title}: shown above the record and announced assertively`, async () => {
      kit = await previewOf({ ...scenario({}, { numbers: dncCase.numbers, fields: [] }), ...dncCase.over });
      const { el } = kit;
      $(el, '#call')!.focus();
      await sendKeys({ press: 'Enter' });
      await kit.advance(0);
      await kit.advance(0);
      expect(text($(el, '[part="message"]'))).to.equal(dncCase.notice);
      expect(spoken().assertive).to.deep.equal([dncCase.notice]);
      expect(($$<HTMLInputElement>(el, 'input[type="radio"]')).map((radio) => radio.checked)).to.deep.equal(dncCase.checked);
      expect(deepActiveElement()).to.not.equal(document.body);
      await expect(el).to.be.accessible();
    });
  }

  it('PRV-6, A11Y-2: manual dialing: no number is shown chosen; Call before choosing is refused next to the buttons', async () => {
    kit = await previewOf(scenario({ manualDialOnly: true }));
    const { el } = kit;
    expect(text($(el, '[part="numbers-note"]'))).to.equal('This campaign requires manual dialing: choose the number to call yourself.');
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, false]);
    $(el, '#call')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    const refusal = 'Choose or type the number to dial: this campaign requires manual dialing.';
    expect(text($(el, '[part="refusal"]'))).to.equal(refusal);
    expect(spoken().assertive).to.deep.equal([refusal]);
    expect(actions(kit.commands())).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // Choosing a number and calling clears it.
    radios[1].focus();
    await sendKeys({ press: 'Space' });
    $(el, '#call')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(actions(kit.commands()).at(-1)).to.deep.equal({ type: 'call', target: { numberId: 'mobile' } });
    expect($(el, '[part="refusal"]')).to.equal(null);
  });

  it('PRV-6, issue 12 #6: a refused Call goes when its cause goes: a number is chosen elsewhere (the host), not here', async () => {
    kit = await previewOf(scenario({ manualDialOnly: true }));
    const { el } = kit;
    $(el, '#call')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(text($(el, '[part="refusal"]'))).to.equal('Choose or type the number to dial: this campaign requires manual dialing.');
    // The host's contact card picks the mobile: the refusal was about no number being chosen.
    await kit.services.commands.act({ type: 'select-number', numberId: 'mobile' });
    await kit.advance(0);
    expect(($$<HTMLInputElement>(el, 'input[type="radio"]')).map((radio) => radio.checked)).to.deep.equal([false, true]);
    expect($(el, '[part="refusal"]') === null, 'the refusal is gone').to.equal(true);
    expect(deepActiveElement() === $(el, '#call'), 'focus stays on Call').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('PRV-5, CB-3, A11Y-3: Reschedule opens the host’s callback form, focus moves into it, Escape closes it and returns focus', async () => {
    const form = html`<div slot="reschedule"><label>Callback date <input id="host-date" /></label></div>`;
    kit = await previewOf(scenario(), form);
    const { el } = kit;
    const toggle = $(el, '#reschedule-toggle')!;
    expect(text(toggle)).to.equal('Reschedule');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#reschedule-panel')!.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement).to.equal(kit.provider.querySelector('#host-date'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
  });

  it('PRV-5: Reschedule is absent without a callback form, and where the campaign does not allow rescheduling before the call', async () => {
    kit = await previewOf(scenario());
    expect($(kit.el, '#reschedule-toggle')).to.equal(null);
    kit.provider.remove();
    const form = html`<div slot="reschedule"><input aria-label="Callback date" /></div>`;
    kit = await previewOf(scenario({ allowRescheduleBeforeDial: false }), form);
    expect($(kit.el, '#reschedule-toggle')).to.equal(null);
    expect($(kit.el, 'slot[name="reschedule"]')).to.equal(null);
  });

  it('DEL-2, A11Y-2: an offer whose time limit already passed says so and offers nothing to press', async () => {
    const pushPreview: SimulatorScenario = {
      campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20, extendSeconds: 30 } })],
      odds: alwaysAnswers,
      timings,
    };
    kit = await mountPreview(pushPreview);
    const { el } = kit;
    kit.services.commands.setChannelStatus('outbound-preview', 'ready');
    await kit.advance(1000);
    expect($(el, '[part="accept"]')).to.not.equal(null);
    // The record reached this page late: by the page's clock its time limit has passed.
    el.clock = new ManualClock(T0 + 60_000);
    await settle(el);
    expect(text($(el, '[part="countdown"]'))).to.equal('Time is up: this record can no longer be accepted and goes back to the list.');
    expect($(el, '[part="accept"]')).to.equal(null);
    expect($(el, '[part="reject"]')).to.equal(null);
    expect($(el, '#more-time')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
