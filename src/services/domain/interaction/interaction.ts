/**
 * An interaction: one record offered to, previewed by, and called by the agent, through to Done.
 * One explicit state machine covers every dialing mode; `step` is its only transition function and
 * is used by the kit and by the simulator alike, so both refuse the same things with the same words.
 */
import { endCall, moveCall, startCall, type Call, type CallEndReason, type CallParty } from './call.js';
import type { DialingMode } from '../campaign/campaign.js';
import { allDispositionCodes, type DeliveryPolicy, type OutcomeSchema } from '../campaign/campaign-policy.js';
import {
  extendCountdown,
  isExpired,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  type Countdown,
} from './countdown.js';
import type { OutcomeDraft } from './outcome.js';
import { isE164 } from '../numbers/phone-number.js';
import type { DialNotice } from '../numbers/dial-validation.js';
import type { NumberType, OutboundRecord, RecordPhoneNumber } from '../campaign/record.js';
import { refuse, type EngineRefusalCode } from '../refusals/engine-refusals.js';
import { engagingRefusal } from '../refusals/kit-refusals.js';
import { isEngagingRefused, type PhaseAction, type Refusal, type RefusalParams } from '../refusals/refusals.js';
import type { CallbackErrorCode, CallbackErrorParams } from '../callback/callback.js';

export type InteractionPhase = 'offered' | 'previewing' | 'dialing' | 'in-call' | 'wrap-up' | 'closed';

export type CloseReason =
  | 'done'
  | 'done-and-stop'
  | 'rejected'
  | 'timed-out'
  | 'declined-later'
  | 'declined-never';

export interface Interaction {
  readonly id: string;
  readonly campaignId: string;
  readonly mode: DialingMode;
  readonly policy: DeliveryPolicy;
  readonly schema: OutcomeSchema;
  readonly record: OutboundRecord;
  readonly phase: InteractionPhase;
  /** The notification's time limit; auto-answer accepts at zero instead of expiring (DEL-7). */
  readonly offer: { readonly countdown: Countdown | null; readonly autoAnswer: boolean } | null;
  /** Timed auto-dial of a previewed record (DEL-8), paused while a new number is typed. */
  readonly autoDial: Countdown | null;
  readonly selectedNumberId: string | null;
  /** Manual dialing (PRV-6) needs a number the agent chose or typed. */
  readonly numberChosenByAgent: boolean;
  readonly callerId: string | null;
  readonly call: Call | null;
  /** After a transfer the call result and record fields are read-only (CALL-3). */
  readonly readOnly: boolean;
  /** The last pre-dial validation notice (DNC-1), until the next call: in English, as the server sent it. */
  readonly dialNotice: string | null;
  /** The same notice as codes with parameters, for the elements to word; null when the server sent only text. */
  readonly dialNoticeDetail: DialNotice | null;
  readonly closed: { readonly reason: CloseReason; readonly at: number; readonly setNotReady: boolean } | null;
}

export type CallTarget =
  | { readonly numberId: string }
  | { readonly e164: string; readonly numberType: NumberType };

/** What the agent can do to an interaction. */
export type AgentAction =
  | { readonly type: 'accept' }
  | { readonly type: 'reject' }
  | { readonly type: 'extend-time' }
  | { readonly type: 'select-number'; readonly numberId: string }
  | { readonly type: 'typing-new-number'; readonly typing: boolean }
  | { readonly type: 'select-caller-id'; readonly callerId: string }
  | { readonly type: 'call'; readonly target?: CallTarget }
  | { readonly type: 'decline'; readonly scope: 'later' | 'never' }
  | { readonly type: 'hold' }
  | { readonly type: 'retrieve' }
  | { readonly type: 'end-call' }
  | { readonly type: 'send-dtmf'; readonly digits: string }
  | { readonly type: 'transfer' | 'conference' | 'consult'; readonly target: string }
  | { readonly type: 'mark-done'; readonly close: 'done' | 'done-and-stop' };

/** What happens to an interaction without the agent: the server, the network, the clock. */
export type Happening =
  | { readonly type: 'offer-expired' }
  | { readonly type: 'auto-dial-due' }
  | { readonly type: 'call-progress'; readonly status: 'establishing' | 'engaging' | 'connected' | 'held' }
  | { readonly type: 'call-ended'; readonly by: CallParty; readonly reason: CallEndReason }
  | { readonly type: 'record-filled'; readonly record: OutboundRecord }
  | { readonly type: 'dial-refused'; readonly message: string; readonly detail?: DialNotice; readonly nextNumberId: string | null }
  | { readonly type: 'transfer-completed' };

export type InteractionInput = AgentAction | Happening;

