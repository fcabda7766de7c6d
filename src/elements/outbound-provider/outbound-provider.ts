import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Subscription } from 'rxjs';
import { Announcer } from '../../a11y/announcer.js';
import type { PhoneService } from '../../services/ports/phone.js';
import type { BackendAdapter } from '../../services/ports/backend/contract.js';
import { systemClock, type Clock } from '../../services/ports/clock.js';
import { createSession } from '../../services/session/create-session.js';
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
  private readonly announcer = new Announcer();
  private readonly session = createSession({
    clock: this.liveClock,
    agentTimeZone: () => this.resolvedAgentTimeZone(),
  });
  private readonly store = this.session.services.store;
  private readonly provider = new ContextProvider(this, {
    context: kitContext,
    initialValue: { ...this.session.services, announcer: this.announcer } satisfies KitServices,
  });
  private ownedSimulator: BackendAdapter | undefined;
  private storeEffects: Subscription | undefined;
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
    this.storeEffects.add(watchForLazyElements(this));
    if (this.hasUpdated) {
      this.session.usePhone(this.phone);
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
      this.session.usePhone(null);
      this.disconnectBackend();
      this.announcer.detach();
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && isKitLocale(this.locale)) void setKitLocale(this.locale);
    if (changed.has('noticeTimeout')) {
      const seconds = this.noticeTimeout;
      const startedClosesAfterSeconds = seconds !== null && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
      this.store.dispatch({ type: 'notices/settings', settings: { startedClosesAfterSeconds } });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('phone') && this.isConnected) this.session.usePhone(this.phone);
    if (changed.has('backend') || changed.has('simulator') || changed.has('agentId')) {
      void this.connectBackend();
    }
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
    this.session.connect(backend, this.agentId || null);
  }

  private disconnectBackend(): void {
    this.session.disconnect();
    this.ownedSimulator?.dispose();
    this.ownedSimulator = undefined;
  }
}
