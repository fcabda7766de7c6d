import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { getKitLocale } from '../../localization/localization.js';
import type { Clock } from '../../services/ports/clock.js';
import { channelActivity, type AgentState, type Channel, type LogoutState } from '../../services/domain/agent/agent.js';
import type { CallStatus } from '../../services/domain/interaction/call.js';
import { crossedThreshold, remainingMs, secondsLeft, type Countdown } from '../../services/domain/interaction/countdown.js';
import type { KitError } from '../../services/domain/refusals/errors.js';
import { selectAgent, selectInteraction, selectLastError, selectPhone, selectConnection } from '../../services/state/selectors.js';
import type { PhoneRegistration } from '../../services/ports/phone.js';
import type { KitState } from '../../services/state/state.js';
import { KitSelection } from '../base/kit-selection.js';
import { panelStyles } from '../shared/panel-styles.js';
import { errorText } from '../shared/error-text.js';
import { SecondTicker } from '../base/second-ticker.js';
import { themeStyles } from '../shared/theme.js';
import { agentStatusStyles } from './agent-status.styles.js';
import {
  OutboundChannelStatusChangeEvent,
  OutboundLogoutCancelEvent,
  OutboundLoginRequestEvent,
  OutboundLogoutEvent,
  OutboundLogoutRequestEvent,
  type ChosenChannelStatus,
} from '../events/agent-status-events.js';
import { agentStatusLabels as t, channelLabel, channelStatusLabel, connectionBackLabel, connectionLabel, phoneRegistrationLabel } from './labels.js';
import type { BackendConnectionState } from '../../services/ports/backend/contract.js';
import type { Politeness } from '../../a11y/announcer.js';
import { clockTime, spokenSeconds } from '../shared/time-labels.js';
import { CustomStates } from '../base/custom-states.js';

const CHANNELS: readonly Channel[] = ['voice', 'outbound-preview'];
const IM_REASON_ID = 'im-reason';
/** Enough to match the server's answer to the agent's last few requests; older ones are settled. */
const REMEMBERED_COMMANDS = 8;

interface StatusView {
  readonly agent: AgentState | null;
  readonly error: KitError | null;
  /** The agent's phone, when the host gave the provider one. */
  readonly phone: PhoneRegistration | null;
  /** What is wrong with the phone (microphone denied, ring blocked, …), until it is resolved. */
  readonly phoneError: string | null;
  /** Where the back end's connection stands, for a back end that has one (BE-3). */
  readonly connection: BackendConnectionState | null;
  /** The current record's call, which the voice channel carries while it lasts. */
  readonly callStatus: CallStatus | null;
  /** The record on screen: a refusal judged while it was there goes with it. */
  readonly interactionId: string | null;
}

const selectStatusView = (state: KitState): StatusView => ({
  agent: selectAgent(state),
  error: selectLastError(state),
  phone: selectPhone(state)?.registration ?? null,
  phoneError: selectPhone(state)?.error?.message ?? null,
  connection: selectConnection(state),
  callStatus: selectInteraction(state)?.call?.status ?? null,
  interactionId: selectInteraction(state)?.id ?? null,
});
const sameView = (a: StatusView, b: StatusView) =>
  a.agent === b.agent &&
  a.error === b.error &&
  a.phone === b.phone &&
  a.phoneError === b.phoneError &&
  a.connection === b.connection &&
  a.callStatus === b.callStatus &&
  a.interactionId === b.interactionId;