export interface StepContext {
  readonly now: number;
  /** The agent's entries, for the rules that depend on them (CALL-3, DISP-2). */
  readonly draft: OutcomeDraft;
  /** Why the scheduled callback is invalid, if it is (CB-4). */
  readonly callbackProblem?: {
    readonly problems: readonly CallbackErrorCode[];
    /** What each problem names (the times, the number), for wording in the kit's language. */
    readonly details?: readonly CallbackErrorParams[];
    readonly message: string;
  } | null;
  readonly newCallId: () => string;
}

export type StepResult =
  | { readonly ok: true; readonly interaction: Interaction }
  | { readonly ok: false; readonly refusal: Refusal };

/** A new interaction as the server delivers it: offered, or straight into the preview (pull). */
export function deliverInteraction(
  base: Pick<Interaction, 'id' | 'campaignId' | 'mode' | 'policy' | 'schema' | 'record'>,
  now: number,
): Interaction {
  const { policy } = base;
  const pulled = base.mode === 'preview';
  const autoAnswer = policy.autoAnswerSeconds !== null;
  const limit = autoAnswer ? policy.autoAnswerSeconds : policy.offerTimeoutSeconds;
  const interaction: Interaction = {
    ...base,
    phase: pulled ? 'previewing' : 'offered',
    offer: pulled ? null : { autoAnswer, countdown: limit === null ? null : startCountdown(now, limit) },
    autoDial: null,
    selectedNumberId: firstCallableNumber(base.record.numbers)?.id ?? null,
    numberChosenByAgent: false,
    callerId: policy.callerIds[0] ?? null,
    call: null,
    readOnly: false,
    dialNotice: null,
    dialNoticeDetail: null,
    closed: null,
  };
  return pulled ? withAutoDial(interaction, now) : interaction;
}

export function step(interaction: Interaction, input: InteractionInput, context: StepContext): StepResult {
  if (interaction.phase === 'closed') {
    return refused('record-closed', {});
  }
  switch (input.type) {
    case 'accept':
      return accept(interaction, context);
    case 'reject':
      return reject(interaction, context);
    case 'offer-expired':
      return offerExpired(interaction, context);
    case 'extend-time':
      return extendTime(interaction);
    case 'select-number':
    case 'typing-new-number':
    case 'select-caller-id':
      return previewChoice(interaction, input, context.now);
    case 'call':
      return call(interaction, input.target, context, false);
    case 'auto-dial-due':
      return call(interaction, undefined, context, true);
    case 'decline':
      return decline(interaction, input.scope, context.now);
    case 'hold':
    case 'retrieve':
    case 'end-call':
    case 'send-dtmf':
    case 'transfer':
    case 'conference':
    case 'consult':
      return callControl(interaction, input, context);
    case 'mark-done':
      return markDone(interaction, input.close, context);
    case 'call-progress':
      return callProgress(interaction, input.status, context.now);
    case 'call-ended':
      return callEnded(interaction, input.by, input.reason, context.now, false);
    case 'transfer-completed':
      return callEnded(interaction, 'agent', 'transferred', context.now, true);
    case 'record-filled':
      return recordFilled(interaction, input.record);
    case 'dial-refused':
      return dialRefused(interaction, input, context.now);
  }
}

function accept(interaction: Interaction, context: StepContext): StepResult {
  if (interaction.phase !== 'offered') return notNow('accept');
  const accepted = { ...interaction, offer: null };
  switch (interaction.mode) {
    case 'preview':
    case 'push-preview':
      return ok(withAutoDial({ ...accepted, phase: 'previewing' }, context.now));
    case 'direct-push-preview':
      return call({ ...accepted, phase: 'previewing' }, undefined, context, true);
    case 'progressive':
    case 'predictive': {
      // The server dialled already; accepting joins the agent to the call.
      const { asm, assuredConnection } = interaction.policy;
      const status = assuredConnection ? 'engaging' : asm ? 'establishing' : 'connected';
      const number = selectedNumber(interaction)?.e164 ?? '';
      const call = startCall(context.newCallId(), number, interaction.callerId, context.now, status);
      return ok({ ...accepted, phase: 'in-call', call });
    }
  }
}

function reject(interaction: Interaction, context: StepContext): StepResult {
  if (interaction.phase !== 'offered') return notNow('reject');
  if (interaction.policy.asm) {
    return refused('reject-connecting', {});
  }
  if (!interaction.policy.allowReject) {
    return refused('reject-not-allowed', {});
  }
  return close(interaction, 'rejected', context.now);
}

function offerExpired(interaction: Interaction, context: StepContext): StepResult {
  if (interaction.phase !== 'offered') return notNow('time-limit');
  if (interaction.offer?.autoAnswer) return accept(interaction, context);
  const setNotReady = interaction.policy.onOfferTimeout === 'reject-and-not-ready';
  return close(interaction, 'timed-out', context.now, setNotReady);
}

