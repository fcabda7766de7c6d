import { expect } from '@open-wc/testing';
import { setKitLocale } from '../../src/localization/localization.js';
import { deepActiveElement } from '../support/dom.js';
import { type MountedKit } from '../support/mount-kit.js';
import { recordSpeech } from '../support/speech.js';
import { $, draftOf, mountPanel, outcomesReceived, press, text, unmount, wrapUp } from './disposition-panel-support.js';

/** Words of English sentences that German wording never contains. */
export const ENGLISH_WORDS = /\b(the|is|are|not|this|that|before|after|cannot|can|be|you|your|with|only|choose|call|number|record|and|or|to|of|for|first|was|has)\b/i;

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
});
