import { expect } from '@open-wc/testing';
import { noticeBody } from '../../src/elements/campaign-notices/notice-body.js';
import { dialNoticeLabel, errorText } from '../../src/elements/shared/error-text.js';
import { dialNoticeText, refusalText } from '../../src/elements/shared/refusal-labels.js';
import { setKitLocale } from '../../src/localization/localization.js';
import { callbackErrorLabel, callbackErrorText } from '../../src/elements/shared/callback-error-labels.js';
import type { CallbackErrorCode, CallbackErrorParams } from '../../src/services/domain/callback/callback.js';
import type { KitError } from '../../src/services/domain/refusals/errors.js';
import { NUMBER_BLOCK_REASONS } from '../../src/services/domain/campaign/record.js';
import { Subject } from 'rxjs';
import { bridgeBackendEvents } from '../../src/services/session/backend-bridge.js';
import { createKitStore } from '../../src/services/state/kit-store.js';
import { ctiLabels } from '../../src/phone/cti/labels.js';
import { dialNoticeMessage, type DialNotice, type DialNoticeNext } from '../../src/services/domain/numbers/dial-validation.js';
import { NUMBER_TYPES } from '../../src/services/domain/campaign/record.js';
import { refusalMessage } from '../../src/services/domain/refusals/refusal-messages.js';
import { REFUSAL_CODES, REFUSAL_PARAM_CHECKS, type RefusalReason } from '../../src/services/domain/refusals/refusals.js';
import { deepActiveElement, descriptionsOf, typeOver } from '../support/dom.js';
import { html } from 'lit';
import '../../src/elements/reschedule-callback/define.js';
import type { RescheduleCallback } from '../../src/elements/reschedule-callback/reschedule-callback.js';
import { connectPreviewCall, mountKit } from '../support/mount-kit.js';
import { tabInto } from '../support/preview-fixture.js';
import { type MountedKit } from '../support/mount-kit.js';
import { recordSpeech } from '../support/speech.js';
import { $, draftOf, mountPanel, outcomesReceived, press, text, unmount, wrapUp } from './disposition-panel/disposition-panel-support.js';
import { sendKeys } from '@web/test-runner-commands';
import { $ as inPreview, mountPreview, timings } from '../support/preview-fixture.js';
import { alwaysAnswers, campaign } from '../support/engine-desk.js';
import { settle } from '../support/dom.js';

/** Words of English sentences that German wording never contains. */
export const ENGLISH_WORDS =
  /\b(the|is|are|not|no|this|that|it|its|there|which|while|when|before|after|cannot|can|be|been|does|allow|must|yet|now|on|at|you|your|with|only|choose|call|number|record|home|mobile|work|other|and|or|to|of|for|first|was|has|have)\b/i;

/** A value for each free-text parameter, itself not English, so only the wording is tested. */
const TEXT_SAMPLES: Readonly<Record<string, string | readonly string[]>> = {
  number: '+493012345678',
  campaign: 'Frühjahrsaktion',
  disposition: 'Rückruf vereinbart',
  value: 'Verkauft',
  key: 'kundennummer',
  field: 'Zustimmung',
  options: ['Monatlich', 'Wöchentlich'],
  reason: 'Zeitüberschreitung',
};

/**
 * Every refusal the kit knows: each code, once with every value of each of its enumerated
 * parameters (and a list parameter with each value alone and all together). Built from the domain's
 * own list of codes, so a new code is in this test as soon as it exists.
 */
function everyRefusal(): RefusalReason[] {
  const all: RefusalReason[] = [];
  for (const code of REFUSAL_CODES) {
    const checks = Object.entries(REFUSAL_PARAM_CHECKS[code] as Readonly<Record<string, unknown>>);
    const base: Record<string, unknown> = {};
    const choices: [string, unknown[]][] = [];
    for (const [name, check] of checks) {
      // The kit's own structured parameters (the callback check's details) are tested below.
      if (check === 'kit') continue;
      if (check === 'text' || check === 'list') base[name] = TEXT_SAMPLES[name];
      else if (Array.isArray(check)) choices.push([name, check]);
      else {
        const values = (check as { listOf: readonly string[] }).listOf;
        choices.push([name, [...values.map((value) => [value]), [...values]]]);
      }
      if ((check === 'text' || check === 'list') && base[name] === undefined) throw new Error(`no sample for ${code}.${name}`);
    }
    const variants = choices.length === 0 ? [base] : choices.flatMap(([name, values]) => values.map((value) => ({ ...base, [name]: value })));
    // A code with two enumerated parameters would need their combinations: none has yet.
    expect(choices.length, code).to.be.at.most(1);
    for (const params of variants) all.push({ code, params } as RefusalReason);
  }
  return all;
}

