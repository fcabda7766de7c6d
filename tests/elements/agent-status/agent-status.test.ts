import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/agent-status/define.js';
import type { AgentStatus } from '../../../src/elements/agent-status/agent-status.js';
import type { Channel } from '../../../src/services/domain/agent/agent.js';
import { ManualClock } from '../../../src/services/ports/clock.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { createKitFixture } from '../../support/kit-fixture.js';
import { $, $$, deepActiveElement, settle, spoken, text } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { MemoryPhone } from '../../phone/memory-phone.js';

/** One Preview campaign whose contacts answer, and an 8-second negotiated logout. */
const shift: SimulatorScenario = {
  campaigns: [campaign({ id: 'appeal', name: 'Spring appeal', dialingMode: 'preview' })],
  odds: alwaysAnswers,
  timings: { ringMs: 3000, logoutNegotiationMs: 8000 },
};

/** Push-Preview whose offers, unanswered for 20 s, are rejected and the channel set Not Ready (DEL-2). */
const strictPushPreview: SimulatorScenario = {
  campaigns: [
    campaign({
      id: 'renewals',
      dialingMode: 'push-preview',
      policy: { offerTimeoutSeconds: 20, onOfferTimeout: 'reject-and-not-ready' },
    }),
  ],
  timings: { pacingMs: 1000 },
};

async function mountStatus(options: { showImToggle?: boolean; scenario?: SimulatorScenario } = {}) {
  const clock = new ManualClock();
  const kit = createKitFixture(
    html`<agent-status .clock=${clock} ?show-im-toggle=${options.showImToggle ?? false}></agent-status>`,
    { scenario: options.scenario ?? shift, clock },
  );
  document.body.append(kit.provider);
  const el = kit.provider.querySelector('agent-status') as AgentStatus;
  await kit.provider.updateComplete;
  await settle(el);
  const services = kit.provider.services;
  /** Sends a command through the kit services (as another element or the host would), answered at once. */
  const viaServices = async (send: () => unknown) => {
    await send();
    kit.advance(0);
    await settle(el);
  };
  return { ...kit, el, clock, services, viaServices };
}

const choice = (el: AgentStatus, channel: Channel, status: 'ready' | 'not-ready') =>
  $(el, `button[data-channel="${channel}"][data-status="${status}"]`)!;
const statusText = (el: AgentStatus, channel: Channel) =>
  $(el, `[part="channel"][data-channel="${channel}"] [part="status"]`)?.textContent?.trim();
const messages = (el: AgentStatus) => $$(el, '[part="message"]').map((node) => text(node.querySelector('span') ?? node));

/** Tabs from a button placed before the element into it, as a keyboard user would. */
async function tabInto(el: AgentStatus) {
  const before = document.createElement('button');
  before.textContent = 'Before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

/** Everything the live regions say from now on, each message once, in order. */
function recordSpeech() {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const region of new Set(records.map((record) => record.target as Element))) {
      const message = region.textContent ?? '';
      if (message) said.push(message);
    }
  });
  document.querySelectorAll('[data-outbound-live]').forEach((region) => observer.observe(region, { childList: true }));
  return { said, stop: () => observer.disconnect() };
}

