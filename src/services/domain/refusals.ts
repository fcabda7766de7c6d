/**
 * Why an agent action is not possible now, as a code with parameters: the elements word it in the
 * kit's language (`src/elements/shared/refusal-labels.ts`), the host page and the wire get the code,
 * and `message` is the plain English fallback. Every refusal of the engine, of the kit's commands and
 * of the simulated server is listed here, so each is worded and tested once.
 */
import type { Channel } from './agent.js';
import type { CallbackErrorCode } from './callback.js';
import { NUMBER_BLOCK_REASONS, type NumberBlock } from './record.js';

/** Agent actions that the assured-connection engaging phase refuses (DEL-6). */
export const ENGAGING_REFUSED = {
  reschedule: 'Reschedule',
  'set-call-result': 'Setting the call result',
  'end-call': 'Release',
  transfer: 'Transfer',
  consult: 'Consultation',
  conference: 'Conference',
  recall: 'Recall',
  'voice-logoff': 'Voice logoff',
  hold: 'Hold',
  'new-call': 'A new call',
  exit: 'Exit',
} as const;

export type EngagingRefusedAction = keyof typeof ENGAGING_REFUSED;

/** What a refusal for the wrong moment names. */
export type PhaseAction =
  | 'accept'
  | 'reject'
  | 'time-limit'
  | 'change-number'
  | 'call'
  | 'decline'
  | 'done'
  | 'pre-dial-validation';

/** The parameters each refusal code carries (all text, so they travel on the wire as they are). */
export interface RefusalParams {
  // The engine (interaction.ts).
  readonly 'record-closed': Record<never, never>;
  readonly 'not-now': { readonly action: PhaseAction };
  readonly 'reject-connecting': Record<never, never>;
  readonly 'reject-not-allowed': Record<never, never>;
  readonly 'no-time-limit': Record<never, never>;
  readonly 'extend-not-allowed': Record<never, never>;
  readonly 'unknown-number': Record<never, never>;
  readonly 'number-blocked': { readonly number: string; readonly reason: NumberBlock };
  readonly 'unknown-caller-id': Record<never, never>;
  readonly 'auto-dial-paused': Record<never, never>;
  readonly 'auto-dial-not-due': Record<never, never>;
  readonly 'other-number-not-allowed': Record<never, never>;
  readonly 'incomplete-number': { readonly number: string };
  readonly 'manual-dial-required': Record<never, never>;
  readonly 'no-number': Record<never, never>;
  readonly 'decline-not-allowed': Record<never, never>;
  readonly 'no-call': Record<never, never>;
  readonly 'hold-needs-connected': Record<never, never>;
  readonly 'not-on-hold': Record<never, never>;
  readonly 'tones-need-connected': Record<never, never>;
  readonly 'invalid-tones': Record<never, never>;
  readonly 'contact-not-connected': Record<never, never>;
  readonly 'call-result-required': { readonly action: 'transfer' | 'conference' };
  readonly 'call-active': Record<never, never>;
  readonly 'disposition-required': Record<never, never>;
  readonly 'callback-required': { readonly disposition: string };
  readonly 'invalid-callback': { readonly problems: readonly CallbackErrorCode[] };
  readonly 'call-cannot-become': { readonly status: 'establishing' | 'engaging' | 'connected' | 'held' };
  readonly 'no-call-to-end': Record<never, never>;
  readonly engaging: { readonly action: EngagingRefusedAction };
  // The agent's entries (wrap-up.ts).
  readonly 'unknown-call-result': { readonly value: string };
  readonly 'reschedule-before-call-not-allowed': Record<never, never>;
  readonly 'read-only-after-transfer': { readonly what: 'call-result' | 'record-fields' };
  readonly 'unknown-field': { readonly key: string };
  readonly 'field-not-editable': { readonly field: string };
  readonly 'field-needs': { readonly field: string; readonly expected: 'yes-or-no' | 'number' | 'date-time' | 'text' };
  readonly 'field-needs-choice': { readonly field: string; readonly options: readonly string[] };
  readonly 'field-type-unsupported': { readonly field: string };
  readonly 'unknown-disposition': { readonly disposition: string };
  // The agent (agent.ts).
  readonly 'im-blocks-outbound': { readonly channel: Channel };
  readonly 'logout-during-interaction': Record<never, never>;
  // The kit's commands (commands.ts).
  readonly 'campaign-unavailable': { readonly campaign: string };
  readonly 'unknown-campaign': Record<never, never>;
  readonly 'follows-ready': { readonly campaign: string };
  readonly 'notice-without-get-record': Record<never, never>;
  readonly 'no-record': Record<never, never>;
  readonly 'record-changed': Record<never, never>;
  readonly 'request-failed': { readonly reason: string };
  readonly 'outcome-not-stored': Record<never, never>;
  readonly 'no-backend': Record<never, never>;
  // The (simulated) server's own refusals.
  readonly 'campaign-not-active': { readonly campaign: string; readonly consequence: 'no-record' | 'no-participation-change' };
  readonly 'not-assigned': { readonly consequence: 'no-record' | 'no-participation-change' };
  readonly 'record-in-progress': Record<never, never>;
  readonly 'list-exhausted': { readonly campaign: string };
  readonly 'record-gone': Record<never, never>;
}

