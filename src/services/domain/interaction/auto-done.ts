import type { Interaction } from './interaction.js';

/** Mark Done on end call (DISP-2): due as soon as the call has ended, when the campaign says so. */
export function markDoneOnEndDue(interaction: Interaction): boolean {
  return interaction.schema.markDoneOnEndCall && interaction.phase === 'wrap-up';
}