/**
 * My Channels: the agent's availability on each channel (Voice and Outbound preview: Ready, Not
 * Ready or After-call work) with the controls to change it, and Log out with negotiated logout.
 *
 * Each channel offers two buttons, **Ready** and **Not Ready**, the current one `aria-pressed`. Not
 * a radio group: arrow keys in a radio group select as they move, and arriving on Ready would ask
 * the dialer for calls at once; these buttons act only on Enter or Space. After-call work is set by
 * the system when a call ends: it is shown, neither button is pressed, and either one leaves it.
 * While instant messaging blocks outbound work, Ready stays focusable (`aria-disabled`) and
 * described by the reason, so keyboard and screen-reader users find out why.
 *
 * During a live call the voice channel shows **On a call** (derived from the call, whatever status
 * the server keeps for after it); the Ready / Not Ready choice stays, described as taking effect when
 * the call ends. After the call the server's after-call work shows.
 *
 * Negotiated logout (AGT-2): Log out asks; while a call may still be on its way the server makes the
 * agent wait, and the time left shows next to Log out ("Waiting for the server to authorize logout:
 * 00:07"), also after the agent dismisses the message; it is announced when it starts, at 10 and 5
 * seconds, and when logout is authorized, never every second. Once authorized, Log out again logs
 * out. **Cancel logout** withdraws the request while it waits or after authorization.
 *
 * Status changes are announced once, in one sentence: as a confirmation when the agent made them
 * here, as news when the server did (after a call, after a missed offer, at IM login). A change the
 * agent asked for elsewhere in the kit (Ready in the wrap-up panel) is confirmed there, not again here.
 *
 * A refusal of the agent's own request here is shown with Dismiss until the next request, or until
 * its cause goes: the agent's state, the record on screen or its call changes.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag agent-status
 * @fires {OutboundChannelStatusChangeEvent} outbound-channel-status-change - The agent chose Ready or Not Ready; `detail` { channel, status }. Cancel it to keep the request from being sent.
 * @fires {OutboundLogoutRequestEvent} outbound-logout-request - The agent chose Log out; `detail` { step }: `request` asks for logout, `complete` logs out once authorized. Cancel it to keep the command from being sent.
 * @fires {OutboundLoginRequestEvent} outbound-login-request - The agent chose Log in after logging out; cancel it to keep the login from being sent.
 * @fires {OutboundLogoutCancelEvent} outbound-logout-cancel - The agent chose Cancel logout; cancel it to keep the request from being sent.
 * @fires {OutboundLogoutEvent} outbound-logout - The server confirmed the logout the agent completed here; the host can close the desk. Not cancelable.
 * @csspart base - The frame around the element.
 * @csspart channel - A channel's group (its name, status and buttons).
 * @csspart status - A channel's current status text.
 * @csspart logout - The Log out button.
 * @csspart countdown - The time left until logout is authorized.
 * @csspart cancel-logout - The Cancel logout button, while logout is awaited or authorized.
 * @csspart login - The Log in button, once the agent has logged out.
 * @csspart message - A message: instant messaging blocks outbound work, logout pending or authorized, a refusal.
 * @csspart phone-error - What is wrong with the phone (microphone denied, ring blocked by the browser, …), shown until resolved; the provider announces it.
 * @csspart connection - Where the campaign server's connection stands while it is not live (reconnecting, offline and when it tries again); its loss and return are announced.
 * @csspart phone - Where the agent's phone stands (ready, reconnecting, …), when the provider has a phone; changes after the first are announced.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text colour.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons, and the chosen status.
 * @cssprop --outbound-color-on-accent - Text on the chosen status.
 * @cssprop --outbound-color-selected - Background of notes.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Blocking messages and refusals.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate loading - The server has not told the agent's status yet.
 * @cssstate im-blocked - Instant messaging blocks outbound work.
 * @cssstate logout-pending - Logout waits for authorization.
 * @cssstate logout-authorized - The agent may log out.
 * @cssstate logged-out - The agent logged out.
 * @cssstate on-call - The voice channel carries a live call.
 */
export class AgentStatus extends LitElement {
  static override styles = [themeStyles, panelStyles, agentStatusStyles];

  /** Accessible name and visible title; defaults to "My Channels" in the current language. */
  @property() label = '';

  /** Shows a check box for the instant-messaging login: for demos and testing, not for agents. */
  @property({ type: Boolean, attribute: 'show-im-toggle' }) showImToggle = false;

  /**
   * The clock the server's deadlines are read against: by default the provider's (`clock` on
   * `<outbound-provider>`), else the page's. Set it only to read this element on another clock.
   */
  @property({ attribute: false }) clock: Clock | null = null;

  /** The clock in use: this element's, the provider's, or the page's. */
  private get time(): Clock {
    return this.clock ?? this.view.clock;
  }

  @state() private pendingMessageDismissed = false;