export type RefusalCode = keyof RefusalParams;

/** A refusal as data: its code and what its wording names. */
export type RefusalReason = { readonly [C in RefusalCode]: { readonly code: C; readonly params: RefusalParams[C] } }[RefusalCode];

/** A refusal with its plain English sentence (the fallback for hosts and logs). */
export type Refusal = RefusalReason & { readonly message: string };

/**
 * The refusal `code` with `params`; `message` replaces the English sentence when the caller has a
 * more specific one (the callback check names the exact times, CB-4).
 */
export function refuse<C extends RefusalCode>(code: C, params: RefusalParams[C], message?: string): Refusal {
  const reason = { code, params } as RefusalReason;
  return { ...reason, message: message ?? refusalMessage(reason) };
}

export function engagingRefusal(action: EngagingRefusedAction): Refusal {
  return refuse('engaging', { action });
}

export function isEngagingRefused(action: string): action is EngagingRefusedAction {
  return action in ENGAGING_REFUSED;
}

const PHASE_ACTIONS: Readonly<Record<PhaseAction, string>> = {
  accept: 'Accept',
  reject: 'Reject',
  'time-limit': 'The time limit',
  'change-number': 'Changing the number',
  call: 'Call',
  decline: 'Decline',
  done: 'Done',
  'pre-dial-validation': 'Pre-dial validation',
};

const FIELD_EXPECTS: Readonly<Record<RefusalParams['field-needs']['expected'], string>> = {
  'yes-or-no': 'yes or no',
  number: 'a number',
  'date-time': 'a date and time',
  text: 'text',
};

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = { voice: 'voice', 'outbound-preview': 'outbound preview' };

const CONSEQUENCES = {
  'no-record': 'no record can be delivered',
  'no-participation-change': 'participation cannot change',
} as const;

