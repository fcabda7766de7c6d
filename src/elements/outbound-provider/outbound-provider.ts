import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Subscription } from 'rxjs';
import { Announcer } from '../../a11y/announcer.js';
import type { PhoneService } from '../../services/ports/phone.js';
import { bridgeBackendEvents } from '../../services/session/backend-bridge.js';
import type { BackendAdapter } from '../../services/ports/backend/contract.js';
import { systemClock, type Clock } from '../../services/ports/clock.js';
import { KitCommands } from '../../services/session/commands.js';
import { markDoneOnEndCall } from '../../services/session/effects/auto-mark-done.js';
import { linkPhone } from '../../services/session/effects/phone-link.js';
import { expireNoticesOnTime } from '../../services/session/effects/notice-expiry.js';
import type { KitOutbox } from '../../services/session/outbox/kit-outbox.js';
import { createKitStore } from '../../services/state/kit-store.js';
import type { KitServices } from '../../services/session/kit-services.js';
import { selectLastError } from '../../services/state/selectors.js';
import { isKitLocale, setKitLocale } from '../../localization/localization.js';
import { watchForLazyElements } from '../base/element-loader.js';
import { kitContext } from '../base/kit-context.js';
import { errorText } from '../shared/error-text.js';
import { OutboundErrorEvent } from '../events/outbound-provider-events.js';

/**
 * The root of an outbound-kit: it owns one store, one announcer and the connection to a back end,
 * and provides them to every kit element inside it. Several providers on one page are independent.
 *
 * Give it a back end either as the `backend` property (any `BackendAdapter`) or, for demos and
 * development, with the `simulator` attribute, which loads the embedded simulator on demand.
 *
 * @tag outbound-provider
 * @slot - The kit elements and any host content.
 * @fires {OutboundErrorEvent} outbound-error - An `OutboundErrorEvent` whose `detail` ({ code, message, field?, retryable,
 * refusal? }) describes bad server input or a refused command. `message` is plain English (or the server's words);
 * `refusal` ({ code, params }, e.g. `{ code: 'list-exhausted', params: { campaign: 'Win-back Q4' } }`) is the refusal as
 * data when the kit knows it. The agent has been told, in the kit's language.
 */
