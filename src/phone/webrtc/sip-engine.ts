// The WebRTC phone's working part: everything that touches sip.js. Loaded by `start()` through
// import(), so sip.js lives in this module's lazy chunk and never in the kit's core.
import {
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
import { applyTracks, isLive, reInvite, type Slot } from './call-slot.js';
import { CallSetup } from './call-setup.js';
import { Calls } from './calls.js';
import { Connection } from './connection.js';
import { Devices } from './devices.js';
import { targetUri } from './dial-target.js';
import { sendDtmf } from './dtmf.js';
import { webRtcLabels } from './labels.js';
import { AudioOut, Microphone, Ringer } from './media.js';
import { EngineContext } from './engine-context.js';
import type { WebRtcPhoneOptions } from './options.js';
import { OK, fail, refused } from './results.js';

export class SipEngine {
  readonly #context: EngineContext;
  readonly #calls: Calls;
  readonly #devices: Devices;
  readonly #connection: Connection;
  readonly #setup: CallSetup;

  constructor(options: WebRtcPhoneOptions, state: BehaviorSubject<PhoneState>) {
    this.#context = new EngineContext(options, state);
    const audio = { microphone: new Microphone(), speaker: new AudioOut(), ringer: new Ringer(options.ringtone) };
    this.#calls = new Calls(this.#context, audio.speaker, audio.ringer);
    this.#devices = new Devices(this.#context, audio, this.#calls);
    this.#connection = new Connection(this.#context, this.#calls, this.#devices, (invitation) => this.#setup.incoming(invitation));
    this.#setup = new CallSetup(this.#context, this.#calls, this.#connection, audio.ringer);
  }

  start(): Promise<PhoneResult> {
    return this.#connection.start();
  }

  // ---- calls ---------------------------------------------------------------------------------

  dial(target: string): Promise<PhoneResult> {
    return this.#setup.dial(target);
  }

  answer(): Promise<PhoneResult> {
    return this.#setup.answer();
  }

  hangUp(): Promise<PhoneResult> {
    return this.#setup.hangUp();
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
    return this.#setup.invite(target, 'consultation');
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