/** The refusal in plain English. */
export function refusalMessage(reason: RefusalReason): string {
  switch (reason.code) {
    case 'record-closed':
      return 'This record is already closed.';
    case 'not-now':
      return `${PHASE_ACTIONS[reason.params.action]} is not possible at this point.`;
    case 'reject-connecting':
      return 'This call can only be accepted: the contact is already being connected to you.';
    case 'reject-not-allowed':
      return 'This campaign does not allow rejecting a record.';
    case 'no-time-limit':
      return 'There is no time limit to extend.';
    case 'extend-not-allowed':
      return 'This campaign does not allow more time.';
    case 'unknown-number':
      return 'That number is not one of this record’s numbers.';
    case 'number-blocked':
      return `${reason.params.number} ${NUMBER_BLOCK_REASONS[reason.params.reason]} and cannot be dialled.`;
    case 'unknown-caller-id':
      return 'That caller ID is not offered by this campaign.';
    case 'auto-dial-paused':
      return 'Auto-dial is paused while you enter a number.';
    case 'auto-dial-not-due':
      return 'Auto-dial is not due yet.';
    case 'other-number-not-allowed':
      return 'This campaign does not allow other numbers.';
    case 'incomplete-number':
      return `${reason.params.number} is not a complete international number (for example +15555550123).`;
    case 'manual-dial-required':
      return 'Choose or type the number to dial: this campaign requires manual dialing.';
    case 'no-number':
      return 'This record has no number that can be dialled. Mark it Done.';
    case 'decline-not-allowed':
      return 'This campaign does not allow declining.';
    case 'no-call':
      return 'There is no call.';
    case 'hold-needs-connected':
      return 'Only a connected call can be put on hold.';
    case 'not-on-hold':
      return 'The call is not on hold.';
    case 'tones-need-connected':
      return 'Tones can be sent only on a connected call.';
    case 'invalid-tones':
      return 'Only 0–9, *, # and A–D can be sent as tones.';
    case 'contact-not-connected':
      return 'The contact must be connected first.';
    case 'call-result-required':
      return `Set the call result before ${reason.params.action === 'transfer' ? 'transferring' : 'starting a conference'}: this campaign requires it.`;
    case 'call-active':
      return 'End the call before marking the record Done.';
    case 'disposition-required':
      return 'Choose a disposition before marking the record Done.';
    case 'callback-required':
      return `The disposition “${reason.params.disposition}” needs a callback: schedule one before marking the record Done.`;
    case 'invalid-callback':
      return 'The scheduled callback is not valid. Change or cancel it before marking the record Done.';
    case 'call-cannot-become':
      return `The call cannot become ${reason.params.status} now.`;
    case 'no-call-to-end':
      return 'There is no call to end.';
    case 'engaging':
      return (
        `${ENGAGING_REFUSED[reason.params.action]} is not available while the contact is being connected: you hear ` +
        'waiting music until they answer (assured connection).'
      );
    case 'unknown-call-result':
      return `“${reason.params.value}” is not a call result of this campaign.`;
    case 'reschedule-before-call-not-allowed':
      return 'This campaign does not allow rescheduling before the call.';
    case 'read-only-after-transfer':
      return `${reason.params.what === 'call-result' ? 'The call result' : 'Record information'} cannot change after the call was transferred.`;
    case 'unknown-field':
      return `The record has no field “${reason.params.key}”.`;
    case 'field-not-editable':
      return `${reason.params.field} cannot be edited.`;
    case 'field-needs':
      return `${reason.params.field} needs ${FIELD_EXPECTS[reason.params.expected]}.`;
    case 'field-needs-choice':
      return `${reason.params.field} needs one of: ${reason.params.options.join(', ')}.`;
    case 'field-type-unsupported':
      return `${reason.params.field} has a type the kit cannot edit.`;
    case 'unknown-disposition':
      return `“${reason.params.disposition}” is not a disposition of this campaign.`;
    case 'im-blocks-outbound':
      return (
        'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging ' +
        `to make the ${CHANNEL_NAMES[reason.params.channel]} channel Ready.`
      );
    case 'logout-during-interaction':
      return 'Finish the current call and mark it Done before logging out.';
    case 'campaign-unavailable':
      return `${reason.params.campaign} is no longer active or running, so no request was sent.`;
    case 'unknown-campaign':
      return 'This campaign is no longer active or running, so no request was sent.';
    case 'follows-ready':
      return `${reason.params.campaign} delivers records while you are Ready; use Not Ready to pause it.`;
    case 'notice-without-get-record':
      return 'This notice does not offer Get Record.';
    case 'no-record':
      return 'There is no record to work on.';
    case 'record-changed':
      return 'That record has changed; nothing was sent. Check the record on screen.';
    case 'request-failed':
      return `The request could not be completed (${reason.params.reason}). Try again.`;
    case 'outcome-not-stored':
      return 'The outcome could not be saved for delivery. Nothing you entered is lost: try Done again.';
    case 'no-backend':
      return 'No campaign server is connected, so the request could not be sent.';
    case 'campaign-not-active':
      return `${reason.params.campaign} is not active or running, so ${CONSEQUENCES[reason.params.consequence]}.`;
    case 'not-assigned':
      return `You are not assigned to that campaign, so ${CONSEQUENCES[reason.params.consequence]}.`;
    case 'record-in-progress':
      return 'Finish the current record before asking for another.';
    case 'list-exhausted':
      return `${reason.params.campaign} has no more records to call.`;
    case 'record-gone':
      return 'That record is no longer with you.';
  }
}

/** How each parameter of a code is checked when a refusal comes over the wire. */
type ParamCheck<T> = [T] extends [readonly (infer Item)[]]
  ? string extends Item
    ? 'list'
    : { readonly listOf: readonly Item[] }
  : string extends T
    ? 'text'
    : readonly T[];
type ParamChecks<P> = { readonly [K in keyof P]-?: ParamCheck<P[K]> };

const NONE = {} as const;
const CALLBACK_ERROR_CODES: readonly CallbackErrorCode[] = [
  'malformed-date',
  'malformed-time',
  'in-the-past',
  'outside-window',
  'unknown-number',
  'number-blocked',
  'invalid-new-number',
  'personal-not-allowed',
];
const BLOCKS: readonly NumberBlock[] = ['dnc', 'attempt-limit', 'invalid', 'uncallable'];
const CONSEQUENCE_VALUES = Object.keys(CONSEQUENCES) as (keyof typeof CONSEQUENCES)[];

