import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/campaign-notices/define.js';
import type { CampaignNotices } from '../../../src/elements/campaign-notices/campaign-notices.js';
import type { OutboundNoticeDismissEvent } from '../../../src/elements/events/campaign-notices-events.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import type { BackendAdapter } from '../../../src/services/ports/backend/contract.js';
import type { EmbeddedSimulator } from '../../../src/services/backend/simulator/embedded-simulator.js';
import { map } from 'rxjs';
import { createKitFixture, type KitFixtureOptions } from '../../support/kit-fixture.js';
import { deepActiveElement, settle, spoken } from '../../support/dom.js';
import { collections, renewals, springAppeal, upgrade, winback } from '../../support/scenarios.js';
import type { OutboundNoticeGetRecordEvent } from '../../../src/elements/events/campaign-notices-events.js';

interface MountOptions extends KitFixtureOptions {
  /** The provider's notice-timeout, in seconds, set before the login is answered. */
  readonly noticeTimeout?: number;
  /** How the server words its notices: the simulator's sentences, or another server's text. */
  readonly serverText?: (text: string) => string;
}

/**
 * The real simulator behind a server that words its notices otherwise (`serverText`): the kit shows
 * and says a notice's text as sent, whatever its punctuation (CAM-1).
 */
function wordedBy(simulator: EmbeddedSimulator, serverText: (text: string) => string): BackendAdapter {
  return {
    capabilities: simulator.capabilities,
    events: simulator.events.pipe(
      map((event) => {
        const notice = event as { type?: string; message?: unknown };
        return notice.type === 'campaign-status-changed' && typeof notice.message === 'string'
          ? { ...notice, message: serverText(notice.message) }
          : event;
      }),
    ),
    send: (command) => simulator.send(command),
    dispose: () => simulator.dispose(),
  };
}

async function mountNotices(options: MountOptions) {
  const kit = createKitFixture(html`<campaign-notices></campaign-notices>`, options);
  if (options.noticeTimeout !== undefined) kit.provider.noticeTimeout = options.noticeTimeout;
  if (options.serverText) kit.provider.backend = wordedBy(kit.simulator, options.serverText);
  // Everything said through the provider's announcer, in order: the live region keeps only the last.
  const said: string[] = [];
  const announcer = kit.provider.services.announcer;
  const announce = announcer.announce.bind(announcer);
  announcer.announce = (message, politeness) => {
    said.push(message);
    announce(message, politeness);
  };
  document.body.append(kit.provider);
  const notices = kit.provider.querySelector('campaign-notices') as CampaignNotices;
  await kit.provider.updateComplete;
  await settle(notices);
  return { ...kit, notices, said };
}

const part = (el: CampaignNotices, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
// Assertions compare booleans and strings, not elements: a failing comparison of DOM nodes makes the
// runner serialise them, which can stall the whole page instead of reporting the failure.
const has = (el: CampaignNotices, name: string) => part(el, name) !== null;
const text = (el: CampaignNotices, name: string) => part(el, name)?.textContent?.trim();
const dialog = (el: CampaignNotices) => el.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]');

/** A Preview campaign loaded at login and started a second later: its started notice offers Get Record. */
const previewStartsLater: SimulatorScenario = {
  campaigns: [{ ...springAppeal, status: 'loaded' }],
  schedule: [{ atMs: 1000, campaignId: springAppeal.id, status: 'started' }],
};

/** Nothing running at login; a predictive campaign starts a second later. */
const startsLater: SimulatorScenario = {
  campaigns: [winback],
  schedule: [{ atMs: 1000, campaignId: winback.id, status: 'started' }],
};

