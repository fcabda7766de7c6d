// The WebRTC phone's working part: everything that touches sip.js. Loaded by `start()` through
// import(), so sip.js lives in this module's lazy chunk and never in the kit's core.
import {
  Invitation,
  Inviter,
  Registerer,
  SessionState,
  TransportState,
  UserAgent,
  type Session,
  type URI,
} from 'sip.js';
import type { BehaviorSubject } from 'rxjs';
import type {
  PhoneDeviceKind,
  PhoneResult,
  PhoneState,
} from '../../services/ports/phone.js';
import { applyTracks, isLive, reInvite, rejection, type Slot } from './call-slot.js';
import { Calls } from './calls.js';
import { Devices } from './devices.js';
import { targetUri } from './dial-target.js';
import { sendDtmf } from './dtmf.js';
import { webRtcLabels } from './labels.js';
import { AudioOut, Microphone, Ringer, microphoneError } from './media.js';
import { EngineContext, delay } from './engine-context.js';
import type { WebRtcCredentials, WebRtcPhoneOptions } from './options.js';
import { OK, fail, refused } from './results.js';
import { answersOptions, createUserAgent, register } from './user-agent.js';

export class SipEngine {
  readonly #context: EngineContext;
  readonly #ringer: Ringer;
  readonly #calls: Calls;
  readonly #devices: Devices;
  #ua: UserAgent | null = null;
  #registerer: Registerer | null = null;
  #domain = '';
  #keepAlive: ReturnType<typeof setInterval> | null = null;
  #reconnecting: Promise<void> | null = null;
  #recoveryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: WebRtcPhoneOptions, state: BehaviorSubject<PhoneState>) {
    this.#context = new EngineContext(options, state);
    const audio = { microphone: new Microphone(), speaker: new AudioOut(), ringer: new Ringer(options.ringtone) };
    this.#ringer = audio.ringer;
    this.#calls = new Calls(this.#context, audio.speaker, audio.ringer);
    this.#devices = new Devices(this.#context, audio, this.#calls);
  }

  // ---- registration -------------------------------------------------------------------------

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
        onInvite: (invitation) => this.#incoming(invitation),
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

  // ---- calls ---------------------------------------------------------------------------------

  #ready(): PhoneResult | null {
    if (!this.#ua || this.#context.state.registration !== 'ready') return fail('not-possible', webRtcLabels.notStarted());
    return null;
  }

  async dial(target: string): Promise<PhoneResult> {
    const notReady = this.#ready();
    if (notReady) return notReady;
    if (isLive(this.#calls.main)) return fail('not-possible', webRtcLabels.busy());
    return this.#invite(target, 'call');
  }

  async #invite(target: string, role: Slot['role']): Promise<PhoneResult> {
    const uri = targetUri(target, this.#domain);
    if (!uri) return fail('call-failed', webRtcLabels.callFailed());
    const inviter = new Inviter(this.#ua!, uri, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    const slot = this.#calls.open(inviter, role, 'outgoing', target);
    try {
      await inviter.invite({
        requestDelegate: {
          onReject: (response) => {
            slot.endedBy ??= rejection(response.message.statusCode ?? 0);
          },
        },
      });
      return OK;
    } catch (error) {
      this.#calls.endLocally(slot, { by: 'system', reason: 'failed' });
      const micProblem = error instanceof DOMException ? microphoneError(error) : null;
      return micProblem ? { ok: false, error: micProblem } : fail('call-failed', webRtcLabels.callFailed());
    }
  }

  #incoming(invitation: Invitation): void {
    if (isLive(this.#calls.main) || this.#context.disposed) {
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const identity = invitation.remoteIdentity;
    const slot = this.#calls.open(invitation, 'call', 'incoming', identity.uri.user ?? identity.uri.toString());
    invitation.delegate = {
      ...invitation.delegate,
      onCancel: () => {
        slot.endedBy ??= { by: 'contact', reason: 'hang-up' };
      },
    };
    void this.#ring(slot);
  }

  async #ring(slot: Slot): Promise<void> {
    const playing = await this.#ringer.start();
    if (slot.call.status !== 'ringing') {
      this.#ringer.stop();
      return;
    }
    if (!playing) this.#context.error({ code: 'ringer-blocked', message: webRtcLabels.ringerBlocked() });
  }

  async answer(): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || !(slot.session instanceof Invitation) || slot.call.status !== 'ringing') {
      return fail('not-possible', webRtcLabels.noCall());
    }
    this.#ringer.stop();
    if (this.#context.state.error?.code === 'ringer-blocked') this.#context.error(null);
    try {
      await slot.session.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
      await Promise.race([slot.acked, delay(2000)]);
      return OK;
    } catch (error) {
      this.#calls.endLocally(slot, { by: 'system', reason: 'failed' });
      return { ok: false, error: error instanceof DOMException ? microphoneError(error) : { code: 'call-failed', message: webRtcLabels.callFailed() } };
    }
  }

  async hangUp(): Promise<PhoneResult> {
    // With a consultation up, hanging up ends the consultation; the held call stays.
    const slot = this.#calls.active;
    if (!isLive(slot)) return fail('not-possible', webRtcLabels.noCall());
    slot.endedBy = { by: 'agent', reason: slot.call.status === 'ringing' ? 'rejected' : 'hang-up' };
    const session = slot.session;
    try {
      if (session.state === SessionState.Established) await session.bye();
      else if (session instanceof Inviter) await session.cancel();
      else if (session instanceof Invitation) await session.reject({ statusCode: 486 });
    } catch {
      this.#calls.endLocally(slot, slot.endedBy);
    }
    return OK;
  }

  async setHeld(held: boolean): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    if (slot.held === held) return fail('not-possible', held ? webRtcLabels.alreadyHeld() : webRtcLabels.notHeld());
    const result = await reInvite(slot, held);
    if (!result.ok) return result;
    slot.held = held;
    applyTracks(slot);
    this.#calls.update(slot, { status: held ? 'held' : 'connected' });
    return OK;
  }

  async setMuted(muted: boolean): Promise<PhoneResult> {
    const slot = this.#calls.active;
    if (!isLive(slot)) return fail('not-possible', webRtcLabels.noCall());
    slot.muted = muted;
    applyTracks(slot);
    this.#calls.update(slot, { muted });
    return OK;
  }

  sendDtmf(tones: string): Promise<PhoneResult> {
    return sendDtmf(this.#calls.active, tones, this.#context.setting('dtmf'));
  }

  /** Blind transfer: REFER the other side to the target, then leave. */
  async transfer(target: string): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    const uri = targetUri(target, this.#domain);
    if (!uri) return fail('call-failed', webRtcLabels.callFailed());
    return this.#refer(slot, uri, []);
  }

  #refer(slot: Slot, referTo: URI | Session, alsoEnds: Slot[]): Promise<PhoneResult> {
    return new Promise((resolve) => {
      slot.session
        .refer(referTo, {
          onNotify: (notification) => void notification.accept().catch(() => undefined),
          requestDelegate: {
            onAccept: () => {
              for (const s of [slot, ...alsoEnds]) s.endedBy = { by: 'agent', reason: 'transferred' };
              void slot.session.bye().catch(() => this.#calls.endLocally(slot, { by: 'agent', reason: 'transferred' }));
              resolve(OK);
            },
            onReject: (response) => resolve(refused(response.message.statusCode ?? 0)),
          },
        })
        .catch(() => resolve(fail('not-possible', webRtcLabels.callFailed())));
    });
  }

  /** Holds the call and calls the target; the target is `consultation` until transfer or hang-up. */
  async consult(target: string): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    if (isLive(this.#calls.consultation)) return fail('not-possible', webRtcLabels.busy());
    if (!slot.held) {
      const held = await this.setHeld(true);
      if (!held.ok) return held;
    }
    return this.#invite(target, 'consultation');
  }

  /** Attended transfer: REFER with Replaces hands the held call to the consulted party; both legs end here. */
  async completeTransfer(): Promise<PhoneResult> {
    const main = this.#calls.main;
    const consult = this.#calls.consultation;
    if (!isLive(main) || !isLive(consult) || consult.session.state !== SessionState.Established) {
      return fail('not-possible', webRtcLabels.noCall());
    }
    return this.#refer(main, consult.session, [consult]);
  }

  chooseDevice(kind: PhoneDeviceKind, deviceId: string | null): Promise<PhoneResult> {
    return this.#devices.choose(kind, deviceId);
  }

  dispose(): void {
    this.#stopKeepAlive();
    if (this.#recoveryTimer) clearTimeout(this.#recoveryTimer);
    for (const slot of this.#calls.live()) this.#calls.endLocally(slot, { by: 'agent', reason: 'hang-up' });
    this.#context.patch({ registration: 'unregistered' });
    this.#context.dispose();
    this.#devices.dispose();
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
