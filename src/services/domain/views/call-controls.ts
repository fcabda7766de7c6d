/**
 * Which call controls apply in a call status (CALL-2, DEL-6), mirroring the rules `step` applies, so
 * an element can say in advance why a control is unavailable. The engine stays the authority: an
 * element still sends the action and shows the engine's refusal. Pure.
 */
import type { Call, CallStatus } from '../interaction/call.js';
import type { AgentAction } from '../interaction/interaction.js';

/** The agent actions of the call controls. */
export type CallControlAction = Extract<
  AgentAction,
  { type: 'hold' | 'retrieve' | 'end-call' | 'send-dtmf' | 'transfer' | 'conference' | 'consult' }
>;

/**
 * Why a control is unavailable: `engaging` (assured connection, DEL-6), `not-connected` (the contact
 * is not on the line yet), `on-hold` (tones need the call retrieved first).
 */
export type UnavailableReason = 'engaging' | 'not-connected' | 'on-hold';

/** Null: available. */
export type Availability = UnavailableReason | null;

export interface CallControlsState {
  readonly status: Exclude<CallStatus, 'ended'>;
  /** What the Hold / Retrieve button does now. */
  readonly holdAction: 'hold' | 'retrieve';
  readonly end: Availability;
  readonly hold: Availability;
  /** The keypad disclosure itself. */
  readonly keypad: Availability;
  /** The keypad's keys (DTMF tones). */
  readonly tones: Availability;
  /** Consult, Transfer and Conference (the call-result rule of CALL-3 is the engine's to check). */
  readonly transfer: Availability;
}

/** The controls of a live call, or null when there is no call or it has ended. */
export function callControlsFor(call: Call | null | undefined): CallControlsState | null {
  if (!call || call.status === 'ended') return null;
  const status = call.status;
  const engaging = status === 'engaging';
  const talking = status === 'connected' || status === 'held';
  const whenTalking: Availability = engaging ? 'engaging' : talking ? null : 'not-connected';
  return {
    status,
    holdAction: status === 'held' ? 'retrieve' : 'hold',
    end: engaging ? 'engaging' : null,
    hold: whenTalking,
    keypad: engaging ? 'engaging' : null,
    tones: status === 'connected' ? null : engaging ? 'engaging' : status === 'held' ? 'on-hold' : 'not-connected',
    transfer: whenTalking,
  };
}

/** The characters a DTMF tone can carry. */
export const DTMF_PATTERN = /^[0-9*#A-D]$/;

/** The tone a typed key sends, or null when the key is not a tone (lower-case a–d count as A–D). */
export function toneForKey(key: string): string | null {
  const tone = key.length === 1 ? key.toUpperCase() : '';
  return DTMF_PATTERN.test(tone) ? tone : null;
}

/** The keypad's keys, row by row: the telephone layout, 4 rows of 3. */
export const KEYPAD_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['*', '0', '#'],
];
