import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/outbound-preview/define.js';
import type { OutboundPreview } from '../../../src/elements/outbound-preview/outbound-preview.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { loadPhoneNumberParser } from '../../../src/services/domain/numbers/phone-number.js';
import { $, $$, actions, mountPreview, pairs, tabInto, text, timings, type PreviewKit } from '../../support/preview-fixture.js';
import { deepActiveElement, settle, spoken } from '../../support/dom.js';
import { recordSpeech } from '../../support/speech.js';
import { alwaysAnswers, campaign, dana } from '../../support/engine-desk.js';
import type { OutboundRecordDeclineEvent, OutboundRecordDoneEvent } from '../../../src/elements/events/outbound-preview-events.js';


/** Push-Preview with a 20-second offer and case fields; records arrive while outbound-preview is Ready (DEL-2). */
const pushPreview: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Spring appeal',
      dialingMode: 'push-preview',
      policy: { offerTimeoutSeconds: 20, extendSeconds: 30 },
      contacts: [{ ...dana, caseFields: [{ label: 'Priority', value: 'High' }] }],
    }),
  ],
  odds: alwaysAnswers,
  timings,
};

/** Progressive whose unanswered offers are rejected and the agent set Not Ready (DEL-4). */
const strictProgressive: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Renewals',
      dialingMode: 'progressive',
      policy: { offerTimeoutSeconds: 12, onOfferTimeout: 'reject-and-not-ready', extendSeconds: null },
    }),
  ],
  odds: alwaysAnswers,
  timings,
};

/** Progressive with auto-answer after 9 seconds and no Reject (DEL-7). */
const autoAnswer: SimulatorScenario = {
  campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { autoAnswerSeconds: 9, allowReject: false } })],
  odds: alwaysAnswers,
  timings,
};

/** ASM: Accept only, an empty record (DEL-5). */
const asm: SimulatorScenario = {
  campaigns: [campaign({ name: 'Win-back', dialingMode: 'predictive', policy: { asm: true } })],
  odds: alwaysAnswers,
  timings,
};

/** Preview (pull) with a third, blocked number and a callback origin's worth of fields (DEL-1, PRV-1, PRV-3). */
const preview: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Spring appeal',
      dialingMode: 'preview',
      contacts: [
        {
          ...dana,
          numbers: [...dana.numbers, { id: 'work', e164: '+13125550102', type: 'work', blocked: 'dnc' }],
          caseFields: [{ label: 'Priority', value: 'High' }],
        },
      ],
    }),
  ],
  odds: alwaysAnswers,
  timings,
};

const timedAutoDial: SimulatorScenario = {
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { autoDialSeconds: 16 } })],
  odds: alwaysAnswers,
  timings,
};

/** Preview with two caller IDs to choose from (PRV-4). */
const callerIdPreview: SimulatorScenario = {
  campaigns: [
    campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { callerIds: ['+441174960000', '+448081570000'] } }),
  ],
  odds: alwaysAnswers,
  timings,
};

const dncPreview: SimulatorScenario = { ...preview, campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })], dncList: ['+13125550100'] };

/** Direct Push-Preview: Accept dials at once, the record's selected number (DEL-3). */
const directPushPreview: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Broadband upgrade',
      dialingMode: 'direct-push-preview',
      contacts: [{ ...dana, numbers: [{ ...dana.numbers[0], blocked: 'dnc' as const }, dana.numbers[1]] }],
    }),
  ],
  odds: alwaysAnswers,
  timings,
};

const summary = (el: OutboundPreview) => pairs(el, '[part="summary"]');

