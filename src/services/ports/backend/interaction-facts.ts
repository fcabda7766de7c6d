/**
 * An interaction on the wire (docs/protocol/, Interaction facts): not the kit's whole `Interaction`
 * but the facts a server knows as they happen. A record was offered; the dial plan changed (time
 * limits, the number and caller id to dial); the call progressed; a dial was refused by pre-dial
 * validation; the record's data arrived; the record was closed. Each fact names the interaction and
 * the stage it is in now, and carries every field that its happening changes, so a desk that
 * applies it is never between two states.
 *
 * `interactionFacts` writes the facts for a change (the in-page simulator's endpoint uses it);
 * `applyInteractionFact` folds one back into the kit's model (the WebSocket back end uses it). The
 * pair is the protocol's definition of an interaction: folding what was written gives back what
 * changed, which a test checks over whole simulated shifts.
 */
import * as v from 'valibot';
import { DIALING_MODES } from '../../domain/campaign/campaign.js';
import type { Interaction, InteractionPhase } from '../../domain/interaction/interaction.js';
import { callSchema, countdownSchema, dialNoticeSchema, outcomeSchemaSchema, policySchema, recordSchema } from './engine-schema.js';

const id = v.pipe(v.string(), v.nonEmpty());
const instant = v.number();
const stage = v.picklist(['offered', 'previewing', 'dialing', 'in-call', 'wrap-up']);

/** The time limits and what will be dialled: everything the offer and preview stages decide. */
const dialPlan = {
  /** The notification's time limit; null once accepted, and for a record pulled into preview. */
  offer: v.nullable(v.object({ countdown: v.nullable(countdownSchema), autoAnswer: v.boolean() })),
  /** The timed auto-dial of a previewed record (DEL-8); paused while the agent types a number. */
  autoDial: v.nullable(countdownSchema),
  selectedNumberId: v.nullable(v.string()),
  numberChosenByAgent: v.boolean(),
  callerId: v.nullable(v.string()),
};

/** A record was delivered to the agent, with the rules it is worked under. */
export const recordOfferedFact = v.object({
  type: v.literal('record-offered'),
  interactionId: id,
  stage,
  campaignId: id,
  mode: v.picklist(DIALING_MODES),
  record: recordSchema,
  policy: policySchema,
  outcomeSchema: outcomeSchemaSchema,
  ...dialPlan,
});

/** The offer or preview changed: accepted, time extended, auto-dial paused, another number or caller id. */
export const dialPlanFact = v.object({ type: v.literal('dial-plan'), interactionId: id, stage, ...dialPlan });

/**
 * The call moved on (dialing, establishing, engaging, connected, held, ended with who and why). A
 * call the interaction did not have before also ends its time limits and any dial notice.
 */
export const callProgressFact = v.object({
  type: v.literal('call-progress'),
  interactionId: id,
  stage,
  call: callSchema,
  /** After a transfer, the call result and record fields are read-only (CALL-3). */
  readOnly: v.boolean(),
});

/** Pre-dial validation refused the dial (DNC-1): the call ended unplaced, the record is back in preview. */
export const dialRefusedFact = v.object({
  type: v.literal('dial-refused'),
  interactionId: id,
  call: callSchema,
  /** The notice in the server's words, shown when the kit cannot word `detail`. */
  notice: v.string(),
  detail: v.nullable(dialNoticeSchema),
  /** The number selected instead; null when none is left and the record is to be marked Done. */
  selectedNumberId: v.nullable(v.string()),
});

/** The record's data arrived after the connection (ASM, DEL-5), with the number the call is on. */
export const recordFilledFact = v.object({
  type: v.literal('record-filled'),
  interactionId: id,
  stage,
  record: recordSchema,
  call: v.nullable(callSchema),
  selectedNumberId: v.nullable(v.string()),
});

/** The record is closed: Done, rejected, timed out, declined. Its time limits are over. */
export const recordClosedFact = v.object({
  type: v.literal('record-closed'),
  interactionId: id,
  reason: v.picklist(['done', 'done-and-stop', 'rejected', 'timed-out', 'declined-later', 'declined-never']),
  at: instant,
  /** The agent's channel went Not Ready with it (an offer that timed out, DEL-3). */
  setNotReady: v.boolean(),
});

