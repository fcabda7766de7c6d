import { msg, str } from '@lit/localize';
import type { CallEndReason, CallParty, CallStatus } from '../../services/domain/interaction/call.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';

// One wording for the call's status in every element: when the preview and the call view announce
// the same change in the same frame, the announcer reads it once.

/** The status line of a call in progress. */
export function callStatusLabel(status: CallStatus, who: string): string {
  switch (status) {
    case 'dialing':
      return msg(str`Dialing ${who}…`, { id: 'outbound-preview.call.dialing' });
    case 'establishing':
      return msg('Establishing: the contact is being connected…', { id: 'outbound-preview.call.establishing' });
    case 'engaging':
      return msg('Connected: waiting for the contact…', { id: 'outbound-preview.call.engaging' });
    case 'connected':
      return msg(str`Connected to ${who}`, { id: 'outbound-preview.call.connected' });
    case 'held':
      return msg(str`${who} is on hold`, { id: 'outbound-preview.call.held' });
    case 'ended':
      return msg('Call ended', { id: 'outbound-preview.call.ended' });
  }
}

export const wrapUpLabel = () => msg('Call ended. Wrap up the record.', { id: 'outbound-preview.wrap-up' });

/** What the agent is told about the call of an interaction in a call phase, or null outside them. */
export function callStatusLine(interaction: Interaction): string | null {
  const call = interaction.call;
  if (interaction.phase === 'wrap-up') return wrapUpLabel();
  if ((interaction.phase === 'dialing' || interaction.phase === 'in-call') && call) {
    const who = call.status === 'dialing' ? call.number : interaction.record.contactName || call.number;
    return callStatusLabel(call.status, who);
  }
  return null;
}

/** Who ended the call and why, as a sentence. */
export function callEndedLabel(by: CallParty, reason: CallEndReason): string {
  switch (reason) {
    case 'busy':
      return msg('The line was busy.', { id: 'outbound-interaction.ended.busy' });
    case 'no-answer':
      return msg('Nobody answered.', { id: 'outbound-interaction.ended.no-answer' });
    case 'answering-machine':
      return msg('An answering machine answered.', { id: 'outbound-interaction.ended.answering-machine' });
    case 'fax':
      return msg('A fax machine answered.', { id: 'outbound-interaction.ended.fax' });
    case 'dropped':
      return msg('The call was dropped.', { id: 'outbound-interaction.ended.dropped' });
    case 'transferred':
      return msg('You transferred the call.', { id: 'outbound-interaction.ended.transferred' });
    case 'invalid-number':
      return msg('The number could not be dialled.', { id: 'outbound-interaction.ended.invalid-number' });
    case 'hang-up':
      switch (by) {
        case 'agent':
          return msg('You ended the call.', { id: 'outbound-interaction.ended.by-agent' });
        case 'contact':
          return msg('The contact hung up.', { id: 'outbound-interaction.ended.by-contact' });
        case 'system':
          return msg('The system ended the call.', { id: 'outbound-interaction.ended.by-system' });
      }
  }
}
