import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setKitLocale } from '../../../src/localization/localization.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { axNode } from '../../support/a11y-tree.js';
import { settle, spoken } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { $, actions, mountPreview, text, timings, type PreviewKit } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

/** Progressive, 10 s to accept, then rejected and the agent set Not Ready (the tester's lost offer). */
const progressive: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Renewals',
      dialingMode: 'progressive',
      policy: { offerTimeoutSeconds: 10, onOfferTimeout: 'reject-and-not-ready', extendSeconds: null },
    }),
  ],
  odds: alwaysAnswers,
  timings,
};

/** Predictive with auto-answer after 9 seconds (DEL-7). */
const autoAnswer: SimulatorScenario = {
  campaigns: [campaign({ name: 'Win-back', dialingMode: 'predictive', policy: { autoAnswerSeconds: 9, allowReject: false } })],
  odds: alwaysAnswers,
  timings,
};

/** Push-Preview with no time limit: nothing is urgent. */
const untimed: SimulatorScenario = {
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: null } })],
  odds: alwaysAnswers,
  timings,
};

async function offer(scenario: SimulatorScenario, configure?: (kit: PreviewKit) => void) {
  const kit = await mountPreview(scenario);
  configure?.(kit);
  await settle(kit.el);
  const speech = recordSpeech();
  kit.services.commands.setChannelStatus(scenario === untimed ? 'outbound-preview' : 'voice', 'ready');
  await kit.advance(1000);
  expect(kit.services.store.state.interaction?.phase).to.equal('offered');
  return { kit, speech };
}

describe('<outbound-preview> time-limited offers', () => {
  let kit: PreviewKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    document.querySelectorAll('[data-test]').forEach((node) => node.remove());
    await setKitLocale('en');
  });

  it('DEL-3, DEL-4, A11Y-2, A11Y-3, issue 12 #4: an offer with a deadline is announced assertively once, with the time left and the Accept shortcut', async () => {
    const started = await offer(progressive);
    kit = started.kit;
    const { el } = kit;
    const arrival = 'New record from Renewals: Dana Whitfield. 10 seconds to accept. Alt+Shift+A accepts.';
    expect(spoken().assertive).to.deep.equal([arrival]);
    expect(started.speech.take()).to.deep.equal([arrival]);
    // The shortcut is shown on the button, and exposed by aria-keyshortcuts; the name is Accept alone.
    expect(text($(el, '[part="accept"] [part="shortcut"]'))).to.equal('Alt+Shift+A');
    const accept = await axNode('button', 'Accept');
    expect(accept?.keyshortcuts).to.equal('Alt+Shift+A');
    expect((await axNode('button', 'Reject'))?.keyshortcuts).to.equal('Alt+Shift+R');
    await expect(el).to.be.accessible();
    // Said once: the seconds that follow bring the 5-second warning, not the arrival again.
    for (let second = 0; second < 6; second += 1) await kit.advance(1000);
    expect(started.speech.take()).to.deep.equal(['5 seconds left to answer.']);
  });

  it('DEL-7, A11Y-2, issue 12 #4: auto-answer: Accept keeps its name while the visible countdown moves; the arrival says when it is answered', async () => {
    const started = await offer(autoAnswer);
    kit = started.kit;
    const { el } = kit;
    expect(started.speech.take()).to.deep.equal([
      'New record from Win-back: Dana Whitfield. Answered automatically in 9 seconds. Alt+Shift+A accepts now.',
    ]);
    expect(text($(el, '[part="accept"]'))).to.equal('Accept (00:09) Alt+Shift+A');
    expect(await axNode('button', 'Accept')).to.not.equal(undefined);
    await kit.advance(1000);
    expect(text($(el, '[part="accept"]'))).to.equal('Accept (00:08) Alt+Shift+A');
    // The name does not change every second (it did: "Accept (00:08)").
    expect(await axNode('button', 'Accept')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('A11Y-3, issue 12 #4: an agent typing in a field is told to leave it first, as the shortcut waits while they type; then it accepts', async () => {
    const started = await offer(progressive, () => {
      const notes = document.createElement('textarea');
      notes.dataset['test'] = '';
      notes.setAttribute('aria-label', 'Notes');
      document.body.append(notes);
      notes.focus();
    });
    kit = started.kit;
    expect(started.speech.take()).to.deep.equal([
      'New record from Renewals: Dana Whitfield. 10 seconds to accept. Leave the text field, then Alt+Shift+A accepts.',
    ]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'accept' }]);
  });

  it('A11Y-3, issue 12 #4: with the shortcut turned off, neither the announcement nor the button mentions one', async () => {
    const started = await offer(progressive, ({ el }) => {
      el.acceptShortcut = 'none';
    });
    kit = started.kit;
    const { el } = kit;
    expect(started.speech.take()).to.deep.equal(['New record from Renewals: Dana Whitfield. 10 seconds to accept.']);
    expect($(el, '[part="accept"] [part="shortcut"]')).to.equal(null);
    expect((await axNode('button', 'Accept'))?.keyshortcuts).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('EMB-4, issue 12 #4: in German, the time left and the shortcut are said in German', async () => {
    kit = await mountPreview(progressive);
    await setKitLocale('de');
    await settle(kit.el);
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    expect(spoken().assertive).to.deep.equal([
      'Neuer Datensatz von Renewals: Dana Whitfield. 10 Sekunden zum Annehmen. Alt+Umschalt+A nimmt an.',
    ]);
    expect(text($(kit.el, '[part="accept"] [part="shortcut"]'))).to.equal('Alt+Umschalt+A');
    expect(await axNode('button', 'Annehmen')).to.not.equal(undefined);
  });

  it('DEL-2, A11Y-2, issue 12 #4: an offer without a time limit is still announced politely, without urgency', async () => {
    const started = await offer(untimed);
    kit = started.kit;
    expect(spoken()).to.deep.equal({ polite: ['New record from Spring appeal: Dana Whitfield.'], assertive: [] });
    expect(started.speech.take()).to.deep.equal(['New record from Spring appeal: Dana Whitfield.']);
  });
});
