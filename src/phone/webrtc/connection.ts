// The phone's connection to its SIP server: the user agent and its registration, the keep-alive
// ping that finds a half-open socket, and reconnection with back-off, which saves the established
// calls by re-inviting them over the new socket. Everything between "registering" and "ready".
import { Registerer, SessionState, TransportState, UserAgent, type Invitation } from 'sip.js';
import type { PhoneResult } from '../../services/ports/phone.js';
import { reInvite } from './call-slot.js';
import type { Calls } from './calls.js';
import type { Devices } from './devices.js';
import { delay, type EngineContext } from './engine-context.js';
import { webRtcLabels } from './labels.js';
import type { WebRtcCredentials } from './options.js';
import { OK, fail } from './results.js';
import { answersOptions, createUserAgent, register } from './user-agent.js';

export class Connection {
  readonly #context: EngineContext;
  readonly #calls: Calls;
  readonly #devices: Devices;
  readonly #onInvite: (invitation: Invitation) => void;
  #ua: UserAgent | null = null;
  #registerer: Registerer | null = null;
  #domain = '';
  #keepAlive: ReturnType<typeof setInterval> | null = null;
  #reconnecting: Promise<void> | null = null;
  #recoveryTimer: ReturnType<typeof setTimeout> | null = null;

  /** `onInvite` takes the calls the server offers the phone. */
  constructor(context: EngineContext, calls: Calls, devices: Devices, onInvite: (invitation: Invitation) => void) {
    this.#context = context;
    this.#calls = calls;
    this.#devices = devices;
    this.#onInvite = onInvite;
  }

  /** The user agent, while the phone has one (from start() until it fails or is closed). */
  get userAgent(): UserAgent | null {
    return this.#ua;
  }

  /** The SIP domain of the agent's address: where a bare number or user name is called. */
  get domain(): string {
    return this.#domain;
  }

  /** Registered and not reconnecting: calls can be made. */
  get ready(): boolean {
    return this.#ua !== null && this.#context.state.registration === 'ready';
  }

