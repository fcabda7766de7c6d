/**
 * The call result that how the call ended implies (DISP-1): the agent finds it chosen in wrap-up and
 * can change it; the outcome carries it unless they do. Pure: no DOM, no clock.
 */
import type { CallEndReason } from './call.js';
import type { Interaction } from './interaction.js';

const RESULT_OF_END: Partial<Record<CallEndReason, string>> = {
  busy: 'Busy',
  'no-answer': 'No Answer',
  'answering-machine': 'Answering Machine',
  fax: 'Fax',
  dropped: 'Dropped',
  'invalid-number': 'Wrong Number',
};

/**
 * The preset for an ended call, if the campaign has that result: the network's reason, or Answered
 * for a connected call hung up. None before the call ends, after a transfer (the result is then
 * read-only, CALL-3), or for a call never connected.
 */
export function presetCallResult(interaction: Pick<Interaction, 'call' | 'schema'>): string | null {
  const ended = interaction.call?.ended;
  if (!ended || ended.reason === 'transferred') return null;
  const implied = RESULT_OF_END[ended.reason] ?? (interaction.call?.connectedAt != null ? 'Answered' : null);
  return implied !== null && interaction.schema.callResults.includes(implied) ? implied : null;
}