export class OutboundProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The agent to log in as; login happens when both this and a back end are present. */
  @property({ attribute: 'agent-id' }) agentId = '';

  /** Use the embedded simulator (loaded on demand) when no `backend` property is set. */
  @property({ type: Boolean }) simulator = false;

  /** Seconds after which a campaign's started notice closes by itself (CAM-2); unset: it waits for OK. */
  @property({ attribute: 'notice-timeout', type: Number }) noticeTimeout: number | null = null;

  /** Page-wide label language: `en` (default) or `de`. */
  @property() locale = '';

  /** The back end the kit talks to. Takes precedence over `simulator`. */
  @property({ attribute: false }) backend: BackendAdapter | undefined;

  /**
   * The phone the kit drives (WebRTC or CTI). The provider starts it, links it to the interaction's
   * call, and disposes it when it is replaced or the provider is removed from the page.
   */
  @property({ attribute: false }) phone: PhoneService | null = null;

  /**
   * The agent's IANA time zone, in which callback dates and times are typed and shown (CB-4).
   * Unset: the browser's zone.
   */
  @property({ attribute: 'agent-time-zone' }) agentTimeZone = '';

  /**
   * The clock commands are stamped and checked with (a callback in the past, CB-4): the page's by
   * default. Tests and stories give the simulator's manual clock, so both agree on "now".
   */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** The current `clock`, whichever it is when asked: elements keep this one object. */
  private readonly liveClock: Clock = {
    now: () => this.clock.now(),
    setTimer: (callback, delayMs) => this.clock.setTimer(callback, delayMs),
    clearTimer: (handle) => this.clock.clearTimer(handle),
  };
  private readonly store = createKitStore();
  private readonly announcer = new Announcer();
  private readonly commands = new KitCommands(this.store, () => this.activeBackend, {
    now: () => this.clock.now(),
    agentTimeZone: () => this.resolvedAgentTimeZone(),
    sendOutcome: async (command) => {
      if (!this.outbox) throw new Error('no session');
      await (await this.outbox).send(command);
    },
  });
  /** Loaded with the session, off the first render's path: no outcome exists before a record. */
  private outbox: Promise<KitOutbox> | undefined;
  private readonly provider = new ContextProvider(this, {
    context: kitContext,
    initialValue: this.servicesWith(null),
  });
  private activeBackend: BackendAdapter | undefined;
  private ownedSimulator: BackendAdapter | undefined;
  private connection: Subscription | undefined;
  private storeEffects: Subscription | undefined;
  /** The phone now linked to the store, and the link. */
  private linked: { phone: PhoneService; link: Subscription } | undefined;
  private connectAttempt = 0;

  /** The services this provider gives its elements. */
  get services(): KitServices {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.announcer.attach();
    // Moved within the page (disconnected and connected in one task): the session carries on.
    if (this.storeEffects) return;
    this.storeEffects = this.store.select(selectLastError).subscribe((error) => {
      if (!error) return;
      this.announcer.announce(errorText(error), 'assertive');
      this.dispatchEvent(new OutboundErrorEvent(error));
    });
    this.storeEffects.add(expireNoticesOnTime(this.store, this.liveClock));
    this.storeEffects.add(markDoneOnEndCall(this.store, this.commands));
    this.storeEffects.add(watchForLazyElements(this));
    if (this.hasUpdated) {
      this.linkPhoneService();
      void this.connectBackend();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Ends the session only if the provider is really gone, not when a host moves it in the DOM.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.storeEffects?.unsubscribe();
      this.storeEffects = undefined;
      this.unlinkPhone();
      this.disconnectBackend();
      this.announcer.detach();
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('phone') && this.provider.value.phone !== this.phone) {
      this.provider.setValue(this.servicesWith(this.phone));
    }
    if (changed.has('locale') && isKitLocale(this.locale)) void setKitLocale(this.locale);
    if (changed.has('noticeTimeout')) {
      const seconds = this.noticeTimeout;
      const startedClosesAfterSeconds = seconds !== null && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
      this.store.dispatch({ type: 'notices/settings', settings: { startedClosesAfterSeconds } });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('phone')) this.linkPhoneService();
    if (changed.has('backend') || changed.has('simulator') || changed.has('agentId')) {
      void this.connectBackend();
    }
  }

  private servicesWith(phone: PhoneService | null): KitServices {
    return {
      store: this.store,
      commands: this.commands,
      announcer: this.announcer,
      phone,
      now: () => this.clock.now(),
      clock: this.liveClock,
      agentTimeZone: () => this.resolvedAgentTimeZone(),
    };
  }

  /** Links and starts the current phone; a replaced one is unlinked and disposed. */
  private linkPhoneService(): void {
    if (this.linked?.phone === this.phone) return;
    this.unlinkPhone();
    const phone = this.phone;
    if (!phone || !this.isConnected) return;
    this.linked = { phone, link: linkPhone(this.store, this.commands, phone) };
    // A failure shows in the phone's state, which the link announces.
    void phone.start();
  }

  private unlinkPhone(): void {
    if (!this.linked) return;
    const { phone, link } = this.linked;
    this.linked = undefined;
    link.unsubscribe();
    phone.dispose();
  }

  private resolvedAgentTimeZone(): string {
    return this.agentTimeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private async connectBackend(): Promise<void> {
    const attempt = ++this.connectAttempt;
    this.disconnectBackend();
    let backend = this.backend;
    if (!backend && this.simulator) {
      const { createSimulator } = await import('../../simulator.js');
      // A newer attempt, or a disconnect, happened while the simulator chunk loaded.
      if (attempt !== this.connectAttempt || !this.isConnected) return;
      backend = this.ownedSimulator = createSimulator();
    }
    if (!backend || !this.isConnected) return;
    this.activeBackend = backend;
    this.connection = bridgeBackendEvents(backend, this.store, () => this.clock.now());
    if (this.agentId) {
      const agentId = this.agentId;
      this.outbox = import('../../services/session/outbox/kit-outbox.js').then(({ KitOutbox }) => new KitOutbox(backend, this.store, agentId));
      this.commands.login(agentId);
      void this.commands.loadRules();
    }
  }

  private disconnectBackend(): void {
    this.connection?.unsubscribe();
    this.connection = undefined;
    void this.outbox?.then((outbox) => outbox.dispose());
    this.outbox = undefined;
    this.activeBackend = undefined;
    this.ownedSimulator?.dispose();
    this.ownedSimulator = undefined;
    this.store.dispatch({ type: 'session/reset' });
  }
}