function extendTime(interaction: Interaction): StepResult {
  const seconds = interaction.policy.extendSeconds;
  const countdown = interaction.phase === 'offered' ? interaction.offer?.countdown : interaction.autoDial;
  if (!countdown) return refused('no-time-limit', {});
  if (seconds === null) return refused('extend-not-allowed', {});
  const extended = extendCountdown(countdown, seconds);
  return ok(
    interaction.phase === 'offered' && interaction.offer
      ? { ...interaction, offer: { ...interaction.offer, countdown: extended } }
      : { ...interaction, autoDial: extended },
  );
}

function previewChoice(
  interaction: Interaction,
  input: Extract<AgentAction, { type: 'select-number' | 'typing-new-number' | 'select-caller-id' }>,
  now: number,
): StepResult {
  if (interaction.phase !== 'previewing' && interaction.phase !== 'offered') return notNow('change-number');
  switch (input.type) {
    case 'select-number': {
      const number = interaction.record.numbers.find((candidate) => candidate.id === input.numberId);
      if (!number) return refused('unknown-number', {});
      if (number.blocked) return blockedRefusal(number);
      return ok({ ...interaction, selectedNumberId: number.id, numberChosenByAgent: true });
    }
    case 'typing-new-number': {
      // The agent is typing: auto-dial must wait for them (DEL-8).
      const autoDial = interaction.autoDial && (input.typing ? pauseCountdown : resumeCountdown)(interaction.autoDial, now);
      return ok({ ...interaction, autoDial });
    }
    case 'select-caller-id':
      if (!interaction.policy.callerIds.includes(input.callerId)) {
        return refused('unknown-caller-id', {});
      }
      return ok({ ...interaction, callerId: input.callerId });
  }
}

function call(interaction: Interaction, target: CallTarget | undefined, context: StepContext, automatic: boolean): StepResult {
  if (interaction.phase !== 'previewing') return notNow('call');
  const { policy } = interaction;
  if (automatic && interaction.mode !== 'direct-push-preview') {
    if (!interaction.autoDial || interaction.autoDial.state === 'paused') {
      return refused('auto-dial-paused', {});
    }
    if (!isExpired(interaction.autoDial, context.now)) return refused('auto-dial-not-due', {});
  }
  let number: string;
  if (target && 'e164' in target) {
    if (!policy.allowOtherNumber) return refused('other-number-not-allowed', {});
    if (!isE164(target.e164)) {
      return refused('incomplete-number', { number: target.e164 });
    }
    number = target.e164;
  } else {
    const chosenId = target?.numberId ?? interaction.selectedNumberId;
    const manual = policy.manualDialOnly && !target && !interaction.numberChosenByAgent;
    if (manual) return refused('manual-dial-required', {});
    const chosen = interaction.record.numbers.find((candidate) => candidate.id === chosenId);
    if (!chosen) return refused('no-number', {});
    if (chosen.blocked) return blockedRefusal(chosen);
    number = chosen.e164;
  }
  const started = startCall(context.newCallId(), number, interaction.callerId, context.now);
  return ok({ ...interaction, phase: 'dialing', autoDial: null, dialNotice: null, dialNoticeDetail: null, call: started });
}

function decline(interaction: Interaction, scope: 'later' | 'never', now: number): StepResult {
  if (interaction.phase !== 'previewing') return notNow('decline');
  if (!interaction.policy.allowDecline) return refused('decline-not-allowed', {});
  return close(interaction, scope === 'later' ? 'declined-later' : 'declined-never', now);
}

