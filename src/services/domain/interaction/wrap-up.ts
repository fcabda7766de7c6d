/**
 * The agent's entries about an interaction (DISP-1..3, CALL-3, CALL-4, CB-3): what may be edited
 * when, and what follows from it. The draft belongs to the agent: the server's updates never
 * overwrite it, and it reaches the server as one outcome through the outbox.
 */
import { presetCallResult } from './call-result-preset.js';
import { allDispositionCodes } from '../campaign/campaign-policy.js';
import type { Interaction } from './interaction.js';
import type { CallbackRequest, Outcome, OutcomeClose, OutcomeDraft } from './outcome.js';
import type { RecordFieldValue } from '../campaign/record.js';
import { refuse } from '../refusals/engine-refusals.js';
import { engagingRefusal } from '../refusals/kit-refusals.js';
import type { Refusal, RefusalParams } from '../refusals/refusals.js';

export type DraftEdit =
  | { readonly type: 'set-call-result'; readonly value: string | null }
  | { readonly type: 'set-dnc'; readonly value: boolean }
  | { readonly type: 'set-dispositions'; readonly codeIds: readonly string[] }
  | { readonly type: 'set-note'; readonly note: string }
  | { readonly type: 'set-callback'; readonly callback: CallbackRequest | null }
  | { readonly type: 'edit-field'; readonly key: string; readonly value: RecordFieldValue };

export type DraftResult =
  | { readonly ok: true; readonly draft: OutcomeDraft; readonly markDoneNow: boolean }
  | { readonly ok: false; readonly refusal: Refusal };

export function editDraft(interaction: Interaction, draft: OutcomeDraft, edit: DraftEdit): DraftResult {
  const refusal = editRefusal(interaction, edit);
  if (refusal) return { ok: false, refusal };
  const next = applyEdit(interaction, draft, edit);
  // Mark Done on disposition (DISP-2) applies once the call is over, never mid-call.
  const markDoneNow =
    edit.type === 'set-dispositions' &&
    edit.codeIds.length > 0 &&
    interaction.schema.markDoneOnDisposition &&
    interaction.phase === 'wrap-up';
  return { ok: true, draft: next, markDoneNow };
}

function editRefusal(interaction: Interaction, edit: DraftEdit): Refusal | null {
  const { phase, call, readOnly, schema, policy, record } = interaction;
  if (phase === 'closed') return refuse('record-closed', {});
  const engaging = call?.status === 'engaging';
  switch (edit.type) {
    case 'set-call-result':
      if (engaging) return engagingRefusal('set-call-result');
      if (readOnly) return refuse('read-only-after-transfer', { what: 'call-result' });
      if (edit.value !== null && !schema.callResults.includes(edit.value)) {
        return refuse('unknown-call-result', { value: edit.value });
      }
      return null;
    case 'set-callback':
      if (engaging) return engagingRefusal('reschedule');
      if ((phase === 'previewing' || phase === 'offered') && !policy.allowRescheduleBeforeDial) {
        return refuse('reschedule-before-call-not-allowed', {});
      }
      return null;
    case 'edit-field': {
      if (readOnly) return refuse('read-only-after-transfer', { what: 'record-fields' });
      const field = record.fields.find((candidate) => candidate.key === edit.key);
      if (!field) return refuse('unknown-field', { key: edit.key });
      if (!field.editable) return refuse('field-not-editable', { field: field.label });
      return fieldValueRefusal(field.label, field.type, field.options, edit.value);
    }
    case 'set-dispositions': {
      const known = new Set(allDispositionCodes(schema.dispositionCodes).map((code) => code.id));
      const unknown = edit.codeIds.find((id) => !known.has(id));
      return unknown ? refuse('unknown-disposition', { disposition: unknown }) : null;
    }
    case 'set-dnc':
    case 'set-note':
      return null;
  }
}

function applyEdit(interaction: Interaction, draft: OutcomeDraft, edit: DraftEdit): OutcomeDraft {
  switch (edit.type) {
    case 'set-call-result':
      return { ...draft, callResult: edit.value };
    case 'set-dnc':
      return { ...draft, dnc: edit.value };
    case 'set-note':
      return { ...draft, note: edit.note };
    case 'set-callback':
      return { ...draft, callback: edit.callback };
    case 'edit-field':
      return { ...draft, fieldEdits: { ...draft.fieldEdits, [edit.key]: edit.value } };
    case 'set-dispositions': {
      // A code with the DNC effect sets Do Not Call; no code ever clears it: only the agent can.
      const codes = allDispositionCodes(interaction.schema.dispositionCodes);
      const impliesDnc = codes.some((code) => edit.codeIds.includes(code.id) && code.effects?.includes('dnc'));
      return { ...draft, dispositionCodeIds: [...edit.codeIds], dnc: draft.dnc || impliesDnc };
    }
  }
}

function fieldValueRefusal(
  label: string,
  type: Interaction['record']['fields'][number]['type'],
  options: readonly string[] | undefined,
  value: RecordFieldValue,
): Refusal | null {
  if (value === null) return null;
  const wrong = (expected: RefusalParams['field-needs']['expected']) => refuse('field-needs', { field: label, expected });
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('yes-or-no');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : wrong('number');
    case 'date-time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : wrong('date-time');
    case 'choice':
      return typeof value === 'string' && (options ?? []).includes(value) ? null
        : refuse('field-needs-choice', { field: label, options: options ?? [] });
    case 'text':
      return typeof value === 'string' ? null : wrong('text');
    case 'unknown':
      return refuse('field-type-unsupported', { field: label });
  }
}

export function toOutcome(interaction: Interaction, draft: OutcomeDraft, close: OutcomeClose): Outcome {
  return {
    ...draft,
    // What the agent chose, or what how the call ended implies (issue 12 #11).
    callResult: draft.callResult ?? presetCallResult(interaction),
    interactionId: interaction.id,
    recordId: interaction.record.id,
    campaignId: interaction.campaignId,
    close,
  };
}
