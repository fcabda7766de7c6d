import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing, type LitElement } from 'lit';
import '../../src/elements/agent-status/define.js';
import '../../src/elements/campaign-list/define.js';
import '../../src/elements/outbound-preview/define.js';
import type { AgentStatus } from '../../src/elements/agent-status/agent-status.js';
import type { FocusPolicy, OutboundPreview } from '../../src/elements/outbound-preview/outbound-preview.js';
import type { BackendCommand } from '../../src/services/ports/backend/contract.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { deepActiveElement, settle, spoken, text } from '../support/dom.js';
import { alwaysAnswers, campaign, dana } from '../support/engine-desk.js';
import { createKitFixture } from '../support/kit-fixture.js';
import { recordSpeech } from '../support/speech.js';

/**
 * One agent, one dialing mode per test, the keyboard only: from the record's delivery to Accept or
 * Call, on the real store and the embedded simulator, time moved by a manual clock. Each step checks
 * what the server received, what the live regions said, and where focus is.
 */

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };
/**
 * Dana without record fields: the preview's Tab order is then the numbers, then Call, whatever
 * controls editable record fields (PRV-2) add.
 */
const plainDana = { ...dana, fields: [] };
const scenarioOf = (over: Parameters<typeof campaign>[0]): SimulatorScenario => ({
  campaigns: [campaign({ contacts: [plainDana], ...over })],
  odds: alwaysAnswers,
  timings,
});

interface DeskOptions {
  /** `<agent-status>` first: the agent makes a channel Ready (DEL-2, DEL-4, DEL-5). */
  readonly status?: boolean;
  /** `<campaign-list>` first: the agent asks for a record (DEL-1, DEL-3). */
  readonly list?: boolean;
  readonly focusPolicy?: FocusPolicy;
}

/** The agent's page: a host button to start from, then the kit elements, all in one provider. */
async function mountDesk(scenario: SimulatorScenario, options: DeskOptions) {
  const clock = new ManualClock();
  const kit = createKitFixture(
    html`<button type="button" id="start">Start of the page</button>
      ${options.status ? html`<agent-status .clock=${clock}></agent-status>` : nothing}
      ${options.list ? html`<campaign-list></campaign-list>` : nothing}
      <outbound-preview .clock=${clock} focus-policy=${options.focusPolicy ?? 'announce'}></outbound-preview>`,
    { scenario, clock },
  );
  document.body.append(kit.provider);
  await kit.provider.updateComplete;
  await Promise.all(['agent-status', 'campaign-list', 'outbound-preview'].map((tag) => customElements.whenDefined(tag)));
  const preview = kit.provider.querySelector('outbound-preview') as OutboundPreview;
  const status = kit.provider.querySelector('agent-status');
  const list = kit.provider.querySelector('campaign-list');
  const elements = [preview, status, list].filter((element): element is NonNullable<typeof element> => element !== null) as LitElement[];
  const render = () => settle(...elements);
  await render();
  /** Moves the simulator's clock and lets every element render (and announce) what happened. */
  const advance = async (ms = 0) => {
    kit.advance(ms);
    await render();
  };
  /** A key, then the renders and announcements it caused. */
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
    await render();
  };
  const start = kit.provider.querySelector<HTMLButtonElement>('#start')!;
  // Where the agent's keyboard starts: the top of the page.
  start.focus();
  return { ...kit, preview, status, list, advance, press, start };
}