  private readonly view = new KitSelection(this, selectStatusView, sameView);
  private readonly states = new CustomStates(this);
  /** The connection last seen, whether it was ever up, and whether its loss has been told. */
  private previousConnection: BackendConnectionState | null = null;
  private connectedOnce = false;
  private connectionLost = false;
  /** What the agent asked for, until the server's state shows it: then it is confirmed, not news. */
  private readonly requested = new Map<Channel, ChosenChannelStatus>();
  /** The agent's recent commands, so the element shows refusals of its own requests only. */
  private readonly ownCommands = new Map<string, Channel | 'logout'>();
  private ownRefusal: KitError | null = null;
  /** The refusal shown and what it was judged on (the agent, the record, its call): when any changes, its cause went. */
  private refusalCause: {
    readonly error: KitError;
    readonly agent: AgentState | null;
    readonly interactionId: string | null;
    readonly callStatus: CallStatus | null;
  } | null = null;
  /** A refusal whose cause went: no longer shown, though it is still the store's last error. */
  private goneRefusal: KitError | null = null;
  private previousAgent: AgentState | null = null;
  private previousPhone: PhoneRegistration | null = null;
  /** The pending logout's time left at the last reading, to notice an announcement threshold. */
  private lastRemainingMs: number | null = null;
  private readonly ticker = new SecondTicker(this);
  private focusTarget: HTMLElement | null = null;
  /** Set when the agent completed the logout here, so `outbound-logout` fires for their action only. */
  private completingLogout = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const { agent, error } = this.view.value;
    const messages: string[] = [];
    if (agent !== this.previousAgent) {
      if (this.previousAgent && agent) messages.push(...this.describeChanges(this.previousAgent, agent));
      if (agent?.logout.phase === 'pending' && this.previousAgent?.logout.phase !== 'pending') {
        this.pendingMessageDismissed = false;
      }
      if (agent?.logout.phase === 'logged-out' && this.previousAgent?.logout.phase !== 'logged-out' && this.completingLogout) {
        this.completingLogout = false;
        this.dispatchEvent(new OutboundLogoutEvent());
      }
      this.previousAgent = agent;
    }
    const { phone } = this.view.value;
    // The phone's first state is shown, not announced; later changes (lost, back) are news.
    if (phone !== this.previousPhone) {
      if (phone && this.previousPhone) messages.push(phoneRegistrationLabel(phone));
      this.previousPhone = phone;
    }
    const connectionNews = this.followConnection(this.view.value.connection);
    if (connectionNews) this.view.services?.announcer.announce(connectionNews.message, connectionNews.politeness);
    const threshold = this.followCountdown(agent?.logout);
    if (threshold) messages.push(threshold);
    // One by one: the announcer reads a frame's messages together as sentences, each once, so a
    // message without a full stop ("Phone: ready") does not run into the next.
    messages.forEach((message) => this.view.services?.announcer.announce(message));
    const refused = error?.commandId !== undefined ? this.ownCommands.get(error.commandId) : undefined;
    if (refused && refused !== 'logout') this.requested.delete(refused);
    if (refused === 'logout') this.completingLogout = false;
    this.followRefusal();
    this.states.set('loading', agent === null);
    this.states.set('im-blocked', agent?.imLoggedIn === true);
    this.states.set('logout-pending', agent?.logout.phase === 'pending');
    this.states.set('logout-authorized', agent?.logout.phase === 'authorized');
    this.states.set('logged-out', agent?.logout.phase === 'logged-out');
    this.states.set('on-call', agent !== null && channelActivity(agent, 'voice', this.call()) === 'on-call');
  }

  private renderConnection() {
    const connection = this.view.value.connection;
    const label = connection && connectionLabel(connection, this.connectedOnce);
    return label ? html`<p class="connection" part="connection">${label}</p>` : nothing;
  }

  /**
   * What the agent is told about the server's connection (BE-3): its loss once, assertively, however
   * many attempts follow (a first connection that fails too); a loss that will not be retried; and
   * its return, politely. The first state (connecting, then live) is not news.
   */
  private followConnection(connection: BackendConnectionState | null): { message: string; politeness: Politeness } | null {
    if (connection === this.previousConnection) return null;
    this.previousConnection = connection;
    const status = connection?.status;
    if (status === 'live' || status === 'resyncing') {
      const again = this.connectedOnce;
      this.connectedOnce = true;
      if (!this.connectionLost) return null;
      this.connectionLost = false;
      return { message: connectionBackLabel(again), politeness: 'polite' };
    }
    if (connection?.status !== 'offline') return null;
    const forGood = connection.nextAttemptAt === null;
    // Said once per loss (a first connection that fails is one too), however many attempts follow.
    if (this.connectionLost && !forGood) return null;
    this.connectionLost = true;
    const label = connectionLabel(connection, this.connectedOnce);
    return label ? { message: label, politeness: 'assertive' } : null;
  }

  /** The live call, as the domain reads it. */
  private call(): { readonly status: CallStatus } | null {
    const status = this.view.value.callStatus;
    return status === null ? null : { status };
  }

  protected override updated(): void {
    this.scheduleTick();
    if (this.focusTarget) {
      this.focusTarget.focus();
      this.focusTarget = null;
    }
  }

  protected override render() {
    const { agent } = this.view.value;
    const error = this.ownError();
    return html`
      <section class="base" part="base" aria-labelledby="title">
        <div class="title" id="title">${this.label || t.title()}</div>
        ${agent ? this.renderAgent(agent) : html`<p class="note">${t.loading()}</p>`}
        ${this.view.value.phone ? html`<p class="phone" part="phone">${phoneRegistrationLabel(this.view.value.phone)}</p>` : nothing}
        ${this.view.value.phoneError ? html`<p class="message" part="phone-error">${this.view.value.phoneError}</p>` : nothing}
        ${this.renderConnection()}
        ${error ? this.renderMessage(errorText(error), 'error', this.dismissError) : nothing}
      </section>
    `;
  }

  private renderAgent(agent: AgentState) {
    return html`
      ${agent.imLoggedIn ? html`<p class="message blocking" part="message" id=${IM_REASON_ID}>${t.imBlocks()}</p>` : nothing}
      <div class="channels">${CHANNELS.map((channel) => this.renderChannel(channel, agent))}</div>
      ${this.showImToggle
        ? html`<label class="im-toggle">
            <input type="checkbox" .checked=${live(agent.imLoggedIn)} @change=${this.onImToggle} />
            ${t.imToggle()}
          </label>`
        : nothing}
      ${this.renderLogout(agent.logout)}
    `;
  }

  private renderChannel(channel: Channel, agent: AgentState) {
    const status = agent.channels[channel];
    const activity = channelActivity(agent, channel, this.call());
    const hintId =
      activity === 'on-call' ? `on-call-${channel}` : status === 'after-call-work' ? `after-call-work-${channel}` : null;
    const choice = (value: ChosenChannelStatus, blocked: boolean) => html`
      <button
        type="button"
        class="choice"
        data-channel=${channel}
        data-status=${value}
        aria-pressed=${status === value ? 'true' : 'false'}
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby=${[blocked ? IM_REASON_ID : null, hintId].filter(Boolean).join(' ') || nothing}
        @click=${this.onChoice}
      >
        ${value === 'ready' ? t.ready() : t.notReady()}
      </button>
    `;
    return html`
      <fieldset class="channel" part="channel" data-channel=${channel}>
        <legend>${channelLabel(channel)}</legend>
        <p class="current">
          ${t.statusHeading()} <span class="status" part="status" data-status=${activity}>${channelStatusLabel(activity)}</span>
        </p>
        ${agent.logout.phase === 'logged-out'
          ? nothing
          : html`<div class="choices">${choice('ready', agent.imLoggedIn)} ${choice('not-ready', false)}</div>`}
        ${hintId
          ? html`<p class="hint" id=${hintId}>${activity === 'on-call' ? t.onCallHint() : t.afterCallWorkHint()}</p>`
          : nothing}
      </fieldset>
    `;
  }

  private renderLogout(logout: LogoutState) {
    // Log out acts when there is something to do: ask (none) or log out (authorized).
    const available = logout.phase === 'none' || logout.phase === 'authorized';
    const describedBy = { none: null, pending: 'countdown', authorized: 'authorized', 'logged-out': 'logged-out' }[logout.phase];
    const cancellable = logout.phase === 'pending' || logout.phase === 'authorized';
    return html`
      <div class="logout">
        <button
          type="button"
          part="logout"
          id="logout"
          aria-disabled=${available ? 'false' : 'true'}
          aria-describedby=${describedBy ?? nothing}
          @click=${this.onLogout}
        >
          ${t.logout()}
        </button>
        ${logout.phase === 'pending'
          ? html`<span class="countdown" part="countdown" id="countdown" role="timer">${this.countdownText(logout.countdown)}</span>`
          : nothing}
        ${cancellable
          ? html`<button type="button" part="cancel-logout" id="cancel-logout" @click=${this.onCancelLogout}>
              ${t.cancelLogout()}
            </button>`
          : nothing}
        ${logout.phase === 'authorized'
          ? html`<p class="message confirmation" part="message" id="authorized">${t.logoutAuthorized()}</p>`
          : nothing}
        ${logout.phase === 'logged-out'
          ? html`<p class="message confirmation" part="message" id="logged-out">${t.loggedOut()}</p>
              <button type="button" part="login" id="login" @click=${this.onLogin}>${t.login()}</button>`
          : nothing}
      </div>
      ${logout.phase === 'pending' && !this.pendingMessageDismissed
        ? this.renderMessage(t.logoutPendingMessage(), 'pending', this.dismissPendingMessage)
        : nothing}
    `;
  }

  private renderMessage(text: string, kind: string, dismiss: () => void) {
    return html`
      <div class="message ${kind}" part="message">
        <span>${text}</span>
        <button type="button" @click=${dismiss}>${t.dismiss()}</button>
      </div>
    `;
  }

  private countdownText(countdown: Countdown): string {
    const seconds = secondsLeft(countdown, this.time.now());
    return seconds > 0 ? t.countdown(clockTime(seconds)) : t.countdownDue();
  }

  /** What changed since the last render, in words: confirmations of the agent's requests, news otherwise. */
  private describeChanges(before: AgentState, after: AgentState): string[] {
    const messages: string[] = [];
    // Logging out sets every channel Not Ready: "You are logged out" says it all.
    const loggingOut = after.logout.phase === 'logged-out' && before.logout.phase !== 'logged-out';
    for (const channel of CHANNELS) {
      const status = after.channels[channel];
      if (status === before.channels[channel]) continue;
      const own = this.requested.get(channel) === status;
      this.requested.delete(channel);
      // Asked for elsewhere in the kit (the wrap-up panel's Ready): confirmed there, said once.
      const askedElsewhere = this.view.services?.commands.takeChannelRequest(channel, status) === true;
      if (loggingOut || (askedElsewhere && !own)) continue;
      messages.push((own ? t.confirmed : t.changedByServer)(channelLabel(channel), channelStatusLabel(status)));
    }
    if (after.imLoggedIn !== before.imLoggedIn) messages.push(after.imLoggedIn ? t.imBlocks() : t.imUnblocked());
    if (after.logout.phase !== before.logout.phase) {
      if (after.logout.phase === 'pending') {
        const seconds = secondsLeft(after.logout.countdown, this.time.now());
        messages.push(t.logoutPending(spokenSeconds(seconds, getKitLocale())));
      } else if (after.logout.phase === 'authorized') {
        messages.push(t.logoutAuthorized());
      } else if (after.logout.phase === 'logged-out') {
        messages.push(t.loggedOut());
      } else if (before.logout.phase !== 'logged-out') {
        // Back to none from a request: cancelled. From logged out it is a new login, not a cancellation.
        messages.push(t.logoutCancelled());
      }
    }
    return messages;
  }

  /** The announcement due when the countdown crossed 10 or 5 seconds since the last reading, if any. */
  private followCountdown(logout: LogoutState | undefined): string | null {
    if (logout?.phase !== 'pending') {
      this.lastRemainingMs = null;
      return null;
    }
    const now = this.time.now();
    const before = this.lastRemainingMs;
    const after = remainingMs(logout.countdown, now);
    this.lastRemainingMs = after;
    // At zero the confirmation is what matters; a threshold passed on the way is old news.
    if (before === null || after <= 0 || crossedThreshold(before, after) === null) return null;
    return t.logoutIn(spokenSeconds(secondsLeft(logout.countdown, now), getKitLocale()));
  }

  /** Wakes when the shown second changes, reading the deadline again, so a late timer never drifts. */
  private scheduleTick(): void {
    const logout = this.view.value.agent?.logout;
    this.ticker.follow(logout?.phase === 'pending' ? logout.countdown : null, this.time);
  }

  private onChoice(event: Event): void {
    const button = event.currentTarget as HTMLButtonElement;
    const channel = button.dataset['channel'] as Channel;
    const status = button.dataset['status'] as ChosenChannelStatus;
    const services = this.view.services;
    const current = this.view.value.agent?.channels[channel];
    // Choosing the current status, or what is already asked for, has nothing to send.
    if (!services || current === undefined || current === status || this.requested.get(channel) === status) return;
    // A blocked Ready still goes to the commands: their refusal says why, in the server's words.
    if (!this.dispatchEvent(new OutboundChannelStatusChangeEvent({ channel, status }))) return;
    const outcome = services.commands.setChannelStatus(channel, status);
    if (outcome.sent) {
      this.requested.set(channel, status);
      this.remember(outcome.commandId, channel);
    } else {
      this.ownRefusal = outcome.error;
    }
  }

  /** Log out: asks for logout, or, once the server authorized it, logs out (AGT-2). */
  private onLogout(): void {
    const services = this.view.services;
    const phase = this.view.value.agent?.logout.phase;
    if (!services || (phase !== 'none' && phase !== 'authorized')) return;
    const step = phase === 'none' ? 'request' : 'complete';
    if (!this.dispatchEvent(new OutboundLogoutRequestEvent({ step }))) return;
    const outcome = step === 'request' ? services.commands.requestLogout() : services.commands.completeLogout();
    if (outcome.sent) {
      this.remember(outcome.commandId, 'logout');
      if (step === 'complete') this.completingLogout = true;
    } else {
      this.ownRefusal = outcome.error;
    }
  }

  /** Log in again after logging out: a new session for the same agent (no dead end). */
  private onLogin(): void {
    const services = this.view.services;
    const agentId = this.view.read((state) => state.session.agentId);
    if (!services || !agentId || !this.dispatchEvent(new OutboundLoginRequestEvent())) return;
    const outcome = services.commands.login(agentId);
    if (!outcome.sent) this.ownRefusal = outcome.error;
    // The button goes with the logged-out state: focus waits on Log out, which stays.
    this.logoutButton()?.focus();
  }

  private onCancelLogout(): void {
    const services = this.view.services;
    // A second click before the server answers has nothing more to withdraw.
    const cancelling = this.view.read((state) => Object.values(state.pending).some((command) => command.type === 'cancel-logout'));
    if (!services || cancelling || !this.dispatchEvent(new OutboundLogoutCancelEvent())) return;
    const outcome = services.commands.cancelLogout();
    if (outcome.sent) this.remember(outcome.commandId, 'logout');
    else this.ownRefusal = outcome.error;
    // Cancel logout leaves with the request: focus waits on Log out, which is what remains.
    this.logoutButton()?.focus();
  }

  private onImToggle(event: Event): void {
    this.view.services?.commands.setImLogin((event.target as HTMLInputElement).checked);
  }

  private dismissPendingMessage(): void {
    this.pendingMessageDismissed = true;
    // The dismissed button leaves; Log out is described by the countdown that stays.
    this.focusTarget = this.logoutButton();
  }

  private dismissError(): void {
    this.focusTarget = this.logoutButton();
    this.view.services?.store.dispatch({ type: 'kit/error-dismissed' });
  }

  /**
   * A refusal goes when its cause goes (issue 12 #6), as in the other elements: when the agent's state,
   * the record on screen or its call's status changes ("not while the contact is being connected" once
   * connected, "instant messaging blocks Ready" once the agent left it). Focus on its Dismiss moves to
   * Log out.
   */
  private followRefusal(): void {
    const { agent, interactionId, callStatus } = this.view.value;
    const error = this.ownError();
    if (!error) {
      this.refusalCause = null;
      return;
    }
    if (this.refusalCause?.error !== error) {
      this.refusalCause = { error, agent, interactionId, callStatus };
      return;
    }
    const cause = this.refusalCause;
    if (cause.agent === agent && cause.interactionId === interactionId && cause.callStatus === callStatus) return;
    this.goneRefusal = error;
    this.refusalCause = null;
    if (this.shadowRoot?.activeElement?.closest('.message.error')) this.focusTarget = this.logoutButton();
  }

  /** The last error, if it answers one of this element's requests and its cause is still there: others belong to other elements. */
  private ownError(): KitError | null {
    const { error } = this.view.value;
    if (!error || error === this.goneRefusal) return null;
    const own = error === this.ownRefusal || (error.commandId !== undefined && this.ownCommands.has(error.commandId));
    return own ? error : null;
  }

  private remember(commandId: string, about: Channel | 'logout'): void {
    this.ownCommands.set(commandId, about);
    const oldest = this.ownCommands.keys().next().value;
    if (this.ownCommands.size > REMEMBERED_COMMANDS && oldest !== undefined) this.ownCommands.delete(oldest);
  }

  private logoutButton(): HTMLElement | null {
    return this.shadowRoot?.getElementById('logout') ?? null;
  }
}
