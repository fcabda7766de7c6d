/**
 * The engine's refusals (interaction.ts, wrap-up.ts) with their English sentences. Loaded with the
 * engine's rules, not with the kit's core.
 */
import { NUMBER_BLOCK_REASONS } from '../campaign/record.js';
import { refusalFrom, type PhaseAction, type Refusal, type RefusalMessages, type RefusalParams } from './refusals.js';

export type EngineRefusalCode =
  | 'record-closed'
  | 'not-now'
  | 'reject-connecting'
  | 'reject-not-allowed'
  | 'no-time-limit'
  | 'extend-not-allowed'
  | 'unknown-number'
  | 'number-blocked'
  | 'unknown-caller-id'
  | 'auto-dial-paused'
  | 'auto-dial-not-due'
  | 'other-number-not-allowed'
  | 'incomplete-number'
  | 'manual-dial-required'
  | 'no-number'
  | 'decline-not-allowed'
  | 'no-call'
  | 'hold-needs-connected'
  | 'not-on-hold'
  | 'tones-need-connected'
  | 'invalid-tones'
  | 'contact-not-connected'
  | 'call-result-required'
  | 'call-active'
  | 'disposition-required'
  | 'callback-required'
  | 'invalid-callback'
  | 'call-cannot-become'
  | 'no-call-to-end'
  | 'unknown-call-result'
  | 'reschedule-before-call-not-allowed'
  | 'read-only-after-transfer'
  | 'unknown-field'
  | 'field-not-editable'
  | 'field-needs'
  | 'field-needs-choice'
  | 'field-type-unsupported'
  | 'unknown-disposition';

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

export const ENGINE_REFUSAL_MESSAGES: RefusalMessages<EngineRefusalCode> = {
  'record-closed': () => 'This record is already closed.',
  'not-now': ({ action }) => `${PHASE_ACTIONS[action]} is not possible at this point.`,
  'reject-connecting': () => 'This call can only be accepted: the contact is already being connected to you.',
  'reject-not-allowed': () => 'This campaign does not allow rejecting a record.',
  'no-time-limit': () => 'There is no time limit to extend.',
  'extend-not-allowed': () => 'This campaign does not allow more time.',
  'unknown-number': () => 'That number is not one of this record’s numbers.',
  'number-blocked': ({ number, reason }) => `${number} ${NUMBER_BLOCK_REASONS[reason]} and cannot be dialled.`,
  'unknown-caller-id': () => 'That caller ID is not offered by this campaign.',
  'auto-dial-paused': () => 'Auto-dial is paused while you enter a number.',
  'auto-dial-not-due': () => 'Auto-dial is not due yet.',
  'other-number-not-allowed': () => 'This campaign does not allow other numbers.',
  'incomplete-number': ({ number }) => `${number} is not a complete international number (for example +15555550123).`,
  'manual-dial-required': () => 'Choose or type the number to dial: this campaign requires manual dialing.',
  'no-number': () => 'This record has no number that can be dialled. Mark it Done.',
  'decline-not-allowed': () => 'This campaign does not allow declining.',
  'no-call': () => 'There is no call.',
  'hold-needs-connected': () => 'Only a connected call can be put on hold.',
  'not-on-hold': () => 'The call is not on hold.',
  'tones-need-connected': () => 'Tones can be sent only on a connected call.',
  'invalid-tones': () => 'Only 0–9, *, # and A–D can be sent as tones.',
  'contact-not-connected': () => 'The contact must be connected first.',
  'call-result-required': ({ action }) =>
    `Set the call result before ${action === 'transfer' ? 'transferring' : 'starting a conference'}: this campaign requires it.`,
  'call-active': () => 'End the call before marking the record Done.',
  'disposition-required': () => 'Choose a disposition before marking the record Done.',
  'callback-required': ({ disposition }) =>
    `The disposition “${disposition}” needs a callback: schedule one before marking the record Done.`,
  'invalid-callback': () => 'The scheduled callback is not valid. Change or cancel it before marking the record Done.',
  'call-cannot-become': ({ status }) => `The call cannot become ${status} now.`,
  'no-call-to-end': () => 'There is no call to end.',
  'unknown-call-result': ({ value }) => `“${value}” is not a call result of this campaign.`,
  'reschedule-before-call-not-allowed': () => 'This campaign does not allow rescheduling before the call.',
  'read-only-after-transfer': ({ what }) =>
    `${what === 'call-result' ? 'The call result' : 'Record information'} cannot change after the call was transferred.`,
  'unknown-field': ({ key }) => `The record has no field “${key}”.`,
  'field-not-editable': ({ field }) => `${field} cannot be edited.`,
  'field-needs': ({ field, expected }) => `${field} needs ${FIELD_EXPECTS[expected]}.`,
  'field-needs-choice': ({ field, options }) => `${field} needs one of: ${options.join(', ')}.`,
  'field-type-unsupported': ({ field }) => `${field} has a type the kit cannot edit.`,
  'unknown-disposition': ({ disposition }) => `“${disposition}” is not a disposition of this campaign.`,
};

/** An engine refusal; `message` replaces the English when the caller has a more specific one (CB-4). */
export function refuse<C extends EngineRefusalCode>(code: C, params: RefusalParams[C], message?: string): Refusal {
  return refusalFrom(ENGINE_REFUSAL_MESSAGES, code, params, message);
}
