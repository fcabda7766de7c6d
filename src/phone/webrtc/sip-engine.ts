// The WebRTC phone's working part: everything that touches sip.js. Loaded by `start()` through
// import(), so sip.js lives in this module's lazy chunk and never in the kit's core.
import {
  Invitation,
  Inviter,
  SessionState,
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
import { Connection } from './connection.js';
import { Devices } from './devices.js';
import { targetUri } from './dial-target.js';
import { sendDtmf } from './dtmf.js';
import { webRtcLabels } from './labels.js';
import { AudioOut, Microphone, Ringer, microphoneError } from './media.js';
import { EngineContext, delay } from './engine-context.js';
import type { WebRtcPhoneOptions } from './options.js';
import { OK, fail, refused } from './results.js';

export class SipEngine {
  readonly #context: EngineContext;
  readonly #ringer: Ringer;
  readonly #calls: Calls;
  readonly #devices: Devices;
  readonly #connection: Connection;

  constructor(options: WebRtcPhoneOptions, state: BehaviorSubject<PhoneState>) {
    this.#context = new EngineContext(options, state);
    const audio = { microphone: new Microphone(), speaker: new AudioOut(), ringer: new Ringer(options.ringtone) };
    this.#ringer = audio.ringer;
    this.#calls = new Calls(this.#context, audio.speaker, audio.ringer);
    this.#devices = new Devices(this.#context, audio, this.#calls);
    this.#connection = new Connection(this.#context, this.#calls, this.#devices, (invitation) => this.#incoming(invitation));
  }

  start(): Promise<PhoneResult> {
    return this.#connection.start();
  }

  // ---- calls ---------------------------------------------------------------------------------

  #ready(): PhoneResult | null {
    if (!this.#connection.ready) return fail('not-possible', webRtcLabels.notStarted());
    return null;
  }

  async dial(target: string): Promise<PhoneResult> {
    const notReady = this.#ready();
    if (notReady) return notReady;
    if (isLive(this.#calls.main)) return fail('not-possible', webRtcLabels.busy());
    return this.#invite(target, 'call');
  }

  async #invite(target: string, role: Slot['role']): Promise<PhoneResult> {
    const uri = targetUri(target, this.#connection.domain);
    if (!uri) return fail('call-failed', webRtcLabels.callFailed());
    const inviter = new Inviter(this.#connection.userAgent!, uri, {
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
    const uri = targetUri(target, this.#connection.domain);
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
    this.#connection.stopTimers();
    for (const slot of this.#calls.live()) this.#calls.endLocally(slot, { by: 'agent', reason: 'hang-up' });
    this.#context.patch({ registration: 'unregistered' });
    this.#context.dispose();
    this.#devices.dispose();
    this.#connection.close();
  }
}