  /** Registers, opening the microphone meanwhile; resolves with the first problem, the microphone's included. */
  async start(): Promise<PhoneResult> {
    const registration = this.#context.state.registration;
    if (registration === 'ready' || registration === 'reconnecting') return OK;
    this.#context.patch({ registration: 'registering', error: null });
    const uri = UserAgent.makeURI(this.#context.options.aor);
    if (!uri) return this.#failStart(fail('registration-refused', webRtcLabels.registrationRefused(0)));
    this.#domain = uri.host;
    let credentials: WebRtcCredentials | undefined;
    try {
      const given = this.#context.options.credentials;
      credentials = typeof given === 'function' ? await given() : given;
    } catch {
      return this.#failStart(fail('registration-refused', webRtcLabels.registrationRefused(0)));
    }
    if (!this.#ua) {
      this.#ua = createUserAgent(this.#context, uri, credentials, {
        localMedia: () => this.#devices.streamForCall(),
        onInvite: this.#onInvite,
        onConnectionLost: () => void this.#connectionLost(),
      });
    }
    // The microphone opens while the phone registers: the first getUserMedia costs 80–140 ms, which
    // must not land between Accept and the call.
    const microphone = this.#devices.openMicrophone();
    try {
      await this.#ua.start();
    } catch {
      return this.#failStart(fail('server-unreachable', webRtcLabels.serverUnreachable()));
    }
    const registered = await this.#register();
    if (!registered.ok) {
      await this.#ua.stop().catch(() => undefined);
      this.#ua = null;
      this.#registerer = null;
      return this.#failStart(registered);
    }
    this.#context.patch({ registration: 'ready', error: null });
    this.#startKeepAlive();
    const mic = await microphone;
    if (!mic.ok) this.#context.error(mic.error);
    return mic;
  }

  #failStart(result: PhoneResult): PhoneResult {
    this.#context.patch({ registration: 'failed', error: result.ok ? null : result.error });
    return result;
  }

  /** Sends REGISTER and resolves with the server's answer. */
  #register(): Promise<PhoneResult> {
    const ua = this.#ua!;
    this.#registerer ??= new Registerer(ua, { expires: this.#context.setting('registerExpiresS') });
    return register(this.#registerer);
  }

  // ---- connection loss, reconnection, half-open sockets -------------------------------------

  #startKeepAlive(): void {
    this.#stopKeepAlive();
    const interval = this.#context.setting('keepAliveIntervalMs');
    if (interval > 0) this.#keepAlive = setInterval(() => void this.#ping(), interval);
  }

  #stopKeepAlive(): void {
    if (this.#keepAlive) clearInterval(this.#keepAlive);
    this.#keepAlive = null;
  }

  /** SIP OPTIONS to the proxy: any answer proves the socket; none in time means it is half-open. */
  async #ping(): Promise<void> {
    const ua = this.#ua;
    if (!ua || this.#reconnecting) return;
    const target = UserAgent.makeURI(`sip:${this.#domain}`);
    if (!target) return;
    const alive = await answersOptions(ua, target, this.#context.setting('keepAliveTimeoutMs'));
    if (!alive && this.#ua === ua) void this.#connectionLost();
  }

  /** The socket dropped (or stopped answering): tell the agent, reconnect with back-off, re-register. */
  #connectionLost(): Promise<void> {
    if (this.#context.disposed || !this.#ua) return Promise.resolve();
    this.#reconnecting ??= this.#reconnect().finally(() => (this.#reconnecting = null));
    return this.#reconnecting;
  }

  async #reconnect(): Promise<void> {
    const ua = this.#ua!;
    this.#stopKeepAlive();
    this.#context.patch({ registration: 'reconnecting', error: { code: 'connection-lost', message: webRtcLabels.connectionLost() } });
    for (const slot of this.#calls.live()) {
      // A call still being set up cannot be saved; an established one keeps its media meanwhile.
      if (slot.session.state !== SessionState.Established) this.#calls.endLocally(slot, { by: 'system', reason: 'connection-lost' });
    }
    if (this.#calls.live().length > 0) {
      this.#recoveryTimer = setTimeout(() => {
        for (const slot of this.#calls.live()) this.#calls.endLocally(slot, { by: 'system', reason: 'connection-lost' });
      }, this.#context.setting('callRecoveryMs'));
    }
    // A half-open socket still looks connected: drop it so that sip.js opens a new one.
    if (ua.transport.state === TransportState.Connected) void ua.transport.disconnect().catch(() => undefined);
    const { initial, max } = this.#context.setting('reconnectDelayMs');
    let wait = initial;
    for (;;) {
      await delay(wait);
      if (this.#context.disposed || this.#ua !== ua) return;
      try {
        await ua.reconnect();
        const registered = await this.#register();
        if (registered.ok) break;
        if (registered.error.code === 'registration-refused') {
          this.#context.patch({ registration: 'failed', error: registered.error });
          return;
        }
      } catch {
        // Still unreachable: try again later.
      }
      wait = Math.min(max, wait * 2);
    }
    this.#context.patch({ registration: 'ready', error: null });
    this.#startKeepAlive();
    await this.#recoverCalls();
  }

  /**
   * A re-INVITE over the new socket: the proxy learns where we are now and the other side updates
   * its route to us. If the dialog is gone, the call ends as lost, cleanly.
   */
  async #recoverCalls(): Promise<void> {
    const slots = this.#calls.live();
    const results = await Promise.all(slots.map((slot) => reInvite(slot, slot.held)));
    if (this.#recoveryTimer) clearTimeout(this.#recoveryTimer);
    this.#recoveryTimer = null;
    slots.forEach((slot, i) => {
      if (!results[i].ok) this.#calls.endLocally(slot, { by: 'system', reason: 'connection-lost' });
    });
  }

  /** The keep-alive and the deadline for recovering calls stop (the engine is disposed). */
  stopTimers(): void {
    this.#stopKeepAlive();
    if (this.#recoveryTimer) clearTimeout(this.#recoveryTimer);
  }

  /** Unregisters (for half a second at most, if the socket is up) and stops the user agent, in the background. */
  close(): void {
    const ua = this.#ua;
    const registerer = this.#registerer;
    this.#ua = null;
    this.#registerer = null;
    void (async () => {
      if (registerer && ua?.isConnected()) await Promise.race([registerer.unregister().catch(() => undefined), delay(500)]);
      await ua?.stop().catch(() => undefined);
    })();
  }
}
