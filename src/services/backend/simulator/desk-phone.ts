import type { DeskPhoneEvent, DeskPhoneState } from '../../ports/backend/contract.js';
import type { Interaction } from '../../domain/interaction/interaction.js';

/**
 * What the agent's desk phone shows for an interaction, as a CTI link would report it: it rings when
 * a dialer call is offered, dials when the agent calls, talks or holds during the call, and goes idle
 * when the call ends or the record closes.
 */
export function deskPhoneState(interaction: Interaction | null): DeskPhoneState {
  const call = interaction?.call;
  if (interaction?.phase === 'offered' && (interaction.mode === 'progressive' || interaction.mode === 'predictive')) {
    return 'ringing';
  }
  switch (call?.status) {
    case 'dialing':
      return 'dialing';
    case 'establishing':
    case 'engaging':
    case 'connected':
      return 'talking';
    case 'held':
      return 'held';
    default:
      return 'idle';
  }
}

/** The desk-phone event for a change of interaction, or none when the phone shows the same. */
export function deskPhoneChange(before: Interaction | null, after: Interaction | null): DeskPhoneEvent | null {
  const state = deskPhoneState(after);
  if (state === deskPhoneState(before)) return null;
  if (state === 'idle') {
    const ended = after?.call ?? before?.call ?? null;
    return { type: 'desk-phone', state, callId: null, endedBy: ended?.ended?.by ?? null };
  }
  // A ringing dialer call has no call id of ours yet: the interaction names it.
  return { type: 'desk-phone', state, callId: after?.call?.id ?? after?.id ?? null, endedBy: null };
}
