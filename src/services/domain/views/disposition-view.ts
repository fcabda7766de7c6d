/**
 * What the disposition panel shows, derived from the campaign's outcome schema, the agent's draft,
 * the outbox and the agent's channels (DISP-1..4, DNC-2). Pure: no DOM, no clock.
 */
import type { AgentState, Channel } from '../agent/agent.js';
import { allDispositionCodes, type DispositionCode, type OutcomeSchema } from '../campaign/campaign-policy.js';
import type { Interaction } from '../interaction/interaction.js';
import type { OutcomeDraft } from '../interaction/outcome.js';

/**
 * Disposition codes as a drop-down shows them, in the schema's order: runs of top-level codes
 * without a group (`label` null), and each code that has children as a group named by its path
 * ("Sale › Upgrade"), since groups cannot nest in a drop-down. A code with children is a heading,
 * not a choice.
 */
export interface DispositionGroup {
  readonly label: string | null;
  readonly codes: readonly DispositionCode[];
}

export function dispositionGroups(codes: readonly DispositionCode[]): DispositionGroup[] {
  const groups: DispositionGroup[] = [];
  let loose: DispositionCode[] = [];
  for (const code of codes) {
    if (!code.children?.length) {
      loose.push(code);
      continue;
    }
    if (loose.length > 0) groups.push({ label: null, codes: loose });
    loose = [];
    groups.push(...nestedGroups(code, code.label));
  }
  if (loose.length > 0) groups.push({ label: null, codes: loose });
  return groups;
}

function nestedGroups(parent: DispositionCode, path: string): DispositionGroup[] {
  const children = parent.children ?? [];
  const leaves = children.filter((code) => !code.children?.length);
  const own: DispositionGroup[] = leaves.length > 0 ? [{ label: path, codes: leaves }] : [];
  return [...own, ...children.filter((code) => code.children?.length).flatMap((code) => nestedGroups(code, `${path} › ${code.label}`))];
}

/** The chosen code whose `dnc` effect set Do Not Call, while it is still set (DNC-2). */
export function dncSetByCode(schema: OutcomeSchema, draft: OutcomeDraft): DispositionCode | null {
  if (!draft.dnc) return null;
  return allDispositionCodes(schema.dispositionCodes).find((code) => draft.dispositionCodeIds.includes(code.id) && code.effects?.includes('dnc')) ?? null;
}

/** Whether Done is refused for want of a disposition right now (DISP-2): the call is over and none is chosen. */
export function dispositionMissing(interaction: Interaction, draft: OutcomeDraft): boolean {
  return interaction.phase === 'wrap-up' && interaction.schema.requireDispositionBeforeDone && draft.dispositionCodeIds.length === 0;
}

/** Choosing a disposition now marks the record Done at once (DISP-2). */
export function closesOnDisposition(interaction: Interaction): boolean {
  return interaction.schema.markDoneOnDisposition && interaction.phase === 'wrap-up';
}

/** The phases in which the panel shows its controls: the interaction has a call. */
export function hasCallToWrapUp(interaction: Interaction | null): interaction is Interaction {
  return interaction !== null && (interaction.phase === 'dialing' || interaction.phase === 'in-call' || interaction.phase === 'wrap-up');
}

/** Where an outcome is on its way to the server (DISP-4). */
export type OutcomeDelivery =
  | { readonly state: 'pending'; readonly attempt: number }
  | { readonly state: 'failed'; readonly reason: string }
  | { readonly state: 'none' };

export interface OutboxView {
  readonly pending: readonly { readonly interactionId: string; readonly attempts: number }[];
  readonly failed: readonly { readonly interactionId: string; readonly message: string }[];
}

export function outcomeDelivery(outbox: OutboxView, interactionId: string): OutcomeDelivery {
  const pending = outbox.pending.find((entry) => entry.interactionId === interactionId);
  // Attempts is 0 until the outcome is stored and first sent: that first send is attempt 1.
  if (pending) return { state: 'pending', attempt: Math.max(1, pending.attempts) };
  const failed = outbox.failed.find((entry) => entry.interactionId === interactionId);
  return failed ? { state: 'failed', reason: failed.message } : { state: 'none' };
}

/**
 * The channels the agent may make Ready after Done (DISP-3): those in after-call work, unless the
 * campaign makes the agent Ready by itself.
 */
export function channelsAwaitingReady(agent: AgentState | null, schema: OutcomeSchema | null): Channel[] {
  if (!agent || schema?.readyAfterWork) return [];
  return (Object.keys(agent.channels) as Channel[]).filter((channel) => agent.channels[channel] === 'after-call-work');
}
