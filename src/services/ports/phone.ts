import type { Observable } from 'rxjs';
import type { CallParty } from '../domain/interaction/call.js';
import type { RefusalReason } from '../domain/refusals/refusals.js';

/** Where the phone stands with its server (SIP registrar, or the CTI link for a desk phone). */
export type PhoneRegistration = 'unregistered' | 'registering' | 'ready' | 'reconnecting' | 'failed';

/** A call on the agent's phone, as the phone sees it (the engine's call stays the truth of the interaction). */
export type PhoneCallStatus = 'dialing' | 'ringing' | 'connected' | 'held' | 'ended';

/** Why a phone call ended. */
export type PhoneEndReason = 'hang-up' | 'busy' | 'no-answer' | 'rejected' | 'transferred' | 'failed' | 'connection-lost';

export interface PhoneCall {
  /** The phone's own id for the call. */
  readonly id: string;
  readonly direction: 'outgoing' | 'incoming';
  /** The other side: a number or SIP user as dialled or as presented. */
  readonly remote: string;
  readonly status: PhoneCallStatus;
  readonly muted: boolean;
  /** When the call was connected (epoch ms), or null before. */
  readonly connectedAt: number | null;
  readonly ended: { readonly by: CallParty; readonly reason: PhoneEndReason } | null;
}

/** What this phone can do; elements hide what it cannot (a desk phone may not answer remotely). */
export interface PhoneCapabilities {
  readonly answer: boolean;
  readonly hold: boolean;
  readonly mute: boolean;
  readonly dtmf: boolean;
  readonly blindTransfer: boolean;
  readonly consultTransfer: boolean;
  readonly conference: boolean;
  /** Whether microphone, speaker and ringer can be chosen (a desk phone has its own). */
  readonly devices: boolean;
}

export type PhoneErrorCode =
  | 'microphone-denied'
  | 'no-device'
  | 'server-unreachable'
  | 'registration-refused'
  | 'connection-lost'
  | 'ringer-blocked'
  | 'not-possible'
  | 'call-failed';

/** A problem the agent must be told about, with a sentence for them. */
export interface PhoneError {
  readonly code: PhoneErrorCode;
  readonly message: string;
  /** When the phone passes on a refusal of the engine or the server: its code, for the elements to word. */
  readonly refusal?: RefusalReason;
}

export type PhoneDeviceKind = 'microphone' | 'speaker' | 'ringer';

export interface PhoneDevice {
  readonly id: string;
  readonly kind: PhoneDeviceKind;
  readonly label: string;
}

export interface PhoneDevices {
  readonly available: readonly PhoneDevice[];
  /** The chosen device id per kind; null: the system default. */
  readonly chosen: Readonly<Record<PhoneDeviceKind, string | null>>;
}

/** Everything the phone shows, as one value: elements and the store read this. */
export interface PhoneState {
  readonly registration: PhoneRegistration;
  /** The current (or last ended) call; null when there has been none since the last one was cleared. */
  readonly call: PhoneCall | null;
  /** A consultation call to a transfer target while `call` is held, or null. */
  readonly consultation: PhoneCall | null;
  /** The latest problem, until it is resolved; registration failures, device errors, a blocked ringer. */
  readonly error: PhoneError | null;
  readonly devices: PhoneDevices;
}

/** The answer to a phone action: done, or why not (never a throw for a foreseeable refusal). */
export type PhoneResult = { readonly ok: true } | { readonly ok: false; readonly error: PhoneError };

/**
 * The one phone port the kit knows (SPEC PH-1). A WebRTC phone (sip.js) and a hard phone driven
 * through CTI both implement it, so no element knows which is in use. Actions resolve once the phone
 * has done them (or refused them); `state` tells every change, including those the other side or the
 * network caused.
 */
export interface PhoneService {
  readonly kind: 'webrtc' | 'cti';
  readonly capabilities: PhoneCapabilities;
  /** The current state first, then every change. */
  readonly state: Observable<PhoneState>;
  /** The registration alone, as `state` carries it. */
  readonly registration: Observable<PhoneRegistration>;
  /** The state now. */
  readonly current: PhoneState;
  /** Registers (connects the CTI link); resolves when ready or failed. */
  start(): Promise<PhoneResult>;
  /** Places a call to a number (E.164) or SIP user. */
  dial(target: string): Promise<PhoneResult>;
  /** Answers the ringing incoming call. */
  answer(): Promise<PhoneResult>;
  /** Ends the current call, or rejects a ringing one. */
  hangUp(): Promise<PhoneResult>;
  hold(): Promise<PhoneResult>;
  retrieve(): Promise<PhoneResult>;
  setMuted(muted: boolean): Promise<PhoneResult>;
  /** Sends tones 0–9, *, #, A–D. */
  sendDtmf(tones: string): Promise<PhoneResult>;
  /** Blind transfer of the current call to a target. */
  transfer(target: string): Promise<PhoneResult>;
  /** Holds the call and calls a target for a consultation (`consultation` in the state). */
  consult(target: string): Promise<PhoneResult>;
  /** Hands the held call to the consulted party (attended transfer) and leaves both. */
  completeTransfer(): Promise<PhoneResult>;
  /** Joins the held call and the consultation into one conference. */
  conference(): Promise<PhoneResult>;
  /** Chooses the device of a kind (null: the system default), mid-call too. */
  chooseDevice(kind: PhoneDeviceKind, deviceId: string | null): Promise<PhoneResult>;
  /** Unregisters and releases every resource (media, sockets, timers). */
  dispose(): void;
}