/** Every code, with how its parameters are checked: a new code must be added here to type-check. */
export const REFUSAL_PARAM_CHECKS: { readonly [C in RefusalCode]: ParamChecks<RefusalParams[C]> } = {
  'record-closed': NONE,
  'not-now': { action: Object.keys(PHASE_ACTIONS) as PhaseAction[] },
  'reject-connecting': NONE,
  'reject-not-allowed': NONE,
  'no-time-limit': NONE,
  'extend-not-allowed': NONE,
  'unknown-number': NONE,
  'number-blocked': { number: 'text', reason: BLOCKS },
  'unknown-caller-id': NONE,
  'auto-dial-paused': NONE,
  'auto-dial-not-due': NONE,
  'other-number-not-allowed': NONE,
  'incomplete-number': { number: 'text' },
  'manual-dial-required': NONE,
  'no-number': NONE,
  'decline-not-allowed': NONE,
  'no-call': NONE,
  'hold-needs-connected': NONE,
  'not-on-hold': NONE,
  'tones-need-connected': NONE,
  'invalid-tones': NONE,
  'contact-not-connected': NONE,
  'call-result-required': { action: ['transfer', 'conference'] },
  'call-active': NONE,
  'disposition-required': NONE,
  'callback-required': { disposition: 'text' },
  'invalid-callback': { problems: { listOf: CALLBACK_ERROR_CODES } },
  'call-cannot-become': { status: ['establishing', 'engaging', 'connected', 'held'] },
  'no-call-to-end': NONE,
  engaging: { action: Object.keys(ENGAGING_REFUSED) as EngagingRefusedAction[] },
  'unknown-call-result': { value: 'text' },
  'reschedule-before-call-not-allowed': NONE,
  'read-only-after-transfer': { what: ['call-result', 'record-fields'] },
  'unknown-field': { key: 'text' },
  'field-not-editable': { field: 'text' },
  'field-needs': { field: 'text', expected: Object.keys(FIELD_EXPECTS) as RefusalParams['field-needs']['expected'][] },
  'field-needs-choice': { field: 'text', options: 'list' },
  'field-type-unsupported': { field: 'text' },
  'unknown-disposition': { disposition: 'text' },
  'im-blocks-outbound': { channel: Object.keys(CHANNEL_NAMES) as Channel[] },
  'logout-during-interaction': NONE,
  'campaign-unavailable': { campaign: 'text' },
  'unknown-campaign': NONE,
  'follows-ready': { campaign: 'text' },
  'notice-without-get-record': NONE,
  'no-record': NONE,
  'record-changed': NONE,
  'request-failed': { reason: 'text' },
  'outcome-not-stored': NONE,
  'no-backend': NONE,
  'campaign-not-active': { campaign: 'text', consequence: CONSEQUENCE_VALUES },
  'not-assigned': { consequence: CONSEQUENCE_VALUES },
  'record-in-progress': NONE,
  'list-exhausted': { campaign: 'text' },
  'record-gone': NONE,
};

export const REFUSAL_CODES = Object.keys(REFUSAL_PARAM_CHECKS) as RefusalCode[];

/**
 * A refusal the server sent as `code` and `params`, if the kit knows the code and every parameter
 * has the shape its wording needs; otherwise null (the server's message is then shown as sent).
 */
export function readRefusal(code: string, params: unknown): RefusalReason | null {
  if (!Object.hasOwn(REFUSAL_PARAM_CHECKS, code) || typeof params !== 'object' || params === null) return null;
  const checks: Readonly<Record<string, 'text' | 'list' | { readonly listOf: readonly string[] } | readonly string[]>> =
    REFUSAL_PARAM_CHECKS[code as RefusalCode];
  const given = params as Readonly<Record<string, unknown>>;
  const read: Record<string, string | readonly string[]> = {};
  for (const [name, check] of Object.entries(checks)) {
    const value = given[name];
    if (check === 'list' || (typeof check === 'object' && 'listOf' in check)) {
      const allowed = check === 'list' ? null : check.listOf;
      const items: unknown[] = Array.isArray(value) ? value : [];
      if (!Array.isArray(value) || !items.every((item) => typeof item === 'string' && (!allowed || allowed.includes(item)))) return null;
      read[name] = items as string[];
    } else if (typeof value !== 'string' || (check !== 'text' && !check.includes(value))) {
      return null;
    } else {
      read[name] = value;
    }
  }
  return { code, params: read } as RefusalReason;
}
