/**
 * Why an agent action is not possible now, as a code with parameters: the elements word it in the
 * kit's language (`src/elements/shared/refusal-labels.ts`), the host page and the wire get the code,
 * and `message` is the plain English fallback. Every refusal of the engine, of the kit's commands and
 * of the simulated server is listed here, so each is worded and tested once. The English lives with
 * the layer that refuses (engine-refusals.ts, kit-refusals.ts, server-refusals.ts; all of it in
 * refusal-messages.ts), so the kit's core carries only the sentences it can produce itself.
 */
import type { Channel } from '../agent/channel.js';
import type { CallbackErrorCode, CallbackErrorParams } from '../callback/callback.js';
import type { NumberBlock } from '../campaign/record.js';

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
  /** `details`: what each problem names, when the kit's own check found them (not read from the wire). */
  readonly 'invalid-callback': { readonly problems: readonly CallbackErrorCode[]; readonly details?: readonly CallbackErrorParams[] };
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
  readonly 'logout-not-requested': Record<never, never>;
  readonly 'logout-not-authorized': Record<never, never>;
  /** Anything that would bring work while the agent is logged out (AGT-2). */
  readonly 'logged-out': Record<never, never>;
  /** Get Record on an automatic campaign that pushes records while the agent is Ready (CAM-3). */
  readonly 'records-pushed': { readonly campaign: string; readonly channel: Channel };
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

/** English sentences for a group of codes: each layer keeps the English of the refusals it makes. */
export type RefusalMessages<C extends RefusalCode> = { readonly [K in C]: (params: RefusalParams[K]) => string };

/** A refusal of one of `messages`' codes with its English sentence, or `message` when the caller has a more specific one. */
export function refusalFrom<C extends RefusalCode>(
  messages: RefusalMessages<C>,
  code: C,
  params: RefusalParams[C],
  message?: string,
): Refusal {
  return { code, params, message: message ?? messages[code](params) } as Refusal;
}

export function isEngagingRefused(action: string): action is EngagingRefusedAction {
  return action in ENGAGING_REFUSED;
}

const PHASE_ACTIONS: readonly PhaseAction[] = [
  'accept',
  'reject',
  'time-limit',
  'change-number',
  'call',
  'decline',
  'done',
  'pre-dial-validation',
];
const FIELD_EXPECTS: readonly RefusalParams['field-needs']['expected'][] = ['yes-or-no', 'number', 'date-time', 'text'];
const CHANNELS: readonly Channel[] = ['voice', 'outbound-preview'];
const CONSEQUENCES: readonly RefusalParams['not-assigned']['consequence'][] = ['no-record', 'no-participation-change'];

/** How each parameter of a code is checked when a refusal comes over the wire. */
type ParamCheck<T> = [T] extends [readonly (infer Item)[]]
  ? string extends Item
    ? 'list'
    : { readonly listOf: readonly Item[] }
  : string extends T
    ? 'text'
    : readonly T[];
/** An optional parameter is the kit's own (structured, not text): it is not read from the wire. */
type ParamChecks<P> = { readonly [K in keyof P]-?: undefined extends P[K] ? 'kit' : ParamCheck<P[K]> };

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

/** Every code, with how its parameters are checked: a new code must be added here to type-check. */
export const REFUSAL_PARAM_CHECKS: { readonly [C in RefusalCode]: ParamChecks<RefusalParams[C]> } = {
  'record-closed': NONE,
  'not-now': { action: PHASE_ACTIONS },
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
  'invalid-callback': { problems: { listOf: CALLBACK_ERROR_CODES }, details: 'kit' },
  'call-cannot-become': { status: ['establishing', 'engaging', 'connected', 'held'] },
  'no-call-to-end': NONE,
  engaging: { action: Object.keys(ENGAGING_REFUSED) as EngagingRefusedAction[] },
  'unknown-call-result': { value: 'text' },
  'reschedule-before-call-not-allowed': NONE,
  'read-only-after-transfer': { what: ['call-result', 'record-fields'] },
  'unknown-field': { key: 'text' },
  'field-not-editable': { field: 'text' },
  'field-needs': { field: 'text', expected: FIELD_EXPECTS },
  'field-needs-choice': { field: 'text', options: 'list' },
  'field-type-unsupported': { field: 'text' },
  'unknown-disposition': { disposition: 'text' },
  'im-blocks-outbound': { channel: CHANNELS },
  'logout-during-interaction': NONE,
  'logout-not-requested': NONE,
  'logout-not-authorized': NONE,
  'logged-out': NONE,
  'records-pushed': { campaign: 'text', channel: CHANNELS },
  'campaign-unavailable': { campaign: 'text' },
  'unknown-campaign': NONE,
  'follows-ready': { campaign: 'text' },
  'notice-without-get-record': NONE,
  'no-record': NONE,
  'record-changed': NONE,
  'request-failed': { reason: 'text' },
  'outcome-not-stored': NONE,
  'no-backend': NONE,
  'campaign-not-active': { campaign: 'text', consequence: CONSEQUENCES },
  'not-assigned': { consequence: CONSEQUENCES },
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
  const checks: Readonly<Record<string, 'text' | 'list' | 'kit' | { readonly listOf: readonly string[] } | readonly string[]>> =
    REFUSAL_PARAM_CHECKS[code as RefusalCode];
  const given = params as Readonly<Record<string, unknown>>;
  const read: Record<string, string | readonly string[]> = {};
  for (const [name, check] of Object.entries(checks)) {
    if (check === 'kit') continue;
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

/** A refusal's parameters as they travel on the wire: the text ones, without the kit's own (`'kit'`). */
export function wireParams({ code, params }: RefusalReason): Readonly<Record<string, string | readonly string[]>> {
  const checks: Readonly<Record<string, unknown>> = REFUSAL_PARAM_CHECKS[code];
  const given = params as Readonly<Record<string, unknown>>;
  const wire: Record<string, string | readonly string[]> = {};
  for (const name of Object.keys(checks)) {
    const value = given[name];
    if (checks[name] !== 'kit' && value !== undefined) wire[name] = value as string | readonly string[];
  }
  return wire;
}