/** Every pre-dial notice (DNC-1): both failures, a known and an unknown number, every next step and number type. */
function everyDialNotice(): DialNotice[] {
  const nexts: DialNoticeNext[] = [{ code: 'mark-done', params: {} }];
  for (const numberType of NUMBER_TYPES) {
    const switched = { numberType, number: '+493012345679' };
    nexts.push(
      { code: 'switched', params: switched },
      { code: 'switched-opens-later', params: { ...switched, from: '08:00', till: '20:00', opensAt: '08:00' } },
      { code: 'switched-hours-unreadable', params: switched },
    );
  }
  return (['on-dnc-list', 'service-unavailable'] as const).flatMap((code) =>
    ['+493012345678', null].flatMap((number) => nexts.map((next) => ({ code, params: { number }, next }))),
  );
}

/** 15:00 in Berlin, 08:00 in Chicago, on 2 November 2026; and one in the same zone for a single clock. */
const PAST = Date.UTC(2026, 10, 2, 14, 0);
const BERLIN = 'Europe/Berlin';
const CHICAGO = 'America/Chicago';

/**
 * Every problem the callback check reports (CB-4), each kind of each code, on one clock and on two,
 * for a record number of every type and a new number.
 */
function everyCallbackError(): CallbackErrorParams[] {
  const numbers = [
    ...NUMBER_TYPES.map((type) => ({ kind: 'record' as const, type, e164: '+13125550101' })),
    { kind: 'new' as const, e164: '+493012345678' },
  ];
  const zones: [string, string][] = [
    [BERLIN, CHICAGO],
    [BERLIN, BERLIN],
  ];
  return [
    { code: 'malformed-date', kind: 'empty', typed: '', example: '2026-11-03' },
    { code: 'malformed-date', kind: 'unreadable', typed: '3.11.', example: '2026-11-03' },
    { code: 'malformed-date', kind: 'no-such-month', typed: '2026-13-01', example: '2026-11-03' },
    { code: 'malformed-date', kind: 'no-such-day', typed: '2026-02-30', year: 2026, month: 2, days: 28 },
    { code: 'malformed-time', kind: 'empty', typed: '' },
    { code: 'malformed-time', kind: 'unreadable', typed: '25:00' },
    { code: 'malformed-time', kind: 'skipped', typed: '02:30', date: '2026-03-29', zone: BERLIN },
    ...zones.flatMap(([agentZone, contactZone]) =>
      (['date', 'time'] as const).map((change): CallbackErrorParams => ({ code: 'in-the-past', change, at: PAST, agentZone, contactZone })),
    ),
    ...numbers.flatMap((number): CallbackErrorParams[] => [
      { code: 'outside-window', kind: 'unreadable', number, from: '8 Uhr', till: '20:00' },
      ...zones.map(([agentZone, contactZone]): CallbackErrorParams => ({
        code: 'outside-window',
        kind: 'outside',
        number,
        from: '08:00',
        till: '20:00',
        at: PAST,
        opensAt: PAST + 3_600_000,
        agentZone,
        contactZone,
      })),
      ...(Object.keys(NUMBER_BLOCK_REASONS) as (keyof typeof NUMBER_BLOCK_REASONS)[]).map(
        (reason): CallbackErrorParams => ({ code: 'number-blocked', number, reason }),
      ),
    ]),
    { code: 'unknown-number' },
    { code: 'invalid-new-number', kind: 'empty', number: '' },
    { code: 'invalid-new-number', kind: 'incomplete', number: '+4930' },
    { code: 'invalid-new-number', kind: 'window-unreadable', from: '8 Uhr', till: null },
    { code: 'invalid-new-number', kind: 'window-unreadable', from: null, till: '20 Uhr' },
    { code: 'invalid-new-number', kind: 'window-unreadable', from: '8 Uhr', till: '20 Uhr' },
    { code: 'invalid-new-number', kind: 'window-empty', from: '09:00' },
    { code: 'personal-not-allowed' },
  ];
}

