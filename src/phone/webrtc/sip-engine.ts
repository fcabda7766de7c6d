// The WebRTC phone's working part, loaded by `start()` through import() so that sip.js lives in
// this module's lazy chunk and never in the kit's core: every module that touches sip.js is
// reached from here alone. This class only wires the parts together and hands each of the
// WebRtcPhone's commands to the one that carries it out:
//   connection.ts  registration, keep-alive, reconnection (user-agent.ts: the SIP requests)
//   calls.ts       the call and the consultation, from ringing or dialling to ended (call-slot.ts: one call)
//   call-setup.ts  dial, answer, hang up; mid-call.ts: hold, mute, transfer; dtmf.ts: key tones
//   devices.ts     the microphone, speaker and ringer
import type { BehaviorSubject } from 'rxjs';
import type { PhoneDeviceKind, PhoneResult, PhoneState } from '../../services/ports/phone.js';
import { CallSetup } from './call-setup.js';
import { Calls } from './calls.js';
import { Connection } from './connection.js';
import { Devices } from './devices.js';
import { sendDtmf } from './dtmf.js';
import { EngineContext } from './engine-context.js';
import { AudioOut, Microphone, Ringer } from './media.js';
import { MidCallActions } from './mid-call.js';
import type { WebRtcPhoneOptions } from './options.js';

export class SipEngine {
  readonly #context: EngineContext;
  readonly #calls: Calls;
  readonly #devices: Devices;
  readonly #connection: Connection;
  readonly #setup: CallSetup;
  readonly #midCall: MidCallActions;

  constructor(options: WebRtcPhoneOptions, state: BehaviorSubject<PhoneState>) {
    this.#context = new EngineContext(options, state);
    const audio = { microphone: new Microphone(), speaker: new AudioOut(), ringer: new Ringer(options.ringtone) };
    this.#calls = new Calls(this.#context, audio.speaker, audio.ringer);
    this.#devices = new Devices(this.#context, audio, this.#calls);
    // The server offers calls only once the phone has started, so the call setup exists by then.
    this.#connection = new Connection(this.#context, this.#calls, this.#devices, (invitation) => this.#setup.incoming(invitation));
    this.#setup = new CallSetup(this.#context, this.#calls, this.#connection, audio.ringer);
    this.#midCall = new MidCallActions(this.#calls, this.#connection, this.#setup);
  }

  start(): Promise<PhoneResult> {
    return this.#connection.start();
  }

  dial(target: string): Promise<PhoneResult> {
    return this.#setup.dial(target);
  }

  answer(): Promise<PhoneResult> {
    return this.#setup.answer();
  }

  hangUp(): Promise<PhoneResult> {
    return this.#setup.hangUp();
  }

  setHeld(held: boolean): Promise<PhoneResult> {
    return this.#midCall.setHeld(held);
  }

  setMuted(muted: boolean): Promise<PhoneResult> {
    return this.#midCall.setMuted(muted);
  }

  sendDtmf(tones: string): Promise<PhoneResult> {
    return sendDtmf(this.#calls.active, tones, this.#context.setting('dtmf'));
  }

  transfer(target: string): Promise<PhoneResult> {
    return this.#midCall.transfer(target);
  }

  consult(target: string): Promise<PhoneResult> {
    return this.#midCall.consult(target);
  }

  completeTransfer(): Promise<PhoneResult> {
    return this.#midCall.completeTransfer();
  }

  chooseDevice(kind: PhoneDeviceKind, deviceId: string | null): Promise<PhoneResult> {
    return this.#devices.choose(kind, deviceId);
  }

  /** Ends the calls here, stops writing the state, lets go of the devices, then says goodbye to the server. */
  dispose(): void {
    this.#connection.stopTimers();
    for (const slot of this.#calls.live()) this.#calls.endLocally(slot, { by: 'agent', reason: 'hang-up' });
    this.#context.patch({ registration: 'unregistered' });
    this.#context.dispose();
    this.#devices.dispose();
    this.#connection.close();
  }
}
