// One call as the WebRTC phone keeps it: the sip.js session and what the phone knows beyond it
// (held, muted, how it ended), and what is done to that one call's session and media. The phone
// has two such slots at most, the call and a consultation (calls.ts).
import { Web, type Session } from 'sip.js';
import type { CallParty } from '../../services/domain/interaction/call.js';
import type { PhoneCall, PhoneEndReason, PhoneResult } from '../../services/ports/phone.js';
import { webRtcLabels } from './labels.js';
import { OK, fail, refused } from './results.js';

export type Ended = { by: CallParty; reason: PhoneEndReason };

/** One call and what the phone knows about it beyond sip.js. */
export interface Slot {
  readonly session: Session;
  readonly role: 'call' | 'consultation';
  call: PhoneCall;
  endedBy: Ended | null;
  held: boolean;
  muted: boolean;
  finished: boolean;
  /** An answered call is usable once the caller's ACK is in: a re-INVITE before it would cross it. */
  acked: Promise<void>;
  ack: () => void;
}

let nextCallId = 1;

/** A new slot for a session, its call dialling or ringing. */
export function createSlot(session: Session, role: Slot['role'], direction: PhoneCall['direction'], remote: string): Slot {
  let ack = () => undefined as void;
  const acked = new Promise<void>((resolve) => (ack = resolve));
  return {
    acked,
    ack,
    session,
    role,
    call: {
      id: `webrtc-${nextCallId++}`,
      direction,
      remote,
      status: direction === 'incoming' ? 'ringing' : 'dialing',
      muted: false,
      connectedAt: null,
      ended: null,
    },
    endedBy: null,
    held: false,
    muted: false,
    finished: false,
  };
}

export function isLive(slot: Slot | null): slot is Slot {
  return slot !== null && !slot.finished;
}

/** How a final failure response to our INVITE ends the call. */
export function rejection(status: number): Ended {
  if (status === 486 || status === 600) return { by: 'contact', reason: 'busy' };
  if (status === 480 || status === 408) return { by: 'contact', reason: 'no-answer' };
  if (status === 603) return { by: 'contact', reason: 'rejected' };
  if (status === 487) return { by: 'agent', reason: 'hang-up' };
  return { by: 'system', reason: 'failed' };
}

export function peerConnection(slot: Slot): RTCPeerConnection | undefined {
  const sdh = slot.session.sessionDescriptionHandler;
  return sdh instanceof Web.SessionDescriptionHandler ? sdh.peerConnection : undefined;
}

/** The other side's audio, once the call has media. */
export function remoteStream(slot: Slot): MediaStream | undefined {
  const sdh = slot.session.sessionDescriptionHandler;
  return sdh instanceof Web.SessionDescriptionHandler ? sdh.remoteMediaStream : undefined;
}

/** Mute and hold act on the tracks (no renegotiation for mute; hold adds the re-INVITE's direction). */
export function applyTracks(slot: Slot): void {
  const pc = peerConnection(slot);
  if (!pc) return;
  pc.getSenders().forEach((s) => s.track && (s.track.enabled = !slot.muted && !slot.held));
  pc.getReceivers().forEach((r) => r.track && (r.track.enabled = !slot.held));
}

/** A re-INVITE on an established call, holding it or not; resolves with the other side's answer. */
export function reInvite(slot: Slot, hold: boolean): Promise<PhoneResult> {
  const session = slot.session;
  session.sessionDescriptionHandlerOptionsReInvite = { hold } as Web.SessionDescriptionHandlerOptions;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fail('not-possible', webRtcLabels.callFailed())), 8000);
    const done = (result: PhoneResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    session
      .invite({
        requestDelegate: {
          onAccept: () => done(OK),
          onReject: (response) => done(refused(response.message.statusCode ?? 0)),
        },
      })
      .catch(() => done(fail('not-possible', webRtcLabels.callFailed())));
  });
}
