/** The voice call of an interaction (CALL-1): its status and who ended it. Pure. */

export type CallStatus = 'dialing' | 'establishing' | 'engaging' | 'connected' | 'held' | 'ended';

export type CallParty = 'agent' | 'contact' | 'system';

export type CallEndReason =
  | 'hang-up'
  | 'busy'
  | 'no-answer'
  | 'answering-machine'
  | 'fax'
  | 'dropped'
  | 'transferred'
  | 'invalid-number';

export interface Call {
  readonly id: string;
  /** E.164 number dialled. */
  readonly number: string;
  readonly callerId: string | null;
  readonly status: CallStatus;
  readonly startedAt: number;
  readonly connectedAt: number | null;
  readonly ended: { readonly at: number; readonly by: CallParty; readonly reason: CallEndReason } | null;
}

/** Which status may follow which: the call's whole state machine. */
const NEXT: Readonly<Record<CallStatus, readonly CallStatus[]>> = {
  dialing: ['establishing', 'engaging', 'connected', 'ended'],
  establishing: ['connected', 'ended'],
  engaging: ['connected', 'ended'],
  connected: ['held', 'ended'],
  held: ['connected', 'ended'],
  ended: [],
};

export function canMoveCall(from: CallStatus, to: CallStatus): boolean {
  return NEXT[from].includes(to);
}

export function startCall(id: string, number: string, callerId: string | null, now: number, status: CallStatus = 'dialing'): Call {
  return {
    id,
    number,
    callerId,
    status,
    startedAt: now,
    connectedAt: status === 'connected' ? now : null,
    ended: null,
  };
}

/** The call after a status change, or null when the change is not allowed from its status. */
export function moveCall(call: Call, to: Exclude<CallStatus, 'ended'>, now: number): Call | null {
  if (!canMoveCall(call.status, to)) return null;
  return { ...call, status: to, connectedAt: call.connectedAt ?? (to === 'connected' ? now : null) };
}

export function endCall(call: Call, by: CallParty, reason: CallEndReason, now: number): Call | null {
  if (call.status === 'ended') return null;
  return { ...call, status: 'ended', ended: { at: now, by, reason } };
}

/** The call is live between agent and contact (talking or on hold). */
export function isTalking(call: Call | null): boolean {
  return call?.status === 'connected' || call?.status === 'held';
}