describe('<campaign-notices>', () => {
  let kit: Awaited<ReturnType<typeof mountNotices>> | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
    document.querySelectorAll('[data-test-outside]').forEach((node) => node.remove());
    fixtureCleanup();
  });

  it('CAM-1: a campaign that started before login is announced at login as a non-modal notice with OK', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections] } });
    const box = dialog(kit.notices)!;
    expect(box.getAttribute('aria-modal')).to.equal('false');
    expect(text(kit.notices, 'title')).to.equal('Campaign running');
    expect(text(kit.notices, 'campaign')).to.equal('Collections: early stage');
    expect(text(kit.notices, 'message')).to.equal(
      'Campaign Collections: early stage is running and you are assigned to it.',
    );
    expect(text(kit.notices, 'ok')).to.equal('OK');
    expect(has(kit.notices, 'get-record'), 'get-record').to.equal(false);
    expect(has(kit.notices, 'position'), 'position').to.equal(false);
    expect(box.getAttribute('aria-labelledby')).to.equal('title campaign');
    expect(kit.notices.matches(':state(open)')).to.equal(true);
    expect(spoken().polite).to.deep.equal([
      'Campaign running: Collections: early stage. Campaign Collections: early stage is running and you are assigned to it.',
    ]);
    await expect(kit.notices).to.be.accessible();
  });

  it('CAM-1: a notice arriving while another is open queues behind it (1 of 2); OK shows the next', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections, winback], schedule: startsLater.schedule } });
    kit.advance(1000);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign running');
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 2');
    expect(dialog(kit.notices)!.getAttribute('aria-describedby')).to.equal('message position');
    expect(kit.notices.matches(':state(queued)')).to.equal(true);
    // The shown notice is not announced again because another queued behind it.
    expect(kit.said).to.have.length(1);
    await expect(kit.notices).to.be.accessible();

    const first = kit.notices.currentNoticeId;
    const dismissed = oneEvent(kit.notices, 'outbound-notice-dismiss');
    part(kit.notices, 'ok')!.click();
    const event: OutboundNoticeDismissEvent = await dismissed;
    expect(event.detail).to.deep.equal({
      noticeId: first,
      campaignId: 'collections',
      kind: 'started',
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign started');
    // OK was clicked without focus in the dialog, so focus does not move into it.
    expect(deepActiveElement() === document.body, 'focus stays on the page').to.equal(true);
    expect(text(kit.notices, 'campaign')).to.equal('Win-back Q4');
    expect(text(kit.notices, 'message')).to.equal('Campaign Win-back Q4 has started.');
    expect(has(kit.notices, 'position'), 'position').to.equal(false);
    expect(spoken().polite).to.deep.equal(['Campaign started: Win-back Q4. Campaign Win-back Q4 has started.']);
    await expect(kit.notices).to.be.accessible();

    part(kit.notices, 'ok')!.click();
    await settle(kit.notices);
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(false);
    expect(kit.notices.matches(':state(open)')).to.equal(false);
    expect(kit.provider.services.store.state.notices).to.have.length(0);
    await expect(kit.notices).to.be.accessible();
  });

  it('CAM-1, CAM-2, A11Y-2, issue 12 #10: a server text without a full stop is still said as its own sentence, before the time limit', async () => {
    kit = await mountNotices({ scenario: startsLater, noticeTimeout: 30, serverText: (sent) => sent.replace(/\.$/, '') });
    kit.advance(1000);
    await settle(kit.notices);
    // Shown as sent; said as sentences, so the time limit does not run into the server's text.
    expect(text(kit.notices, 'message')).to.equal('Campaign Win-back Q4 has started');
    expect(spoken().polite).to.deep.equal([
      'Campaign started: Win-back Q4. Campaign Win-back Q4 has started. This notice closes in 30 seconds.',
    ]);
    await expect(kit.notices).to.be.accessible();
  });

  it('CAM-1: loaded, stopped and unloaded notices carry their own titles and the server text', async () => {
    kit = await mountNotices({
      scenario: {
        campaigns: [winback],
        schedule: [
          { atMs: 100, campaignId: winback.id, status: 'stopped' },
          { atMs: 200, campaignId: winback.id, status: 'unloaded' },
        ],
      },
    });
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(false);
    kit.advance(100);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign stopped');
    expect(text(kit.notices, 'message')).to.equal('Campaign Win-back Q4 has stopped. No more records will be delivered.');
    await expect(kit.notices).to.be.accessible();
    // The notice on screen stays; the newer one of the same campaign waits behind it (issue 12 #1).
    kit.advance(100);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign stopped');
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 2');
    part(kit.notices, 'ok')!.click();
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign unloaded');
    expect(has(kit.notices, 'position'), 'position').to.equal(false);
  });

  it('CAM-1, CAM-2, issue 12 #1: six notices at login are each shown and announced once, each with its full time limit', async () => {
    const names = ['Alder', 'Birch', 'Cedar', 'Damson', 'Elm', 'Fir'];
    const six = names.map((name) => ({ ...collections, id: name.toLowerCase(), name }));
    kit = await mountNotices({ scenario: { campaigns: six }, noticeTimeout: 30 });
    const shown: string[] = [];
    for (const [index] of names.entries()) {
      shown.push(text(kit.notices, 'campaign') ?? '(none)');
      // Its 30 seconds start now, when it is shown, not at login when it arrived.
      expect(text(kit.notices, 'countdown'), `countdown of notice ${index + 1}`).to.equal('Closes in 00:30');
      expect(text(kit.notices, 'position') ?? '', `position of notice ${index + 1}`).to.equal(
        index < 5 ? `Notice 1 of ${6 - index}` : '',
      );
      await expect(kit.notices).to.be.accessible();
      kit.advance(30_000);
      await settle(kit.notices);
    }
    expect(shown).to.deep.equal(names);
    expect(dialog(kit.notices) === null, 'the last notice closed by itself').to.equal(true);
    expect(kit.said.filter((message) => message.startsWith('Campaign running:'))).to.deep.equal(
      names.map(
        (name, index) =>
          `Campaign running: ${name}. Campaign ${name} is running and you are assigned to it. ` +
          `This notice closes in 30 seconds.${index < 5 ? ` Notice 1 of ${6 - index}.` : ''}`,
      ),
    );
  });

  it('CAM-1, issue 12 #1: a campaign that starts and stops while its notice waits gets one notice that says so', async () => {
    kit = await mountNotices({
      scenario: {
        campaigns: [collections, winback],
        schedule: [
          { atMs: 100, campaignId: winback.id, status: 'started' },
          { atMs: 200, campaignId: winback.id, status: 'stopped' },
        ],
      },
    });
    kit.advance(100);
    await settle(kit.notices);
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 2');
    kit.advance(100);
    await settle(kit.notices);
    // The started notice was never shown: the stopped one takes its place, so the count stays honest.
    expect(text(kit.notices, 'campaign')).to.equal('Collections: early stage');
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 2');
    part(kit.notices, 'ok')!.click();
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign stopped');
    expect(text(kit.notices, 'replaces')).to.equal('This notice replaces one you had not seen yet: Campaign started.');
    expect(has(kit.notices, 'position'), 'position').to.equal(false);
    expect(spoken().polite).to.deep.equal([
      'Campaign stopped: Win-back Q4. Campaign Win-back Q4 has stopped. No more records will be delivered. ' +
        'This notice replaces one you had not seen yet: Campaign started.',
    ]);
    await expect(kit.notices).to.be.accessible();
    part(kit.notices, 'ok')!.click();
    await settle(kit.notices);
    expect(dialog(kit.notices) === null, 'no notice left').to.equal(true);
  });

  it('CAM-1, A11Y-3: keyboard only: Tab reaches the notice; Enter, Space and Escape dismiss; focus follows, then returns', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections, renewals, upgrade] } });
    const before = document.createElement('button');
    before.textContent = 'Before';
    before.dataset.testOutside = '';
    kit.provider.before(before);
    before.focus();
    const kinds: string[] = [];
    kit.notices.addEventListener('outbound-notice-dismiss', (event) => kinds.push(event.detail.campaignId));

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('ok');
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 3');

    await sendKeys({ press: 'Enter' });
    await settle(kit.notices);
    expect(text(kit.notices, 'campaign')).to.equal('Home insurance renewals');
    expect(text(kit.notices, 'position')).to.equal('Notice 1 of 2');
    expect(deepActiveElement()?.getAttribute('part')).to.equal('ok');
    expect(spoken().polite[0]).to.contain('Home insurance renewals').and.contain('Notice 1 of 2.');

    await sendKeys({ press: 'Space' });
    await settle(kit.notices);
    expect(text(kit.notices, 'campaign')).to.equal('Broadband upgrade');
    expect(deepActiveElement()?.getAttribute('part')).to.equal('ok');
    await expect(kit.notices).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await settle(kit.notices);
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(false);
    expect(deepActiveElement() === before, 'focus is back on Before').to.equal(true);
    expect(kinds).to.deep.equal(['collections', 'renewals', 'upgrade']);
    // Dismissing is the agent's own business: nothing goes to the server.
    expect(kit.commands().map((command) => command.type)).to.deep.equal(['login']);
  });

  it('CAM-2: Get Record on a started Preview notice sends get-record and a record is delivered', async () => {
    kit = await mountNotices({ scenario: previewStartsLater });
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(false);
    kit.advance(1000);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign started');
    expect(text(kit.notices, 'get-record')).to.equal('Get Record');
    await expect(kit.notices).to.be.accessible();

    const request = oneEvent<OutboundNoticeGetRecordEvent>(kit.notices, 'outbound-notice-get-record');
    part(kit.notices, 'get-record')!.click();
    const event = await request;
    expect(event.detail).to.deep.equal({ noticeId: event.detail.noticeId, campaignId: 'spring-appeal' });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    const sent = kit.commands().filter((command) => command.type === 'get-record');
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ campaignId: 'spring-appeal' });

    kit.advance(0);
    await settle(kit.notices);
    expect(kit.provider.services.store.state.interaction?.campaignId).to.equal('spring-appeal');
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(false);
    expect(spoken().polite).to.deep.equal(['Requesting a record from Spring appeal.']);
  });

  it('CAM-2, A11Y-3: after Get Record from the keyboard, focus moves to the next notice\'s OK', async () => {
    kit = await mountNotices({ scenario: { campaigns: [springAppeal, collections] } });
    expect(text(kit.notices, 'campaign')).to.equal('Spring appeal');
    part(kit.notices, 'get-record')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(kit.notices);
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(1);
    expect(text(kit.notices, 'campaign')).to.equal('Collections: early stage');
    expect(has(kit.notices, 'get-record'), 'get-record').to.equal(false);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('ok');
    // The request and the next notice are said together, so neither replaces the other.
    expect(spoken().polite[0]).to.match(/^Requesting a record from Spring appeal\. Campaign running: Collections/);
  });

  it('CAM-2, EMB-3: a host can cancel outbound-notice-get-record: nothing is sent and the notice stays', async () => {
    kit = await mountNotices({ scenario: previewStartsLater });
    kit.advance(1000);
    await settle(kit.notices);
    document.addEventListener('outbound-notice-get-record', (event) => event.preventDefault(), { once: true });
    part(kit.notices, 'get-record')!.click();
    await settle(kit.notices);
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(0);
    expect(text(kit.notices, 'title')).to.equal('Campaign started');
  });

  it('CAM-2: with notice-timeout a started notice shows the time left and closes by itself', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections] }, noticeTimeout: 1 });
    let dismissEvents = 0;
    kit.notices.addEventListener('outbound-notice-dismiss', () => (dismissEvents += 1));
    expect(text(kit.notices, 'countdown')).to.equal('Closes in 00:01');
    expect(kit.notices.matches(':state(timed)')).to.equal(true);
    expect(kit.said[0]).to.contain('This notice closes in 1 second.');
    await expect(kit.notices).to.be.accessible();
    kit.advance(1000);
    await settle(kit.notices);
    expect(dialog(kit.notices) === null, 'the notice closed by itself').to.equal(true);
    expect(kit.provider.services.store.state.notices).to.have.length(0);
    expect(dismissEvents).to.equal(0);
  });

  it('A11Y-3, CAM-2: Keep open turns off the time limit (WCAG 2.2.1) and leaves focus on OK', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections] }, noticeTimeout: 1 });
    part(kit.notices, 'keep-open')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(kit.notices);
    expect(has(kit.notices, 'countdown')).to.equal(false);
    expect(has(kit.notices, 'keep-open')).to.equal(false);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('ok');
    expect(kit.said).to.include('The notice stays open until you choose OK.');
    kit.advance(1300);
    await settle(kit.notices);
    expect(has(kit.notices, 'title')).to.equal(true);
    await expect(kit.notices).to.be.accessible();
  });

  it('A11Y-2, issue 12 #10: the countdown moves once a second and is announced at 10 s, not every second, naming its notice', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections] }, noticeTimeout: 10.3 });
    expect(text(kit.notices, 'countdown')).to.equal('Closes in 00:11');
    kit.advance(400);
    await settle(kit.notices);
    expect(text(kit.notices, 'countdown')).to.equal('Closes in 00:10');
    await settle(kit.notices);
    // Said on its own, seconds after the notice, it names which notice will close.
    const atTen = 'The notice of Collections: early stage closes in 10 seconds.';
    expect(spoken().polite).to.deep.equal([atTen]);
    // The notice was announced once, with its time limit; the countdown once, at its threshold.
    expect(kit.said).to.deep.equal([
      'Campaign running: Collections: early stage. Campaign Collections: early stage is running and you are ' +
        'assigned to it. This notice closes in 11 seconds.',
      atTen,
    ]);
    await expect(kit.notices).to.be.accessible();
  });

  it('A11Y-1: a notice that arrives while the agent types elsewhere does not take focus', async () => {
    kit = await mountNotices({ scenario: startsLater });
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Note');
    input.dataset.testOutside = '';
    document.body.prepend(input);
    input.focus();
    await sendKeys({ type: 'abc' });
    kit.advance(1000);
    await settle(kit.notices);
    expect(text(kit.notices, 'title')).to.equal('Campaign started');
    expect(deepActiveElement() === input, 'focus stays in the input').to.equal(true);
    await sendKeys({ type: 'def' });
    expect(input.value).to.equal('abcdef');
    expect(dialog(kit.notices) !== null, 'dialog shown').to.equal(true);
  });

  it('CAM-1: the server text and campaign names are rendered as text, never HTML', async () => {
    const evil = '<img src=x onerror="window.__owned=1"><b>Loaded</b>';
    kit = await mountNotices({
      scenario: {
        campaigns: [],
        schedule: [
          {
            atMs: 100,
            rawEvent: {
              type: 'campaign-status-changed',
              message: evil,
              campaign: { id: 'x', name: '<i>Evil</i>', description: '', status: 'loaded', dialingMode: 'preview', receiving: false },
            },
          },
        ],
      },
    });
    kit.advance(100);
    await settle(kit.notices);
    expect(text(kit.notices, 'message')).to.equal(evil);
    expect(text(kit.notices, 'campaign')).to.equal('<i>Evil</i>');
    expect(kit.notices.shadowRoot!.querySelectorAll('img, b, i')).to.have.length(0);
  });

  it('EMB-2: reads public --outbound-* custom properties and exposes parts', async () => {
    kit = await mountNotices({ scenario: previewStartsLater });
    kit.advance(1000);
    await settle(kit.notices);
    kit.notices.style.setProperty('--outbound-color-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(kit.notices, 'ok')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    for (const name of ['base', 'title', 'campaign', 'message', 'actions', 'ok', 'get-record']) {
      expect(has(kit.notices, name), name).to.equal(true);
    }
  });

  it('leaves no subscription behind after many mount and unmount cycles', async () => {
    kit = await mountNotices({ scenario: { campaigns: [collections] }, noticeTimeout: 30 });
    const store = kit.provider.services.store;
    const baseline = store.openSelectionCount;
    for (let i = 0; i < 50; i += 1) {
      kit.notices.remove();
      kit.provider.append(kit.notices);
    }
    await settle(kit.notices);
    expect(store.openSelectionCount).to.equal(baseline);
    // Remounting does not announce the same notice again.
    expect(kit.said).to.have.length(1);
  });
});