describe('<outbound-preview>', () => {
  let kit: PreviewKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
    document.querySelectorAll('input[data-test]').forEach((input) => input.remove());
    fixtureCleanup();
  });

  it('A11Y-3: with no record, the empty state passes axe', async () => {
    kit = await mountPreview(pushPreview);
    expect(text($(kit.el, '[part="title"]'))).to.equal('Interaction Preview');
    expect(text($(kit.el, '.note'))).to.equal('No record at the moment.');
    await expect(kit.el).to.be.accessible();
  });

  it('DEL-2, PRV-1, A11Y-1, A11Y-3: a Push-Preview offer is announced, then Accepted with the keyboard and opens the preview', async () => {
    kit = await mountPreview(pushPreview);
    const { el, services } = kit;
    services.commands.setChannelStatus('outbound-preview', 'ready');
    await kit.advance(0);
    const outside = document.activeElement;
    await kit.advance(1000);
    expect(text($(el, '[part="title"]'))).to.equal('New record: Spring appeal');
    expect(summary(el)).to.deep.equal([
      ['Campaign', 'Spring appeal'],
      ['Dialing mode', 'Push-Preview'],
      ['Contact', 'Dana Whitfield'],
      ['Origin', 'Campaign'],
      ['Priority', 'High'],
    ]);
    expect(text($(el, '[part="countdown"]'))).to.equal('00:20 left. Then the record returns to the list.');
    // Each with its shortcut shown (issue 12 #4).
    expect(text($(el, '[part="accept"]'))).to.equal('Accept Alt+Shift+A');
    expect(text($(el, '[part="reject"]'))).to.equal('Reject Alt+Shift+R');
    expect(text($(el, '#more-time'))).to.equal('More time');
    // A time-limited offer is urgent (issue 12 #4).
    expect(spoken()).to.deep.equal({
      polite: [],
      assertive: ['New record from Spring appeal: Dana Whitfield. 20 seconds to accept. Alt+Shift+A accepts.'],
    });
    // announce (the default) leaves focus where it was.
    expect(document.activeElement).to.equal(outside);
    await expect(el).to.be.accessible();

    await tabInto(el);
    expect(deepActiveElement()).to.equal($(el, '[part="accept"]'));
    const accepted = oneEvent(el, 'outbound-interaction-accept');
    await sendKeys({ press: 'Enter' });
    const event = await accepted;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await kit.advance(0);
    await settle(el);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'accept' }]);
    expect(text($(el, '[part="title"]'))).to.equal('Dana Whitfield');
    expect($(el, '[part="numbers"]')).to.not.equal(null);
    // The Accept button left; focus stays in the element, on the preview's title.
    expect(deepActiveElement()).to.equal($(el, '[part="title"]'));
    await expect(el).to.be.accessible();
  });

  it('DEL-2, EMB-3: Reject sends the record back to the list; a cancelled intent sends nothing', async () => {
    kit = await mountPreview(pushPreview);
    const { el, services } = kit;
    services.commands.setChannelStatus('outbound-preview', 'ready');
    await kit.advance(1000);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('outbound-interaction-accept', cancel, { once: true });
    $(el, '[part="accept"]')!.click();
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([]);

    $(el, '[part="reject"]')!.focus();
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'reject' }]);
    expect(kit.provider.services.store.state.lastClosed?.closed?.reason).to.equal('rejected');
    expect(text($(el, '.note'))).to.equal('No record at the moment.');
    expect(spoken().polite).to.deep.equal(['The record went back to the list.']);
    await expect(el).to.be.accessible();
  });

  it('DEL-4, A11Y-2: the time limit says what happens at zero, is announced at 10 and 5 seconds only, and More time is absent when not allowed', async () => {
    kit = await mountPreview(strictProgressive);
    const { el, services } = kit;
    services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    expect(text($(el, '[part="countdown"]'))).to.equal('00:12 left. Then the record is rejected and you are set Not Ready.');
    expect($(el, '#more-time')).to.equal(null);
    const speech = recordSpeech();
    for (let second = 0; second < 11; second += 1) await kit.advance(1000);
    expect(text($(el, '[part="countdown"]'))).to.equal('00:01 left. Then the record is rejected and you are set Not Ready.');
    await kit.advance(1000);
    speech.stop();
    expect(speech.said).to.deep.equal([
      '10 seconds left to answer.',
      '5 seconds left to answer.',
      'Time ran out: the record was rejected and you are set Not Ready.',
    ]);
    expect(kit.provider.services.store.state.agent?.channels.voice).to.equal('not-ready');
  });

  it('DEL-7: auto-answer: the Accept button counts down and the call is answered at zero', async () => {
    kit = await mountPreview(autoAnswer);
    const { el, services } = kit;
    services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    expect(text($(el, '[part="accept"]'))).to.equal('Accept (00:09) Alt+Shift+A');
    expect($(el, '[part="reject"]')).to.equal(null);
    expect(text($(el, '[part="countdown"]'))).to.equal('The call is answered automatically when the time runs out.');
    await expect(el).to.be.accessible();
    await kit.advance(1000);
    expect(text($(el, '[part="accept"]'))).to.equal('Accept (00:08) Alt+Shift+A');
    await kit.advance(8000);
    expect(kit.provider.services.store.state.interaction?.phase).to.equal('in-call');
    expect(text($(el, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    await expect(el).to.be.accessible();
  });

  it('DEL-3, issue 12 #11: a Direct Push-Preview offer shows the number Accept will dial, isolated from the text around it', async () => {
    kit = await mountPreview(directPushPreview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(1000);
    expect(services.store.state.interaction?.phase).to.equal('offered');
    // The home number is on the Do-Not-Call list: the record comes with the mobile selected.
    expect(summary(el)).to.deep.include(['Number to dial', '+13125550101']);
    const number = $$(el, '[part="summary"] dd').find((dd) => text(dd) === '+13125550101')!;
    expect(number.querySelector('bdi')?.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
    $(el, '[part="accept"]')!.click();
    await settle(el);
    await kit.advance(0);
    expect(services.store.state.interaction?.call?.number).to.equal('+13125550101');
  });

  it('DEL-5: an ASM offer has Accept only and shows Connecting… for the empty record', async () => {
    kit = await mountPreview(asm);
    const { el, services } = kit;
    services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    expect($(el, '[part="reject"]')).to.equal(null);
    expect(summary(el)).to.deep.include(['Contact', 'Connecting…']);
    expect(summary(el)).to.deep.include(['Dialing mode', 'Predictive']);
    await expect(el).to.be.accessible();
    $(el, '[part="accept"]')!.click();
    // The command leaves once the engine's rules are loaded.
    await settle(el);
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'accept' }]);
    expect(text($(el, '[part="status"]'))).to.equal('Establishing: the contact is being connected…');
    await kit.advance(2000);
    expect(text($(el, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
  });

  it('DEL-1, PRV-1, PRV-3, PRV-5, PRV-7, A11Y-3: the preview: a number chosen with arrow keys, then Call with the keyboard', async () => {
    kit = await mountPreview(preview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    expect(text($(el, '[part="title"]'))).to.equal('Dana Whitfield');
    expect(spoken().polite).to.deep.equal(['Preview of Dana Whitfield.']);
    expect(pairs(el, '.case-information dl')).to.deep.equal([
      ['Origin', 'Campaign'],
      ['Priority', 'High'],
    ]);
    // Consent given is editable: a check box, marked as such (PRV-2).
    expect(pairs(el, '.record-information dl')).to.deep.equal([['Consent given (editable)', '']]);
    expect(($(el, '.record-information input[type="checkbox"]') as HTMLInputElement).checked).to.equal(false);
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => text(radio.closest('label')))).to.deep.equal([
      'Home +13125550100',
      'Mobile +13125550101 callable now (08:00–20:00 contact time)',
      'Work +13125550102 On the Do-Not-Call list',
    ]);
    expect(radios.map((radio) => [radio.checked, radio.disabled])).to.deep.equal([
      [true, false],
      [false, false],
      [false, true],
    ]);
    const slot = $(el, 'slot[name="contact-details"]') as HTMLSlotElement;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Host contact card']);
    expect($(el, 'slot[name="history"]')).to.not.equal(null);
    expect($(el, 'slot[name="responses"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    radios[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(radios[1].checked).to.equal(true);
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'select-number', numberId: 'mobile' }]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#call'));
    const call = oneEvent(el, 'outbound-record-call');
    await sendKeys({ press: 'Enter' });
    expect((await call).detail).to.deep.equal({ interactionId: kit.provider.services.store.state.interaction!.id, numberId: 'mobile' });
    await kit.advance(0);
    expect(actions(kit.commands()).at(-1)).to.deep.equal({ type: 'call', target: { numberId: 'mobile' } });
    expect(kit.provider.services.store.state.interaction?.call?.number).to.equal('+13125550101');
    expect(text($(el, '[part="status"]'))).to.equal('Dialing +13125550101…');
    expect(deepActiveElement()).to.equal($(el, '[part="title"]'));
    await expect(el).to.be.accessible();
  });

  it('PRV-5: Decline, then Call this contact later, with the keyboard', async () => {
    kit = await mountPreview(preview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    const decline = $(el, '#decline')!;
    expect(decline.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#decline-choices')!.hidden).to.equal(true);
    decline.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(decline.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '#decline-choices button').map(text)).to.deep.equal([
      'Call this contact later',
      'Do not call this contact for this campaign',
    ]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#decline-later'));
    const declined = oneEvent<OutboundRecordDeclineEvent>(el, 'outbound-record-decline');
    await sendKeys({ press: 'Enter' });
    expect((await declined).detail.scope).to.equal('later');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'decline', scope: 'later' }]);
    expect(kit.provider.services.store.state.lastClosed?.closed?.reason).to.equal('declined-later');
    expect(text($(el, '.note'))).to.equal('No record at the moment.');
  });

  it('PRV-5, DISP-2: Done and Stop closes the record and the server receives it', async () => {
    kit = await mountPreview(preview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    const done = oneEvent<OutboundRecordDoneEvent>(el, 'outbound-record-done');
    $(el, '#done-and-stop')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await done).detail.close).to.equal('done-and-stop');
    await kit.advance(0);
    await kit.advance(0);
    expect(kit.simulator.appliedOutcomes.map((outcome) => outcome.close)).to.deep.equal(['done-and-stop']);
    expect(kit.provider.services.store.state.interaction).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('DEL-8, A11Y-2: timed auto-dial shows Calling in 00:16, is announced at 10 and 5 seconds and dials at zero', async () => {
    kit = await mountPreview(timedAutoDial);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    expect(text($(el, '[part="countdown"]'))).to.equal('Calling in 00:16');
    await expect(el).to.be.accessible();
    const speech = recordSpeech();
    for (let second = 0; second < 16; second += 1) await kit.advance(1000);
    speech.stop();
    expect(speech.said).to.deep.equal(['Calling in 10 seconds.', 'Calling in 5 seconds.', 'Dialing +13125550100…']);
    expect(kit.provider.services.store.state.interaction?.phase).to.equal('dialing');
  });

  it('DNC-1: a number on the Do-Not-Call list: the notice is shown and announced assertively once, and the next number is selected', async () => {
    kit = await mountPreview(dncPreview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    $(el, '#call')!.click();
    await settle(el);
    await kit.advance(0);
    const notice = text($(el, '[part="message"]'));
    expect(notice).to.contain('+13125550100 was not dialled: it is on the Do-Not-Call list.');
    expect(spoken().assertive).to.deep.equal([notice]);
    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true]);
    await expect(el).to.be.accessible();
    const speech = recordSpeech();
    await kit.advance(1000);
    speech.stop();
    expect(speech.said).to.deep.equal([]);
  });

  it('A11Y-1: focus-policy take moves focus to the title of an arriving record', async () => {
    kit = await mountPreview(preview, 'take');
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    expect(deepActiveElement()).to.equal($(el, '[part="title"]'));
    expect(text(deepActiveElement())).to.equal('Dana Whitfield');
    expect(spoken().polite).to.deep.equal([]);
  });

  it('A11Y-1: focus-policy take never steals focus from an agent typing elsewhere: the arrival is announced instead', async () => {
    kit = await mountPreview(pushPreview, 'take');
    const { el, services } = kit;
    const input = document.createElement('input');
    input.dataset['test'] = '';
    input.setAttribute('aria-label', 'Notes');
    document.body.append(input);
    input.focus();
    await sendKeys({ type: 'Call back' });
    services.commands.setChannelStatus('outbound-preview', 'ready');
    await kit.advance(1000);
    expect(text($(el, '[part="title"]'))).to.equal('New record: Spring appeal');
    expect(document.activeElement).to.equal(input);
    expect(spoken().assertive).to.deep.equal([
      'New record from Spring appeal: Dana Whitfield. 20 seconds to accept. Leave the text field, then Alt+Shift+A accepts.',
    ]);
    await sendKeys({ type: ' soon' });
    expect(input.value).to.equal('Call back soon');
  });
  it('PRV-3, PRV-6, A11Y-3: Other phone number with the keyboard: a malformed number is refused with its message, a valid one is called', async () => {
    kit = await mountPreview(preview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    const toggle = $(el, '#other-number-toggle')!;
    expect(text(toggle)).to.equal('Other phone number');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#other-number-form')).to.equal(null);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const input = $(el, '#other-number-input') as HTMLInputElement;
    expect(deepActiveElement()).to.equal(input);
    expect(text(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Phone number');
    expect(text($(el, '#other-number-hint'))).to.equal('Start with + and the country code, e.g. +44 20 7946 0000.');
    expect($$(el, '#other-number-type option').map(text)).to.deep.equal(['Home', 'Mobile', 'Work', 'Other']);
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'typing-new-number', typing: true }]);
    await expect(el).to.be.accessible();

    await sendKeys({ type: '+44 20 79' });
    await sendKeys({ press: 'Enter' });
    // The parser is loaded on demand (it stays out of the core bundle).
    await loadPhoneNumberParser();
    await settle(el);
    const refusal = { message: '“+44 20 79” is too short for a phone number with country code +44. Check for missing digits, including the area code.' };
    const error = $(el, '#other-number-error');
    expect(text(error)).to.equal(refusal.message);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('other-number-error');
    expect(input.value).to.equal('+44 20 79');
    expect(spoken().assertive).to.deep.equal([refusal.message]);
    expect(deepActiveElement()).to.equal(input);
    await expect(el).to.be.accessible();
    const speech = recordSpeech();
    await kit.advance(1000);
    speech.stop();
    expect(speech.said).to.deep.equal([]);

    input.select();
    await sendKeys({ type: '+44 20 7946 0000' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#other-number-type'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(($(el, '#other-number-type') as HTMLSelectElement).value).to.equal('other');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#other-number-call'));
    const called = oneEvent(el, 'outbound-record-call');
    await sendKeys({ press: 'Enter' });
    const interactionId = kit.provider.services.store.state.interaction!.id;
    expect((await called).detail).to.deep.equal({ interactionId, numberId: null, e164: '+442079460000', numberType: 'other' });
    await kit.advance(0);
    expect(actions(kit.commands()).at(-1)).to.deep.equal({ type: 'call', target: { e164: '+442079460000', numberType: 'other' } });
    expect(kit.provider.services.store.state.interaction?.call?.number).to.equal('+442079460000');
    expect(text($(el, '[part="status"]'))).to.equal('Dialing +442079460000…');
  });

  it('DEL-8, PRV-3: opening Other phone number pauses the timed auto-dial; Escape cancels, resumes it and returns focus', async () => {
    kit = await mountPreview(timedAutoDial);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.advance(3000);
    expect(text($(el, '[part="countdown"]'))).to.equal('Calling in 00:13');
    const toggle = $(el, '#other-number-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'typing-new-number', typing: true }]);
    expect(text($(el, '[part="countdown"]'))).to.equal('Automatic call paused (00:13 left)');
    await sendKeys({ type: '+44' });
    for (let second = 0; second < 20; second += 1) await kit.advance(1000);
    expect(kit.provider.services.store.state.interaction?.phase).to.equal('previewing');
    expect(actions(kit.commands()).filter((action) => action.type === 'call')).to.deep.equal([]);

    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '#other-number-form')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
    await kit.advance(0);
    expect(actions(kit.commands()).at(-1)).to.deep.equal({ type: 'typing-new-number', typing: false });
    expect(text($(el, '[part="countdown"]'))).to.equal('Calling in 00:13');
    // Reopened, the form starts empty; Cancel does what Escape did.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(($(el, '#other-number-input') as HTMLInputElement).value).to.equal('');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#other-number-cancel'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActiveElement()).to.equal(toggle);
    await kit.advance(0);
    expect(actions(kit.commands()).slice(-2)).to.deep.equal([
      { type: 'typing-new-number', typing: true },
      { type: 'typing-new-number', typing: false },
    ]);
    for (let second = 0; second < 13; second += 1) await kit.advance(1000);
    expect(kit.provider.services.store.state.interaction?.phase).to.equal('dialing');
  });

  it('PRV-3: Other phone number is absent where the campaign does not allow it', async () => {
    kit = await mountPreview({ ...preview, campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { allowOtherNumber: false } })] });
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    expect($(el, '#other-number-toggle')).to.equal(null);
    expect($(el, '#caller-id')).to.equal(null);
  });

  it('PRV-4, A11Y-3: the Caller ID select sends select-caller-id and the call uses it', async () => {
    kit = await mountPreview(callerIdPreview);
    const { el, services } = kit;
    services.commands.requestRecord('c');
    await kit.advance(0);
    const select = $(el, '#caller-id') as HTMLSelectElement;
    expect(text(el.shadowRoot!.querySelector('label[for="caller-id"]'))).to.equal('Caller ID');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['+441174960000', '+448081570000']);
    expect(select.value).to.equal('+441174960000');
    await expect(el).to.be.accessible();
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    await kit.advance(0);
    expect(select.value).to.equal('+448081570000');
    expect(actions(kit.commands())).to.deep.equal([{ type: 'select-caller-id', callerId: '+448081570000' }]);
    expect(kit.provider.services.store.state.interaction?.callerId).to.equal('+448081570000');
    $(el, '#call')!.click();
    await settle(el);
    await kit.advance(0);
    expect(kit.provider.services.store.state.interaction?.call?.callerId).to.equal('+448081570000');
  });
});