export const interactionFactSchemas = {
  RecordOffered: recordOfferedFact,
  DialPlan: dialPlanFact,
  CallProgress: callProgressFact,
  DialRefused: dialRefusedFact,
  RecordFilled: recordFilledFact,
  RecordClosed: recordClosedFact,
} as const;

export const interactionFactSchema = v.variant('type', Object.values(interactionFactSchemas));

/** The stage an open interaction is in, as each fact names it. */
export type InteractionStage = Exclude<InteractionPhase, 'closed'>;
/** The time limits and what will be dialled: the offer's and preview's part of an interaction. */
export type InteractionDialPlan = Pick<Interaction, 'offer' | 'autoDial' | 'selectedNumberId' | 'numberChosenByAgent' | 'callerId'>;

/** The facts as the kit's types name them (the schemas above read them; the check below keeps the two together). */
export type InteractionFact =
  | ({ readonly type: 'record-offered'; readonly interactionId: string; readonly stage: InteractionStage; readonly outcomeSchema: Interaction['schema'] } & Pick<Interaction, 'campaignId' | 'mode' | 'record' | 'policy'> & InteractionDialPlan)
  | ({ readonly type: 'dial-plan'; readonly interactionId: string; readonly stage: InteractionStage } & InteractionDialPlan)
  | ({ readonly type: 'call-progress'; readonly interactionId: string; readonly stage: InteractionStage; readonly call: NonNullable<Interaction['call']> } & Pick<Interaction, 'readOnly'>)
  | {
      readonly type: 'dial-refused';
      readonly interactionId: string;
      readonly call: NonNullable<Interaction['call']>;
      readonly notice: string;
      readonly detail: Interaction['dialNoticeDetail'];
      readonly selectedNumberId: string | null;
    }
  | ({ readonly type: 'record-filled'; readonly interactionId: string; readonly stage: InteractionStage } & Pick<Interaction, 'record' | 'call' | 'selectedNumberId'>)
  | ({ readonly type: 'record-closed'; readonly interactionId: string } & NonNullable<Interaction['closed']>);

const schemaMatchesFacts: (fact: v.InferOutput<typeof interactionFactSchema>) => InteractionFact = (fact) => fact;
void schemaMatchesFacts;

/**
 * The facts that take a desk from `before` (null: it knows nothing of this interaction) to `after`,
 * in the order to apply them. Usually one; a snapshot of an interaction well under way gives several.
 */
export function interactionFacts(before: Interaction | null, after: Interaction): InteractionFact[] {
  const facts: InteractionFact[] = [];
  const interactionId = after.id;
  const known = before !== null && before.id === after.id ? before : null;
  // The stage each fact names: the one `after` is in, or the last open one for a closed record.
  const open: InteractionStage = after.phase !== 'closed' ? after.phase : known && known.phase !== 'closed' ? known.phase : openStageOf(after);
  if (!known) {
    facts.push({
      type: 'record-offered',
      interactionId,
      stage: open,
      campaignId: after.campaignId,
      mode: after.mode,
      record: after.record,
      policy: after.policy,
      outcomeSchema: after.schema,
      ...dialPlanOf(after),
    });
  }
  const base = known ?? foldOffered(facts[0] as Extract<InteractionFact, { type: 'record-offered' }>);
  if (after.dialNotice !== null && after.dialNotice !== base.dialNotice && after.call) {
    facts.push({
      type: 'dial-refused',
      interactionId,
      call: after.call,
      notice: after.dialNotice,
      detail: after.dialNoticeDetail,
      selectedNumberId: after.selectedNumberId,
    });
  } else {
    if (!same(after.record, base.record)) {
      facts.push({ type: 'record-filled', interactionId, stage: open, record: after.record, call: after.call, selectedNumberId: after.selectedNumberId });
    } else if (after.call && (!same(after.call, base.call) || after.readOnly !== base.readOnly)) {
      facts.push({ type: 'call-progress', interactionId, stage: open, call: after.call, readOnly: after.readOnly });
    }
  }
  const closing: InteractionFact[] = after.closed && !same(after.closed, base.closed) ? [{ type: 'record-closed', interactionId, ...after.closed }] : [];
  const applied = [...facts, ...closing].reduce<Interaction>((interaction, fact) => fold(interaction, fact), base);
  if (!same(dialPlanOf(after), dialPlanOf(applied)) || applied.phase !== after.phase) {
    facts.push({ type: 'dial-plan', interactionId, stage: open, ...dialPlanOf(after) });
  }
  return [...facts, ...closing];
}