describe('<agent-status>', () => {
  let kit: Awaited<ReturnType<typeof mountStatus>> | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
    fixtureCleanup();
  });

  it('AGT-1, CAM-4, A11Y-3: each channel changes with the keyboard alone; the server receives it and the status shows', async () => {
    kit = await mountStatus();
    const { el } = kit;
    expect(statusText(el, 'voice')).to.equal('Not Ready');
    expect(statusText(el, 'outbound-preview')).to.equal('Not Ready');
    expect($$(el, 'legend').map(text)).to.deep.equal(['Voice', 'Outbound preview']);
    expect($(el, 'input[type="checkbox"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await tabInto(el);
    expect(deepActiveElement()).to.equal(choice(el, 'voice', 'ready'));
    const change = oneEvent(el, 'outbound-channel-status-change');
    await sendKeys({ press: 'Enter' });
    const event = await change;
    expect(event.detail).to.deep.equal({ channel: 'voice', status: 'ready' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    kit.advance(0);
    await settle(el);
    expect(statusText(el, 'voice')).to.equal('Ready');
    expect(choice(el, 'voice', 'ready').getAttribute('aria-pressed')).to.equal('true');
    expect(choice(el, 'voice', 'not-ready').getAttribute('aria-pressed')).to.equal('false');
    expect(spoken().polite).to.deep.equal(['Voice is now Ready.']);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(choice(el, 'outbound-preview', 'ready'));
    await sendKeys({ press: 'Space' });
    kit.advance(0);
    await settle(el);
    expect(statusText(el, 'outbound-preview')).to.equal('Ready');
    expect(spoken().polite).to.deep.equal(['Outbound preview is now Ready.']);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    // Choosing the status already shown sends nothing.
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(el);
    expect(statusText(el, 'outbound-preview')).to.equal('Not Ready');
    expect(statusText(el, 'voice')).to.equal('Ready');
    expect(
      kit.commands().flatMap((command) => (command.type === 'set-channel-status' ? [[command.channel, command.status]] : [])),
    ).to.deep.equal([
      ['voice', 'ready'],
      ['outbound-preview', 'ready'],
      ['outbound-preview', 'not-ready'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('CAM-4: while logged in to IM, the reason shows, Ready stays focusable but aria-disabled, and is refused with the message', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    await kit.viaServices(() => services.commands.setImLogin(true));

    const reason = $(el, '#im-reason');
    expect(text(reason)).to.equal(
      'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging to make a channel Ready.',
    );
    expect(reason?.getAttribute('part')).to.equal('message');
    expect(statusText(el, 'voice')).to.equal('Not Ready');
    expect(spoken().polite).to.deep.equal([`Your Voice status was changed to Not Ready. ${text(reason)}`]);
    for (const channel of ['voice', 'outbound-preview'] as const) {
      expect(choice(el, channel, 'ready').getAttribute('aria-disabled')).to.equal('true');
      expect(choice(el, channel, 'ready').getAttribute('aria-describedby')).to.equal('im-reason');
      expect(choice(el, channel, 'not-ready').getAttribute('aria-disabled')).to.equal('false');
    }
    await expect(el).to.be.accessible();

    await tabInto(el);
    expect(deepActiveElement()).to.equal(choice(el, 'voice', 'ready'));
    const sent = kit.commands().length;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Refused by the kit with the server's rule and words; nothing reached the server.
    expect(kit.commands()).to.have.length(sent);
    const refusal =
      'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging to make the voice channel Ready.';
    expect(spoken().assertive).to.deep.equal([refusal]);
    expect(messages(el)).to.include(refusal);
    expect(statusText(el, 'voice')).to.equal('Not Ready');
    await expect(el).to.be.accessible();
  });

  it('CAM-4: with show-im-toggle, the agent logs out of IM with the keyboard and Ready is available again', async () => {
    kit = await mountStatus({ showImToggle: true });
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.setImLogin(true));
    const checkbox = $(el, 'input[type="checkbox"]') as HTMLInputElement;
    expect(checkbox.checked).to.equal(true);
    expect(text(checkbox.closest('label'))).to.equal('Logged in to instant messaging');
    checkbox.focus();
    await sendKeys({ press: 'Space' });
    expect(kit.commands().at(-1)).to.include({ type: 'set-im-login', loggedIn: false });
    kit.advance(0);
    await settle(el);
    expect(checkbox.checked).to.equal(false);
    expect($(el, '#im-reason')).to.equal(null);
    expect(choice(el, 'voice', 'ready').getAttribute('aria-disabled')).to.equal('false');
    expect(spoken().polite).to.deep.equal(['You are logged out of instant messaging. Your channels can be Ready again.']);
    await expect(el).to.be.accessible();
  });

  it('AGT-2, A11Y-2, issue 12 #2: negotiated logout counts down to authorization, saying what it waits for, stays visible after dismissal, and confirms once', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    const speech = recordSpeech();
    const logout = $(el, '[part="logout"]')!;
    logout.focus();
    const request = oneEvent(el, 'outbound-logout-request');
    await sendKeys({ press: 'Enter' });
    expect((await request).cancelable).to.equal(true);
    expect(kit.commands().at(-1)).to.include({ type: 'request-logout' });
    kit.advance(0);
    await settle(el);

    const countdown = () => text($(el, '[part="countdown"]'));
    expect(countdown()).to.equal('Waiting for the server to authorize logout: 00:08');
    expect($(el, '[part="countdown"]')?.getAttribute('role')).to.equal('timer');
    expect(logout.getAttribute('aria-disabled')).to.equal('true');
    expect(logout.getAttribute('aria-describedby')).to.equal('countdown');
    expect(messages(el)[0]).to.match(/^Awaiting logout authorization\./);
    expect(spoken().polite).to.deep.equal(['Awaiting logout authorization. You can log out in 8 seconds.']);
    await expect(el).to.be.accessible();

    // Dismissing the message keeps the countdown, and focus lands on Log out, which it describes.
    await sendKeys({ press: 'Tab' });
    expect(text(deepActiveElement())).to.equal('Cancel logout');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActiveElement())).to.equal('Dismiss');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(messages(el)).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(logout);
    expect(countdown()).to.equal('Waiting for the server to authorize logout: 00:08');

    kit.advance(3000);
    await settle(el);
    expect(countdown()).to.equal('Waiting for the server to authorize logout: 00:05');
    expect(spoken().polite).to.deep.equal(['You can log out in 5 seconds.']);
    kit.advance(1000);
    await settle(el);
    expect(countdown()).to.equal('Waiting for the server to authorize logout: 00:04');
    await expect(el).to.be.accessible();

    kit.advance(4000);
    await settle(el);
    expect($(el, '[part="countdown"]')).to.equal(null);
    expect(messages(el)).to.deep.equal(['Logout authorized. You can log out now.']);
    expect(logout.getAttribute('aria-describedby')).to.equal('authorized');
    // Authorized, Log out is available again: choosing it completes the logout.
    expect(logout.getAttribute('aria-disabled')).to.equal('false');
    kit.advance(10_000);
    await settle(el);
    speech.stop();
    // Announced at the start, at the 5-second threshold and at authorization: never every second.
    expect(speech.said).to.deep.equal([
      'Awaiting logout authorization. You can log out in 8 seconds.',
      'You can log out in 5 seconds.',
      'Logout authorized. You can log out now.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('PH-2, AGT-2, A11Y-2, issue 12 #10: the phone coming back as the logout countdown passes 5 seconds is said as two sentences, in order', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    // Ready: the dialer may have a call on its way, so logout waits (AGT-2).
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    const phone = new MemoryPhone();
    kit.provider.phone = phone;
    kit.advance(0);
    await settle(el);
    phone.far.loseConnection();
    kit.advance(0);
    await settle(el);
    await kit.viaServices(() => services.commands.requestLogout());
    expect(text($(el, '[part="countdown"]'))).to.equal('Waiting for the server to authorize logout: 00:08');
    const speech = recordSpeech();
    // The phone is back just as the countdown crosses 5 seconds: both said in one frame.
    kit.clock.setTimer(() => void phone.start(), 3000);
    kit.advance(3000);
    await settle(el);
    expect(text($(el, '[part="phone"]'))).to.equal('Phone: ready');
    expect(text($(el, '[part="countdown"]'))).to.equal('Waiting for the server to authorize logout: 00:05');
    speech.stop();
    // Each its own sentence, though the phone's has no full stop of its own.
    expect(speech.said).to.deep.equal(['You can log out in 5 seconds. Phone: ready.']);
    await expect(el).to.be.accessible();
  });

  it('AGT-2, issue 12 #2: after authorization, Log out again logs out: the server is told, outbound-logout fires, said once', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    const logout = $(el, '[part="logout"]')!;
    const steps: string[] = [];
    el.addEventListener('outbound-logout-request', (event) => steps.push(event.detail.step));
    logout.focus();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(el);
    // Pressing it while the server has not authorized the logout yet asks nothing more.
    await sendKeys({ press: 'Enter' });
    expect(kit.commands().filter((command) => command.type.endsWith('logout'))).to.have.length(1);
    kit.advance(8000);
    await settle(el);
    expect(messages(el)).to.deep.equal(['Logout authorized. You can log out now.']);
    expect(deepActiveElement()).to.equal(logout);

    const speech = recordSpeech();
    const loggedOut = oneEvent(el, 'outbound-logout');
    await sendKeys({ press: 'Enter' });
    expect(steps).to.deep.equal(['request', 'complete']);
    expect(kit.commands().at(-1)).to.include({ type: 'complete-logout' });
    kit.advance(0);
    const event = await loggedOut;
    expect(event.bubbles && event.composed && !event.cancelable).to.equal(true);
    await settle(el);
    expect(services.store.state.agent?.logout.phase).to.equal('logged-out');
    expect(messages(el)).to.deep.equal(['You are logged out.']);
    // Focus stays where it was, on Log out, now unavailable and described by the confirmation.
    expect(deepActiveElement()).to.equal(logout);
    expect(logout.getAttribute('aria-disabled')).to.equal('true');
    expect(logout.getAttribute('aria-describedby')).to.equal('logged-out');
    expect($$(el, 'button[data-channel]')).to.have.length(0);
    expect(statusText(el, 'voice')).to.equal('Not Ready');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    kit.advance(10_000);
    await settle(el);
    speech.stop();
    expect(kit.commands().at(-1)).to.include({ type: 'complete-logout' });
    expect(speech.said).to.deep.equal(['You are logged out.']);

    // Logged out, nothing delivers records: Get Record is refused at once, saying why, and not sent
    // (issue 12 review: it was sent and answered "records will keep coming").
    const sentBefore = kit.commands().length;
    const refused = services.commands.requestRecord('appeal');
    expect(refused.sent).to.equal(false);
    if (!refused.sent) expect(refused.error.message).to.equal('You are logged out. Log in to work on campaigns again.');
    expect(kit.commands()).to.have.length(sentBefore);
    await settle(el);

    // Logging in again is a new session, not a cancelled logout: nothing is said about logout. The
    // agent does it here, with Log in (no dead end).
    const relogin = recordSpeech();
    const login = $(el, '[part="login"]');
    expect(login?.textContent?.trim()).to.equal('Log in');
    login!.focus();
    await sendKeys({ press: 'Enter' });
    expect(kit.commands().at(-1)).to.include({ type: 'login', agentId: 'agent-7' });
    kit.advance(0);
    await settle(el);
    relogin.stop();
    expect(services.store.state.agent?.logout.phase).to.equal('none');
    expect($(el, '[part="login"]')).to.equal(null);
    expect($$(el, 'button[data-channel]').length).to.be.greaterThan(0);
    expect(relogin.said.filter((message) => /log/i.test(message)), relogin.said.join(' | ')).to.deep.equal([]);
  });

  it('AGT-2, EMB-3, issue 12 #2: while logout waits, Cancel logout withdraws it; the server honours it and no authorization follows', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    const logout = $(el, '[part="logout"]')!;
    logout.focus();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(el);
    const cancel = $(el, '[part="cancel-logout"]')!;
    expect(text(cancel)).to.equal('Cancel logout');
    await expect(el).to.be.accessible();

    // A host can keep the request from being sent.
    el.addEventListener('outbound-logout-cancel', (event) => event.preventDefault(), { once: true });
    cancel.click();
    expect(kit.commands().at(-1)).to.include({ type: 'request-logout' });

    const speech = recordSpeech();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(cancel);
    const cancelling = oneEvent(el, 'outbound-logout-cancel');
    await sendKeys({ press: 'Enter' });
    const event = await cancelling;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(kit.commands().at(-1)).to.include({ type: 'cancel-logout' });
    // A second click before the server answers withdraws nothing more.
    cancel.click();
    expect(kit.commands().filter((command) => command.type === 'cancel-logout')).to.have.length(1);
    kit.advance(0);
    await settle(el);
    expect(services.store.state.agent?.logout).to.deep.equal({ phase: 'none' });
    expect($(el, '[part="countdown"]')).to.equal(null);
    expect($(el, '[part="cancel-logout"]')).to.equal(null);
    expect(messages(el)).to.deep.equal([]);
    // The button that had focus left: focus goes to Log out, available again.
    expect(deepActiveElement()).to.equal(logout);
    expect(logout.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    // The server forgot the request: no authorization arrives when the 8 seconds are up.
    kit.advance(10_000);
    await settle(el);
    speech.stop();
    expect(services.store.state.agent?.logout).to.deep.equal({ phase: 'none' });
    expect(speech.said).to.deep.equal(['Logout cancelled. You stay logged in.']);
  });

  it('AGT-2, DEL-1, DISP-3: logout is refused during a call; after the call the system sets after-call work, which the agent leaves', async () => {
    kit = await mountStatus();
    const { el, services } = kit;
    await kit.viaServices(() => services.commands.requestRecord('appeal'));
    await kit.viaServices(() => services.commands.act({ type: 'call' }));
    kit.advance(3000);
    expect(kit.simulator.currentInteraction?.call?.status).to.equal('connected');

    const logout = $(el, '[part="logout"]')!;
    logout.focus();
    await sendKeys({ press: 'Enter' });
    expect(kit.commands().at(-1)).to.include({ type: 'request-logout' });
    kit.advance(0);
    await settle(el);
    const refusal = 'Finish the current call and mark it Done before logging out.';
    expect(messages(el)).to.deep.equal([refusal]);
    expect(spoken().assertive).to.deep.equal([refusal]);
    expect($(el, '[part="countdown"]')).to.equal(null);
    expect(logout.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(text(deepActiveElement())).to.equal('Dismiss');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(messages(el)).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(logout);

    await kit.viaServices(() => services.commands.act({ type: 'end-call' }));
    expect(statusText(el, 'voice')).to.equal('After-call work');
    expect(spoken().polite).to.deep.equal(['Your Voice status was changed to After-call work.']);
    const hint = $(el, '#after-call-work-voice');
    expect(text(hint)).to.contain('Choose Ready or Not Ready');
    for (const status of ['ready', 'not-ready'] as const) {
      expect(choice(el, 'voice', status).getAttribute('aria-pressed')).to.equal('false');
      expect(choice(el, 'voice', status).getAttribute('aria-describedby')).to.equal('after-call-work-voice');
    }
    await expect(el).to.be.accessible();

    choice(el, 'voice', 'not-ready').focus();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(el);
    expect(statusText(el, 'voice')).to.equal('Not Ready');
    expect(spoken().polite).to.deep.equal(['Voice is now Not Ready.']);
  });

  it('AGT-1, CAM-4, DEL-2: the server setting Not Ready after an unanswered offer is announced once, as its doing', async () => {
    kit = await mountStatus({ scenario: strictPushPreview });
    const { el } = kit;
    choice(el, 'outbound-preview', 'ready').focus();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(el);
    expect(spoken().polite).to.deep.equal(['Outbound preview is now Ready.']);
    const speech = recordSpeech();
    kit.advance(1000);
    expect(kit.simulator.currentInteraction?.phase).to.equal('offered');
    kit.advance(20_000);
    await settle(el);
    kit.advance(5000);
    await settle(el);
    speech.stop();
    expect(statusText(el, 'outbound-preview')).to.equal('Not Ready');
    expect(speech.said).to.deep.equal(['Your Outbound preview status was changed to Not Ready.']);
    await expect(el).to.be.accessible();
  });

  it('EMB-3: a host can cancel the status change and the logout request, and then nothing is sent', async () => {
    kit = await mountStatus();
    const { el } = kit;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('outbound-channel-status-change', cancel);
    document.addEventListener('outbound-logout-request', cancel);
    try {
      choice(el, 'voice', 'ready').click();
      $(el, '[part="logout"]')!.click();
    } finally {
      document.removeEventListener('outbound-channel-status-change', cancel);
      document.removeEventListener('outbound-logout-request', cancel);
    }
    expect(kit.commands().map((command) => command.type)).to.deep.equal(['login']);
  });

  it('shows a loading note until the server has told the status', async () => {
    const clock = new ManualClock();
    const fixture = createKitFixture(html`<agent-status .clock=${clock}></agent-status>`, { scenario: shift, clock, holdLogin: true });
    document.body.append(fixture.provider);
    const el = fixture.provider.querySelector('agent-status') as AgentStatus;
    await settle(el);
    try {
      expect(text($(el, '.note'))).to.equal('Waiting for your status from the server…');
      expect($(el, '[part="logout"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      fixture.provider.remove();
    }
  });

  it('EMB-2: reads public --outbound-* custom properties and exposes parts', async () => {
    kit = await mountStatus();
    const { el } = kit;
    el.style.setProperty('--outbound-color-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(choice(el, 'voice', 'not-ready')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect($$(el, '[part="base"]')).to.have.length(1);
    expect($$(el, '[part="channel"]')).to.have.length(2);
    expect($$(el, '[part="status"]')).to.have.length(2);
    expect($$(el, '[part="logout"]')).to.have.length(1);
  });

  it('releases its store subscription and its countdown timer when removed', async () => {
    kit = await mountStatus();
    const { el, services, clock } = kit;
    await kit.viaServices(() => services.commands.setChannelStatus('voice', 'ready'));
    await kit.viaServices(() => services.commands.requestLogout());
    const selections = services.store.openSelectionCount;
    const timers = clock.pendingTimers;
    for (let i = 0; i < 50; i += 1) {
      el.remove();
      kit.provider.append(el);
      await el.updateComplete;
    }
    el.remove();
    expect(services.store.openSelectionCount).to.equal(selections - 1);
    expect(clock.pendingTimers).to.equal(timers - 1);
  });
});
