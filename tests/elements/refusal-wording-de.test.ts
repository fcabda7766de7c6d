import { expect } from '@open-wc/testing';
import { noticeBody } from '../../src/elements/campaign-notices/notice-body.js';
import { dialNoticeLabel, errorText } from '../../src/elements/shared/error-text.js';
import { dialNoticeText, refusalText } from '../../src/elements/shared/refusal-labels.js';
import { setKitLocale } from '../../src/localization/localization.js';
import { ctiLabels } from '../../src/phone/cti/labels.js';
import { dialNoticeMessage, type DialNotice, type DialNoticeNext } from '../../src/services/domain/dial-validation.js';
import { NUMBER_TYPES } from '../../src/services/domain/record.js';
import { refusalMessage } from '../../src/services/domain/refusal-messages.js';
import { REFUSAL_CODES, REFUSAL_PARAM_CHECKS, type RefusalReason } from '../../src/services/domain/refusals.js';
import { deepActiveElement } from '../support/dom.js';
import { type MountedKit } from '../support/mount-kit.js';
import { recordSpeech } from '../support/speech.js';
import { $, draftOf, mountPanel, outcomesReceived, press, text, unmount, wrapUp } from './disposition-panel-support.js';
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

/** Fails on a German text that reads English: the same as the English, or with English words in it. */
function expectGerman(german: string, english: string, what: string): void {
  expect(german, what).to.not.equal('');
  expect(german, what).to.not.equal(english);
  expect(german.match(ENGLISH_WORDS)?.[0], `${what}: “${german}”`).to.equal(undefined);
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
      expectGerman(german, english.refusals[index]!, `${reason.code} ${JSON.stringify(reason.params)}`);
    });
    dialNotices.forEach((notice, index) => {
      const german = dialNoticeLabel({ dialNotice: dialNoticeMessage(notice), dialNoticeDetail: notice });
      expectGerman(german ?? '', english.dialNotices[index]!, JSON.stringify(notice));
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
    phoneTexts().forEach((german, index) => expectGerman(german, english.phone[index]!, `desk phone message ${index}`));
  });
});

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
});