export type FactReading = { readonly ok: true; readonly interaction: Interaction } | { readonly ok: false; readonly message: string };

/** The kit's interaction after one fact; `known` is what the desk holds of that interaction, if anything. */
export function applyInteractionFact(known: Interaction | undefined, fact: InteractionFact): FactReading {
  if (fact.type === 'record-offered') return { ok: true, interaction: foldOffered(fact) };
  if (!known) return { ok: false, message: `a "${fact.type}" fact for interaction ${fact.interactionId}, which was never offered` };
  if (known.phase === 'closed') return { ok: false, message: `a "${fact.type}" fact for interaction ${fact.interactionId}, which is closed` };
  return { ok: true, interaction: fold(known, fact) };
}

function fold(known: Interaction, fact: InteractionFact): Interaction {
  switch (fact.type) {
    case 'record-offered':
      return foldOffered(fact);
    case 'dial-plan':
      return { ...known, phase: fact.stage, ...planFrom(fact) };
    case 'call-progress': {
      const newCall = known.call?.id !== fact.call.id;
      const cleared = newCall ? { offer: null, autoDial: null, dialNotice: null, dialNoticeDetail: null } : {};
      return { ...known, ...cleared, phase: fact.stage, call: fact.call, readOnly: fact.readOnly };
    }
    case 'dial-refused':
      return {
        ...known,
        phase: 'previewing',
        offer: null,
        autoDial: null,
        call: fact.call,
        dialNotice: fact.notice,
        dialNoticeDetail: fact.detail,
        selectedNumberId: fact.selectedNumberId,
        numberChosenByAgent: false,
      };
    case 'record-filled':
      return { ...known, phase: fact.stage, record: fact.record, call: fact.call, selectedNumberId: fact.selectedNumberId };
    case 'record-closed':
      return { ...known, phase: 'closed', offer: null, autoDial: null, closed: { reason: fact.reason, at: fact.at, setNotReady: fact.setNotReady } };
  }
}

function foldOffered(fact: Extract<InteractionFact, { type: 'record-offered' }>): Interaction {
  return {
    id: fact.interactionId,
    campaignId: fact.campaignId,
    mode: fact.mode,
    policy: fact.policy,
    schema: fact.outcomeSchema,
    record: fact.record,
    phase: fact.stage,
    ...planFrom(fact),
    call: null,
    readOnly: false,
    dialNotice: null,
    dialNoticeDetail: null,
    closed: null,
  };
}

function planFrom(fact: InteractionDialPlan): InteractionDialPlan {
  return {
    offer: fact.offer,
    autoDial: fact.autoDial,
    selectedNumberId: fact.selectedNumberId,
    numberChosenByAgent: fact.numberChosenByAgent,
    callerId: fact.callerId,
  };
}

const dialPlanOf = (interaction: Interaction): InteractionDialPlan => planFrom(interaction);

/** The stage a closed interaction was closed from, as its facts name it. */
function openStageOf(interaction: Interaction): InteractionStage {
  const call = interaction.call;
  if (!call) return interaction.mode === 'preview' || interaction.offer === null ? 'previewing' : 'offered';
  if (call.status === 'ended') return interaction.dialNotice !== null ? 'previewing' : 'wrap-up';
  return call.status === 'dialing' ? 'dialing' : 'in-call';
}

/** Deep equality of plain data (what JSON can carry), key order aside. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