const inShadow = (host: Element | null, selector: string) => host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const summary = (el: OutboundPreview) =>
  [...el.shadowRoot!.querySelectorAll('[part="summary"] dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
const channelButton = (el: AgentStatus | null, channel: string, status: 'ready' | 'not-ready') =>
  inShadow(el, `button[data-channel="${channel}"][data-status="${status}"]`);

/** What the server received, without ids or drafts: what a reviewer compares. */
function received(commands: readonly BackendCommand[]): unknown[] {
  return commands.map((command) => {
    switch (command.type) {
      case 'login':
        return `login ${command.agentId}`;
      case 'get-record':
        return `get-record ${command.campaignId}`;
      case 'set-participation':
        return `set-participation ${command.campaignId} ${command.receiving}`;
      case 'set-channel-status':
        return `set-channel-status ${command.channel} ${command.status}`;
      case 'interaction-action':
        return command.action;
      default:
        return command.type;
    }
  });
}

/** Focus is exactly on `expected`, and so never on the page's body. */
function expectFocusOn(expected: Element | null, where: string): void {
  expect(expected, `${where}: the expected element exists`).to.not.equal(null);
  expect(document.activeElement === document.body, `${where}: focus is lost to <body>`).to.equal(false);
  expect(deepActiveElement(), where).to.equal(expected);
}

describe('Keyboard only, per dialing mode: from delivery to Accept or Call', () => {
  let desk: Awaited<ReturnType<typeof mountDesk>> | undefined;
  afterEach(() => {
    desk?.provider.remove();
    desk = undefined;
    fixtureCleanup();
  });

  it('DEL-1, CAM-3, PRV-3, PRV-5, A11Y-2, A11Y-3: Preview by keyboard: Get Record in the list, a number chosen with the arrows, then Call', async () => {
    desk = await mountDesk(scenarioOf({ name: 'Spring appeal', dialingMode: 'preview' }), { list: true });
    const { preview, list } = desk;
    const speech = recordSpeech();

    // Into the grid (one Tab stop), End to the row's action.
    await desk.press('Tab');
    expectFocusOn(list!.shadowRoot!.querySelector('tbody td'), 'the grid takes the Tab stop');
    await desk.press('End');
    const getRecord = inShadow(list, 'button[part="action"]');
    expect(text(getRecord)).to.equal('Get Record');
    expectFocusOn(getRecord, 'End moves to Get Record');
    await desk.press('Enter');
    expect(received(desk.commands())).to.deep.equal(['login agent-7', 'get-record c']);

    await desk.advance(0);
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('Dana Whitfield');
    expect(preview.matches(':state(previewing)')).to.equal(true);
    // Announced, and focus stays where the agent was (focus-policy="announce").
    expectFocusOn(getRecord, 'the arriving preview leaves focus on Get Record');
    await expect(preview).to.be.accessible();

    // Tab leaves the grid for the preview's number group; ArrowDown chooses Mobile.
    await desk.press('Tab');
    const radios = [...preview.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => text(radio.closest('label')))).to.deep.equal([
      'Home +13125550100',
      // The fixture's clock says 03:00 in Chicago.
      'Mobile +13125550101 not callable now: opens in 5 hr (08:00–20:00 contact time)',
    ]);
    expectFocusOn(radios[0], 'Tab reaches the checked number');
    await desk.press('ArrowDown');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true]);
    expectFocusOn(radios[1], 'ArrowDown moves to Mobile');
    await desk.advance(0);

    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '#call'), 'Tab reaches Call');
    await desk.press('Enter');
    await desk.advance(0);
    expect(received(desk.commands())).to.deep.equal([
      'login agent-7',
      'get-record c',
      { type: 'select-number', numberId: 'mobile' },
      { type: 'call', target: { numberId: 'mobile' } },
    ]);
    expect(desk.simulator.currentInteraction?.call).to.include({ number: '+13125550101', status: 'dialing' });
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Dialing +13125550101…');
    // Call left with the preview: focus stays in the element, on its title.
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Call');

    await desk.advance(3000);
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after the contact answered');
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Spring appeal selected',
      'Requesting a record from Spring appeal.',
      'Preview of Dana Whitfield.',
      'Dialing +13125550101…',
      'Connected to Dana Whitfield',
    ]);
    expect(spoken().assertive).to.deep.equal([]);
  });

  it('DEL-2, CAM-4, A11Y-1, A11Y-2, A11Y-3: Push-Preview by keyboard: Ready on Outbound preview, Accept opens the preview, then Call', async () => {
    desk = await mountDesk(
      scenarioOf({
        name: 'Spring appeal',
        dialingMode: 'push-preview',
        policy: { offerTimeoutSeconds: 20 },
        contacts: [{ ...plainDana, caseFields: [{ label: 'Priority', value: 'High' }] }],
      }),
      { status: true },
    );
    const { preview, status } = desk;
    const speech = recordSpeech();

    await desk.press('Tab');
    expectFocusOn(channelButton(status, 'voice', 'ready'), 'Tab reaches Voice: Ready');
    await desk.press('Tab', 2);
    const ready = channelButton(status, 'outbound-preview', 'ready');
    expectFocusOn(ready, 'two Tabs reach Outbound preview: Ready');
    await desk.press('Enter');
    await desk.advance(0);
    expect(ready!.getAttribute('aria-pressed')).to.equal('true');
    // No record until the pacing interval has passed.
    expect(text(inShadow(preview, '.note'))).to.equal('No record at the moment.');

    await desk.advance(1000);
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('New record: Spring appeal');
    expect(summary(preview)).to.deep.equal([
      ['Campaign', 'Spring appeal'],
      ['Dialing mode', 'Push-Preview'],
      ['Contact', 'Dana Whitfield'],
      ['Origin', 'Campaign'],
      ['Priority', 'High'],
    ]);
    expect(text(inShadow(preview, '[part="countdown"]'))).to.equal('00:20 left. Then the record returns to the list.');
    expectFocusOn(ready, 'the offer leaves focus on Ready');
    await expect(preview).to.be.accessible();

    // Past Not Ready and Log out to the offer's Accept.
    await desk.press('Tab');
    expectFocusOn(channelButton(status, 'outbound-preview', 'not-ready'), 'Tab reaches Outbound preview: Not Ready');
    await desk.press('Tab');
    expectFocusOn(inShadow(status, '#logout'), 'Tab reaches Log out');
    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '[part="accept"]'), 'Tab reaches Accept');
    await desk.press('Enter');
    await desk.advance(0);
    expect(preview.matches(':state(previewing)')).to.equal(true);
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('Dana Whitfield');
    // Accept left with the offer: focus is on the preview's title, which is read.
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Accept');
    await expect(preview).to.be.accessible();

    await desk.press('Tab');
    const home = preview.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]');
    expect(home?.checked).to.equal(true);
    expectFocusOn(home, 'Tab from the title reaches the checked number');
    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '#call'), 'Tab reaches Call');
    await desk.press('Space');
    await desk.advance(0);
    const interactionId = desk.simulator.currentInteraction?.id;
    const actions = desk.commands().filter((command) => command.type === 'interaction-action');
    expect(actions.map((command) => command.interactionId)).to.deep.equal([interactionId, interactionId]);
    expect(received(desk.commands())).to.deep.equal([
      'login agent-7',
      'set-channel-status outbound-preview ready',
      { type: 'accept' },
      // The agent kept the number the record came with: no target, the server's selection.
      { type: 'call' },
    ]);
    expect(desk.simulator.currentInteraction?.call).to.include({ number: '+13125550100', status: 'dialing' });
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Call');
    await desk.advance(3000);
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Outbound preview is now Ready.',
      'New record from Spring appeal: Dana Whitfield. 20 seconds to accept. Alt+Shift+A accepts.',
      'Dialing +13125550100…',
      'Connected to Dana Whitfield',
    ]);
    // Only the time-limited offer was urgent (issue 12 #4).
    expect(spoken().assertive).to.deep.equal(['New record from Spring appeal: Dana Whitfield. 20 seconds to accept. Alt+Shift+A accepts.']);
  });

  it('DEL-3, CAM-3, A11Y-2, A11Y-3: Direct Push-Preview by keyboard: Get Record starts the flow, Accept dials at once', async () => {
    desk = await mountDesk(scenarioOf({ name: 'Broadband upgrade', dialingMode: 'direct-push-preview' }), { list: true });
    const { preview, list } = desk;
    const speech = recordSpeech();

    await desk.press('Tab');
    await desk.press('End');
    const toggle = inShadow(list, 'button[part="action"]');
    expectFocusOn(toggle, 'End moves to Get Record');
    expect(text(toggle)).to.equal('Get Record');
    await desk.press('Space');
    await desk.advance(0);
    expect(text(toggle)).to.equal('Stop');
    expectFocusOn(toggle, 'the toggle keeps focus as it becomes Stop');
    expect(text(inShadow(preview, '.note'))).to.equal('No record at the moment.');

    await desk.advance(1000);
    expect(preview.matches(':state(offered)')).to.equal(true);
    expect(summary(preview)).to.deep.equal([
      ['Campaign', 'Broadband upgrade'],
      ['Dialing mode', 'Direct Push-Preview'],
      ['Contact', 'Dana Whitfield'],
      // Accept dials at once: the number it dials is shown first (issue 12 #11).
      ['Number to dial', '+13125550100'],
      ['Origin', 'Campaign'],
    ]);
    expect(text(inShadow(preview, '[part="accept"]'))).to.equal('Accept Alt+Shift+A');
    expectFocusOn(toggle, 'the offer leaves focus on Stop');
    await expect(preview).to.be.accessible();

    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '[part="accept"]'), 'Tab leaves the grid for Accept');
    await desk.press('Enter');
    await desk.advance(0);
    // Accept alone dials: no preview, no Call.
    expect(received(desk.commands())).to.deep.equal(['login agent-7', 'get-record c', { type: 'accept' }]);
    expect(desk.simulator.currentInteraction).to.include({ phase: 'dialing' });
    expect(desk.simulator.currentInteraction?.call).to.include({ number: '+13125550100', status: 'dialing' });
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Dialing +13125550100…');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Accept');

    await desk.advance(3000);
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after the contact answered');
    // Still receiving: the list still offers Stop.
    expect(text(toggle)).to.equal('Stop');
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Broadband upgrade selected',
      'Requesting a record from Broadband upgrade.',
      'Broadband upgrade: records will keep coming until you choose Stop.',
      'New record from Broadband upgrade: Dana Whitfield. 30 seconds to accept. Alt+Shift+A accepts.',
      'Dialing +13125550100…',
      'Connected to Dana Whitfield',
    ]);
    // Only the time-limited offer was urgent (issue 12 #4).
    expect(spoken().assertive).to.deep.equal(['New record from Broadband upgrade: Dana Whitfield. 30 seconds to accept. Alt+Shift+A accepts.']);
  });

  it('DEL-4, AGT-1, A11Y-2, A11Y-3: Progressive by keyboard: Voice Ready, the offer is announced, Accept connects the call', async () => {
    desk = await mountDesk(scenarioOf({ name: 'Renewals', dialingMode: 'progressive' }), { status: true });
    const { preview, status } = desk;
    const speech = recordSpeech();

    await desk.press('Tab');
    const ready = channelButton(status, 'voice', 'ready');
    expectFocusOn(ready, 'Tab reaches Voice: Ready');
    await desk.press('Enter');
    await desk.advance(0);
    expect(ready!.getAttribute('aria-pressed')).to.equal('true');
    await desk.advance(1000);
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('New record: Renewals');
    expect(summary(preview)).to.deep.include(['Dialing mode', 'Progressive']);
    expect(summary(preview)).to.deep.include(['Contact', 'Dana Whitfield']);
    expect(text(inShadow(preview, '[part="reject"]'))).to.equal('Reject Alt+Shift+R');
    expect(text(inShadow(preview, '[part="countdown"]'))).to.equal('00:30 left. Then the record returns to the list.');
    expectFocusOn(ready, 'the offer leaves focus on Ready');
    await expect(preview).to.be.accessible();

    // Voice: Not Ready, Outbound preview: Ready and Not Ready, Log out, then Accept.
    await desk.press('Tab', 4);
    expectFocusOn(inShadow(status, '#logout'), 'four Tabs reach Log out');
    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '[part="accept"]'), 'Tab reaches Accept');
    await desk.press('Enter');
    await desk.advance(0);
    expect(received(desk.commands())).to.deep.equal(['login agent-7', 'set-channel-status voice ready', { type: 'accept' }]);
    expect(desk.simulator.currentInteraction).to.include({ phase: 'in-call' });
    expect(desk.simulator.currentInteraction?.call).to.include({ status: 'connected' });
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Accept');
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Voice is now Ready.',
      'New record from Renewals: Dana Whitfield. 30 seconds to accept. Alt+Shift+A accepts.',
      'Connected to Dana Whitfield',
    ]);
    // Only the time-limited offer was urgent (issue 12 #4).
    expect(spoken().assertive).to.deep.equal(['New record from Renewals: Dana Whitfield. 30 seconds to accept. Alt+Shift+A accepts.']);
  });

  it('DEL-4, A11Y-2, A11Y-3: Predictive by keyboard: the time limit is announced at 10 seconds, Space on Accept connects the call', async () => {
    desk = await mountDesk(scenarioOf({ name: 'Win-back', dialingMode: 'predictive', policy: { offerTimeoutSeconds: 15 } }), {
      status: true,
    });
    const { preview, status } = desk;
    const speech = recordSpeech();

    await desk.press('Tab');
    const ready = channelButton(status, 'voice', 'ready');
    await desk.press('Space');
    await desk.advance(0);
    expect(ready!.getAttribute('aria-pressed')).to.equal('true');
    await desk.advance(1000);
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('New record: Win-back');
    expect(summary(preview)).to.deep.include(['Dialing mode', 'Predictive']);
    expect(text(inShadow(preview, '[part="countdown"]'))).to.equal('00:15 left. Then the record returns to the list.');
    expectFocusOn(ready, 'the offer leaves focus on Ready');
    await expect(preview).to.be.accessible();

    await desk.press('Tab', 5);
    const accept = inShadow(preview, '[part="accept"]');
    expectFocusOn(accept, 'five Tabs reach Accept');
    // The agent hesitates; time moves one second at a time, as the element sees it.
    for (let second = 0; second < 6; second += 1) await desk.advance(1000);
    expect(text(inShadow(preview, '[part="countdown"]'))).to.equal('00:09 left. Then the record returns to the list.');
    expectFocusOn(accept, 'the countdown never moves focus');
    await desk.press('Space');
    await desk.advance(0);
    expect(received(desk.commands())).to.deep.equal(['login agent-7', 'set-channel-status voice ready', { type: 'accept' }]);
    expect(desk.simulator.currentInteraction?.call).to.include({ status: 'connected', number: '+13125550100' });
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Accept');
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Voice is now Ready.',
      'New record from Win-back: Dana Whitfield. 15 seconds to accept. Alt+Shift+A accepts.',
      '10 seconds left to answer.',
      'Connected to Dana Whitfield',
    ]);
    // Only the time-limited offer was urgent (issue 12 #4).
    expect(spoken().assertive).to.deep.equal(['New record from Win-back: Dana Whitfield. 15 seconds to accept. Alt+Shift+A accepts.']);
  });

  it('DEL-5, DEL-4, A11Y-1, A11Y-2, A11Y-3: ASM Predictive by keyboard: the offer takes focus, Accept only, Establishing, then filled on connection', async () => {
    desk = await mountDesk(scenarioOf({ name: 'Win-back', dialingMode: 'predictive', policy: { asm: true } }), {
      status: true,
      focusPolicy: 'take',
    });
    const { preview, status } = desk;
    const speech = recordSpeech();

    await desk.press('Tab');
    expectFocusOn(channelButton(status, 'voice', 'ready'), 'Tab reaches Voice: Ready');
    await desk.press('Enter');
    await desk.advance(0);
    await desk.advance(1000);
    const title = inShadow(preview, '[part="title"]');
    expect(text(title)).to.equal('New record: Win-back');
    // focus-policy="take": the title takes focus and is read; nothing else is announced for it.
    expectFocusOn(title, 'the ASM offer takes focus');
    expect(summary(preview)).to.deep.equal([
      ['Campaign', 'Win-back'],
      ['Dialing mode', 'Predictive'],
      ['Contact', 'Connecting…'],
      ['Origin', 'Campaign'],
    ]);
    expect(inShadow(preview, '[part="reject"]')).to.equal(null);
    await expect(preview).to.be.accessible();

    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '[part="accept"]'), 'Tab from the title reaches Accept');
    // Accept is the only action: the next Tab leaves for More time, not Reject.
    await desk.press('Tab');
    expectFocusOn(inShadow(preview, '#more-time'), 'Tab reaches More time');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectFocusOn(inShadow(preview, '[part="accept"]'), 'Shift+Tab is back on Accept');
    await desk.press('Enter');
    await desk.advance(0);
    expect(received(desk.commands())).to.deep.equal(['login agent-7', 'set-channel-status voice ready', { type: 'accept' }]);
    expect(desk.simulator.currentInteraction?.call).to.include({ status: 'establishing' });
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Establishing: the contact is being connected…');
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('Connecting…');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after Accept');

    await desk.advance(2000);
    expect(desk.simulator.currentInteraction?.record).to.include({ filled: true, contactName: 'Dana Whitfield' });
    expect(text(inShadow(preview, '[part="title"]'))).to.equal('Dana Whitfield');
    expect(text(inShadow(preview, '[part="status"]'))).to.equal('Connected to Dana Whitfield');
    expectFocusOn(inShadow(preview, '[part="title"]'), 'after the record filled in');
    speech.stop();
    expect(speech.said).to.deep.equal([
      'Voice is now Ready.',
      '30 seconds to accept. Alt+Shift+A accepts.',
      'Establishing: the contact is being connected…',
      'Connected to Dana Whitfield',
    ]);
    // Focus took the title; the time limit and the shortcut, which it does not say, were urgent (issue 12 #4).
    expect(spoken().assertive).to.deep.equal(['30 seconds to accept. Alt+Shift+A accepts.']);
  });
});