function callControl(
  interaction: Interaction,
  input: Extract<AgentAction, { type: 'hold' | 'retrieve' | 'end-call' | 'send-dtmf' | 'transfer' | 'conference' | 'consult' }>,
  context: StepContext,
): StepResult {
  const current = interaction.call;
  if (!current || current.status === 'ended') return refused('no-call', {});
  if (current.status === 'engaging' && isEngagingRefused(input.type)) {
    return { ok: false, refusal: engagingRefusal(input.type) };
  }
  switch (input.type) {
    case 'end-call':
      return callEnded(interaction, 'agent', 'hang-up', context.now, false);
    case 'hold':
    case 'retrieve': {
      const moved = moveCall(current, input.type === 'hold' ? 'held' : 'connected', context.now);
      if (!moved || (input.type === 'retrieve' && current.status !== 'held')) {
        return input.type === 'hold' ? refused('hold-needs-connected', {}) : refused('not-on-hold', {});
      }
      return ok({ ...interaction, call: moved });
    }
    case 'send-dtmf':
      if (current.status !== 'connected') return refused('tones-need-connected', {});
      if (!/^[0-9*#A-D]+$/.test(input.digits)) return refused('invalid-tones', {});
      return ok(interaction);
    case 'transfer':
    case 'conference':
    case 'consult':
      if (current.status !== 'connected' && current.status !== 'held') {
        return refused('contact-not-connected', {});
      }
      if (input.type !== 'consult' && interaction.schema.requireCallResultBeforeTransfer && !context.draft.callResult) {
        return refused('call-result-required', { action: input.type });
      }
      return ok(interaction);
  }
}

function markDone(interaction: Interaction, close_: 'done' | 'done-and-stop', context: StepContext): StepResult {
  const { phase, schema } = interaction;
  if (phase === 'offered') return notNow('done');
  if (phase === 'dialing' || phase === 'in-call') {
    return refused('call-active', {});
  }
  if (schema.requireDispositionBeforeDone && context.draft.dispositionCodeIds.length === 0) {
    return refused('disposition-required', {});
  }
  const needsCallback = allDispositionCodes(schema.dispositionCodes).find(
    (code) => context.draft.dispositionCodeIds.includes(code.id) && code.effects?.includes('creates-callback'),
  );
  if (needsCallback && !context.draft.callback) {
    return refused('callback-required', { disposition: needsCallback.label });
  }
  if (context.callbackProblem) {
    const { problems, details, message } = context.callbackProblem;
    return refused('invalid-callback', details ? { problems, details } : { problems }, message);
  }
  return close(interaction, close_, context.now);
}

function callProgress(interaction: Interaction, status: 'establishing' | 'engaging' | 'connected' | 'held', now: number): StepResult {
  const moved = interaction.call && moveCall(interaction.call, status, now);
  if (!moved) return refused('call-cannot-become', { status });
  return ok({ ...interaction, phase: 'in-call', call: moved });
}

function callEnded(interaction: Interaction, by: CallParty, reason: CallEndReason, now: number, transferred: boolean): StepResult {
  const ended = interaction.call && endCall(interaction.call, by, reason, now);
  if (!ended) return refused('no-call-to-end', {});
  return ok({ ...interaction, phase: 'wrap-up', call: ended, readOnly: interaction.readOnly || transferred });
}

/** ASM: the record arrives with the connection; the call takes the number it was made on (DEL-5). */
function recordFilled(interaction: Interaction, record: OutboundRecord): StepResult {
  const number = firstCallableNumber(record.numbers);
  const call = interaction.call && !interaction.call.number && number ? { ...interaction.call, number: number.e164 } : interaction.call;
  return ok({
    ...interaction,
    record: { ...record, filled: true },
    call,
    selectedNumberId: interaction.selectedNumberId ?? number?.id ?? null,
  });
}

function dialRefused(interaction: Interaction, refusal: Extract<Happening, { type: 'dial-refused' }>, now: number): StepResult {
  if (interaction.phase !== 'dialing' || !interaction.call) return notNow('pre-dial-validation');
  const ended = endCall(interaction.call, 'system', 'invalid-number', now);
  return ok({
    ...interaction,
    phase: 'previewing',
    call: ended,
    dialNotice: refusal.message,
    dialNoticeDetail: refusal.detail ?? null,
    selectedNumberId: refusal.nextNumberId,
    numberChosenByAgent: false,
  });
}

function withAutoDial(interaction: Interaction, now: number): Interaction {
  const seconds = interaction.policy.autoDialSeconds;
  if (seconds === null || interaction.policy.manualDialOnly) return interaction;
  return { ...interaction, autoDial: startCountdown(now, seconds) };
}

function close(interaction: Interaction, reason: CloseReason, now: number, setNotReady = false): StepResult {
  return ok({ ...interaction, phase: 'closed', offer: null, autoDial: null, closed: { reason, at: now, setNotReady } });
}

export function selectedNumber(interaction: Interaction): RecordPhoneNumber | undefined {
  return interaction.record.numbers.find((number) => number.id === interaction.selectedNumberId);
}

function firstCallableNumber(numbers: readonly RecordPhoneNumber[]): RecordPhoneNumber | undefined {
  return numbers.find((number) => !number.blocked);
}

function blockedRefusal(number: RecordPhoneNumber): StepResult {
  return refused('number-blocked', { number: number.e164, reason: number.blocked ?? 'invalid' });
}

const ok = (interaction: Interaction): StepResult => ({ ok: true, interaction });
function refused<C extends EngineRefusalCode>(code: C, params: RefusalParams[C], message?: string): StepResult {
  return { ok: false, refusal: refuse(code, params, message) };
}
const notNow = (action: PhaseAction): StepResult => refused('not-now', { action });
