import { msg, str } from '@lit/localize';

// Functions, not constants: each call reads the current locale.

export const dispositionLabels = {
  title: () => msg('Dispositions', { id: 'disposition-panel.title' }),
  empty: () => msg('No call to wrap up.', { id: 'disposition-panel.empty' }),
  beforeCall: () =>
    msg('The call result and disposition are set once the call starts.', { id: 'disposition-panel.before-call' }),
  callResult: () => msg('Call Result', { id: 'disposition-panel.call-result' }),
  notSet: () => msg('Not set', { id: 'disposition-panel.not-set' }),
  presetCallResult: () =>
    msg('Set from how the call ended. You can change it.', { id: 'disposition-panel.preset-call-result' }),
  dnc: () => msg('Do Not Call', { id: 'disposition-panel.dnc' }),
  dncSetBy: (code: string) =>
    msg(str`Set by the disposition “${code}”. Only you can clear it.`, { id: 'disposition-panel.dnc-set-by' }),
  disposition: () => msg('Disposition', { id: 'disposition-panel.disposition' }),
  note: () => msg('Note', { id: 'disposition-panel.note' }),
  markDone: () => msg('Mark Done', { id: 'disposition-panel.mark-done' }),
  done: () => msg('Done', { id: 'disposition-panel.done' }),
  doneAndStop: () => msg('Done and Stop', { id: 'disposition-panel.done-and-stop' }),
  closesOnDisposition: () =>
    msg('Choosing a disposition marks the record Done, so write your note first. With the keyboard, the arrow keys only browse: press Enter to choose.', {
      id: 'disposition-panel.closes-on-disposition',
    }),
  closing: () => msg('Marking the record Done…', { id: 'disposition-panel.closing' }),
  readOnlyCallResult: () =>
    msg('The call result cannot change after the call was transferred.', { id: 'disposition-panel.read-only-call-result' }),
  engagingCallResult: () =>
    msg('The call result can be set once the contact is connected: you hear waiting music until they answer.', {
      id: 'disposition-panel.engaging-call-result',
    }),
  pending: (contact: string, attempt: number) =>
    msg(str`Waiting to deliver the outcome for ${contact} (attempt ${attempt})…`, { id: 'disposition-panel.pending' }),
  delivered: (contact: string) => msg(str`Outcome for ${contact} delivered.`, { id: 'disposition-panel.delivered' }),
  failed: (contact: string, reason: string) =>
    msg(str`The outcome for ${contact} was not delivered: ${reason}`, { id: 'disposition-panel.failed' }),
  unknownContact: () => msg('the last record', { id: 'disposition-panel.unknown-contact' }),
  afterCallWork: () =>
    msg('You are in after-call work. Choose Ready when you are ready for the next call.', {
      id: 'disposition-panel.after-call-work',
    }),
  ready: () => msg('Ready', { id: 'disposition-panel.ready' }),
  nowReady: () => msg('You are Ready.', { id: 'disposition-panel.now-ready' }),
};