const CALLBACK_CODES: readonly CallbackErrorCode[] = REFUSAL_PARAM_CHECKS['invalid-callback'].problems.listOf;

/**
 * The kit's own errors that are not refusals, as the real bridge makes them from a back end: an
 * unreadable event with its type and one without, then the event stream ending (connection lost).
 */
function kitErrors(): KitError[] {
  const events = new Subject<unknown>();
  const store = createKitStore();
  const errors: KitError[] = [];
  const keep = () => errors.push(store.state.lastError!);
  bridgeBackendEvents({ events }, store);
  events.next({ type: 'campaign-status-changed', campaignId: 7 });
  keep();
  events.next({ campaignId: 'c' });
  keep();
  events.error(new Error('closed'));
  keep();
  expect(errors.map((error) => error.detail?.code)).to.deep.equal(['malformed-event', 'malformed-event', 'connection-lost']);
  return errors;
}

/** Fails on a German text that reads English: the same as the English, or with English words in it. */
function expectGerman(german: string, english: string, what: string): void {
  expect(german, what).to.not.equal('');
  expect(german, what).to.not.equal(english);
  // Quoted values are the server's identifiers (event types such as "record-offered"), not wording.
  expect(german.replace(/"[^"]*"/g, '""').match(ENGLISH_WORDS)?.[0], `${what}: “${german}”`).to.equal(undefined);
}

describe('Refusal and pre-dial wording in the kit’s languages', () => {
  afterEach(() => setKitLocale('en'));

  it('EMB-4, issue 12 #8: the elements’ English is the domain’s English, for every refusal and pre-dial notice', async () => {
    await setKitLocale('en');
    const refusals = everyRefusal();
    expect(refusals.length).to.be.greaterThan(REFUSAL_CODES.length);
    for (const reason of refusals) {
      // The callback check's English names the exact times (CB-4): that sentence is shown as it is.
      const english = reason.code === 'invalid-callback' ? 'The callback time is in the past.' : undefined;
      expect(refusalText(reason, english), reason.code).to.equal(english ?? refusalMessage(reason));
    }
    for (const notice of everyDialNotice()) expect(dialNoticeText(notice)).to.equal(dialNoticeMessage(notice));
  });

  it('EMB-4, DNC-1, issue 12 #8: every refusal code and every pre-dial notice reads German in German, with no English sentence', async () => {
    const refusals = everyRefusal();
    const dialNotices = everyDialNotice();
    const english = {
      refusals: refusals.map((reason) => refusalText(reason)),
      dialNotices: dialNotices.map(dialNoticeText),
    };
    await setKitLocale('de');
    refusals.forEach((reason, index) => {
      const message = refusalMessage(reason);
      const german = errorText({ code: 'command-rejected', message, refusal: reason, retryable: false });
      expectGerman(german, english.refusals[index], `${reason.code} ${JSON.stringify(reason.params)}`);
    });
    dialNotices.forEach((notice, index) => {
      const german = dialNoticeLabel({ dialNotice: dialNoticeMessage(notice), dialNoticeDetail: notice });
      expectGerman(german ?? '', english.dialNotices[index], JSON.stringify(notice));
    });
    // A refusal the kit does not know stays as the server sent it.
    expect(errorText({ code: 'command-rejected', message: 'Server says no.', retryable: false })).to.equal('Server says no.');
  });

  it('EMB-4, CAM-1, issue 12 #8: the kit’s own notice text and the desk phone’s messages read German in German', async () => {
    const catchUp = { id: 'n', campaignId: 'c', campaignName: 'Frühjahrsaktion', kind: 'started', message: 'x', offersGetRecord: false, closesAt: null, closesAfterMs: 30_000, replaces: [], catchUp: true } as const;
    const phoneTexts = () => Object.values(ctiLabels).map((label) => label('Zeitüberschreitung'));
    const english = { notice: noticeBody(catchUp), phone: phoneTexts() };
    expect(english.notice).to.equal('Campaign Frühjahrsaktion is running and you are assigned to it.');
    await setKitLocale('de');
    expectGerman(noticeBody(catchUp), english.notice, 'catch-up notice');
    // The server's own notice text stays as sent.
    expect(noticeBody({ ...catchUp, catchUp: false, message: 'Campaign X has started.' })).to.equal('Campaign X has started.');
    phoneTexts().forEach((german, index) => expectGerman(german, english.phone[index], `desk phone message ${index}`));
  });
});

describe('Callback problems and the kit’s own errors in the kit’s languages', () => {
  afterEach(() => setKitLocale('en'));

  it('CB-4, EMB-4, issue 12 #8: every callback problem reads German in German, naming its times on both clocks, with no English sentence', async () => {
    const problems = everyCallbackError();
    expect([...new Set(problems.map((problem) => problem.code))].sort()).to.deep.equal([...CALLBACK_CODES].sort());
    const english = problems.map(callbackErrorText);
    await setKitLocale('de');
    problems.forEach((problem, index) => {
      const german = callbackErrorLabel({ message: english[index], params: problem });
      expectGerman(german, english[index], JSON.stringify(problem));
    });
    // The times are named in the kit's locale: both clocks when they differ, one when they do not.
    const [pastOnTwo, , pastOnOne] = problems.filter((problem) => problem.code === 'in-the-past').map(callbackErrorText);
    expect(pastOnTwo).to.equal(
      'Die Rückrufzeit liegt in der Vergangenheit: 2. Nov. 2026, 15:00 MEZ Ihre Zeit (2. Nov. 2026, 08:00 GMT-6 Ortszeit des Kontakts, America/Chicago). Wählen Sie ein späteres Datum.',
    );
    expect(pastOnOne).to.equal('Die Rückrufzeit liegt in der Vergangenheit: 2. Nov. 2026, 15:00 MEZ. Wählen Sie ein späteres Datum.');
  });

  it('CB-4, EMB-4, issue 12 #8: the invalid-callback refusal at Done names each problem with its times in German; in English the check’s sentence', async () => {
    const details = everyCallbackError();
    const refusal: RefusalReason = { code: 'invalid-callback', params: { problems: details.map((detail) => detail.code), details } };
    const error: KitError = { code: 'command-rejected', message: 'The callback time 15:00 on 2 Nov is in the past.', refusal, retryable: false };
    await setKitLocale('de');
    const german = errorText(error);
    expectGerman(german, error.message, 'invalid-callback with details');
    expect(german).to.match(/^Der geplante Rückruf ist ungültig\. /);
    for (const detail of details) expect(german).to.include(callbackErrorText(detail));
    await setKitLocale('en');
    expect(errorText(error)).to.equal(error.message);
  });

  it('EMB-4, issue 12 #8: the lost connection and an unreadable event read German in German; in English as the kit says them', async () => {
    const errors = kitErrors();
    await setKitLocale('de');
    errors.forEach((error) => expectGerman(errorText(error), error.message, error.detail!.code));
    await setKitLocale('en');
    // The wording is loaded now: in English it says what the kit's message says.
    for (const error of errors) expect(errorText(error)).to.equal(error.message);
  });
});

const inCallback = <E extends HTMLElement = HTMLElement>(el: RescheduleCallback, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const focusedId = () => deepActiveElement()?.id;

describe('Refusals in the kit’s language, where the agent meets them', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
    await setKitLocale('en');
  });

  it('DISP-2, EMB-4, issue 12 #8: a refusal from the engine is shown and announced in German, once, by keyboard', async () => {
    const mounted = await mountPanel({ outcomes: { requireDispositionBeforeDone: true, dispositionControl: 'drop-down' } });
    kit = mounted.kit;
    const { el } = mounted;
    await setKitLocale('de');
    await wrapUp(kit);
    const speech = recordSpeech();
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await press(kit, 'Tab', 'Enter'); // Erledigt, without a disposition
    await kit.advance(0);
    const refusal = $(el, '[part="refusal"]')!;
    const german = 'Wählen Sie einen Abschlusscode, bevor Sie den Datensatz als Erledigt markieren.';
    expect(text(refusal)).to.equal(german);
    expect(deepActiveElement()).to.equal(refusal);
    // The live region said it once, in German, and nothing in English.
    expect(speech.said.filter((said) => said === german)).to.have.length(1);
    expect(speech.said.filter((said) => ENGLISH_WORDS.test(said))).to.deep.equal([]);
    // The host page still gets the code and the English fallback with the error.
    expect(kit.services.store.state.lastError).to.deep.include({
      code: 'command-rejected',
      message: 'Choose a disposition before marking the record Done.',
      refusal: { code: 'disposition-required', params: {} },
    });
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal([]);
    expect(outcomesReceived(kit)).to.have.length(0);
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DNC-1, EMB-4, issue 12 #8: the server’s pre-dial notice is shown and announced in German, once, after Call by keyboard', async () => {
    const preview = await mountPreview({
      campaigns: [campaign({ name: 'Frühjahrsaktion', dialingMode: 'preview' })],
      odds: alwaysAnswers,
      timings,
      dncList: ['+13125550100'],
    });
    try {
      await setKitLocale('de');
      const { el, services } = preview;
      services.commands.requestRecord('c');
      await preview.advance(0);
      const speech = recordSpeech();
      inPreview(el, '#call')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await preview.advance(0);
      await preview.advance(0);
      const german =
        '+13125550100 wurde nicht gewählt: Die Nummer steht auf der Sperrliste. Ausgewählt ist jetzt die Mobilnummer des Kontakts: +13125550101.';
      expect(inPreview(el, '[part="message"]')?.textContent?.trim()).to.equal(german);
      expect(speech.said.filter((said) => said.includes(german))).to.have.length(1);
      expect(speech.said.filter((said) => ENGLISH_WORDS.test(said))).to.deep.equal([]);
      // The notice came from the server as text and codes; the text stays English for hosts and logs.
      expect(services.store.state.interaction?.dialNotice).to.match(/^\+13125550100 was not dialled/);
      await expect(el).to.be.accessible();
      speech.stop();
    } finally {
      preview.provider.remove();
    }
  });

  it('CB-4, EMB-4, issue 12 #8: a time in the past is shown and announced in German, naming the times on both clocks, by keyboard', async () => {
    kit = await mountKit(html`<reschedule-callback></reschedule-callback>`, {
      campaigns: [campaign({ name: 'Frühjahrsaktion', dialingMode: 'preview' })],
      odds: alwaysAnswers,
    });
    const el = kit.get<RescheduleCallback>('reschedule-callback');
    await setKitLocale('de');
    await connectPreviewCall(kit);
    const speech = recordSpeech();
    await tabInto(el);
    // 15:00 today in Berlin (the agent): an hour ago; 08:00 in Chicago (the contact).
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('date');
    await typeOver('2026-11-02');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedId()).to.equal('time');
    await typeOver('15:00');
    await kit.advance(0);
    inCallback(el, '#submit')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    await kit.advance(0);

    const time = inCallback<HTMLInputElement>(el, '#time')!;
    expect(focusedId()).to.equal('time');
    expect(time.getAttribute('aria-invalid')).to.equal('true');
    const german =
      'Die Rückrufzeit liegt in der Vergangenheit: 2. Nov. 2026, 15:00 MEZ Ihre Zeit (2. Nov. 2026, 08:00 GMT-6 Ortszeit des Kontakts, America/Chicago). Wählen Sie eine spätere Uhrzeit.';
    expect(text(inCallback(el, '[part="error"]'))).to.equal(german);
    expect(descriptionsOf(el, time)).to.include(german);
    expect(speech.take()).to.deep.equal([german]);
    expect(german.match(ENGLISH_WORDS)?.[0]).to.equal(undefined);
    expect(speech.said.filter((said) => ENGLISH_WORDS.test(said))).to.deep.equal([]);
    expect(time.value).to.equal('15:00');
    await expect(el).to.be.accessible();
    speech.stop();
  });
});
