import { msg, str } from '@lit/localize';

// Functions, not constants: each call reads the current locale.

export const interactionLabels = {
  title: () => msg('Call', { id: 'outbound-interaction.title' }),
  /** The call view's landmark, distinct from the preview's ("Preview: …") that shows the same contact. */
  landmark: (contact: string) => msg(str`Call: ${contact}`, { id: 'outbound-interaction.landmark' }),
  empty: () => msg('No call at the moment.', { id: 'outbound-interaction.empty' }),
  number: () => msg('Number', { id: 'outbound-interaction.number' }),
  callerId: () => msg('Caller ID', { id: 'outbound-interaction.caller-id' }),
  talkTime: () => msg('Talk time', { id: 'outbound-interaction.talk-time' }),
  campaign: () => msg('Campaign', { id: 'outbound-interaction.campaign' }),
  dialingMode: () => msg('Dialing mode', { id: 'outbound-interaction.dialing-mode' }),
  origin: () => msg('Origin', { id: 'outbound-interaction.origin' }),
  caseInformation: () => msg('Case information', { id: 'outbound-interaction.case-information' }),
  callDetails: () => msg('Call details', { id: 'outbound-interaction.call-details' }),
  readOnly: () =>
    msg('The call was transferred: the call result and record information can no longer change.', {
      id: 'outbound-interaction.read-only',
    }),
  waitingForRecord: () =>
    msg('The record appears when the contact is connected.', { id: 'outbound-interaction.waiting-for-record' }),
  recordFilled: (contact: string) =>
    msg(str`Record of ${contact} received.`, { id: 'outbound-interaction.record-filled' }),
};
