import { msg, str } from '@lit/localize';
import type { KeyShortcut } from '../../a11y/shortcuts.js';

// Functions, not constants: each call reads the current locale.

export const previewLabels = {
  title: () => msg('Interaction Preview', { id: 'outbound-preview.title' }),
  /** The preview's landmark, distinct from the call view's ("Call: …") that shows the same contact. */
  landmark: (contact: string) => msg(str`Preview: ${contact}`, { id: 'outbound-preview.landmark' }),
  empty: () => msg('No record at the moment.', { id: 'outbound-preview.empty' }),
  offerTitle: (campaign: string) => msg(str`New record: ${campaign}`, { id: 'outbound-preview.offer-title' }),
  campaign: () => msg('Campaign', { id: 'outbound-preview.campaign' }),
  dialingMode: () => msg('Dialing mode', { id: 'outbound-preview.dialing-mode' }),
  contact: () => msg('Contact', { id: 'outbound-preview.contact' }),
  numberToDial: () => msg('Number to dial', { id: 'outbound-preview.number-to-dial' }),
  origin: () => msg('Origin', { id: 'outbound-preview.origin' }),
  connecting: () => msg('Connecting…', { id: 'outbound-preview.connecting' }),
  accept: () => msg('Accept', { id: 'outbound-preview.accept' }),
  reject: () => msg('Reject', { id: 'outbound-preview.reject' }),
  moreTime: () => msg('More time', { id: 'outbound-preview.more-time' }),
  timeLeftReturns: (time: string) =>
    msg(str`${time} left. Then the record returns to the list.`, { id: 'outbound-preview.time-left-returns' }),
  timeLeftNotReady: (time: string) =>
    msg(str`${time} left. Then the record is rejected and you are set Not Ready.`, {
      id: 'outbound-preview.time-left-not-ready',
    }),
  expiredReturns: () =>
    msg('Time is up: this record can no longer be accepted and goes back to the list.', {
      id: 'outbound-preview.expired-returns',
    }),
  expiredNotReady: () =>
    msg('Time is up: this record can no longer be accepted. It is rejected and you are set Not Ready.', {
      id: 'outbound-preview.expired-not-ready',
    }),
  noCallableNumber: () =>
    msg('None of this record’s numbers can be dialled. Mark the record Done.', { id: 'outbound-preview.no-callable-number' }),
  noCallableNumberOther: () =>
    msg('None of this record’s numbers can be dialled. Call another number under Other phone number, or mark the record Done.', {
      id: 'outbound-preview.no-callable-number-other',
    }),
  manualDialing: () =>
    msg('This campaign requires manual dialing: choose the number to call yourself.', { id: 'outbound-preview.manual-dialing' }),
  reschedule: () => msg('Reschedule', { id: 'outbound-preview.reschedule' }),
  autoAnswerNote: () =>
    msg('The call is answered automatically when the time runs out.', { id: 'outbound-preview.auto-answer-note' }),
  caseInformation: () => msg('Case information', { id: 'outbound-preview.case-information' }),
  phoneNumber: () => msg('Phone number', { id: 'outbound-preview.phone-number' }),
  callableNow: (from: string, till: string) =>
    msg(str`callable now (${from}–${till} contact time)`, { id: 'outbound-preview.callable-now' }),
  closesIn: (duration: string, from: string, till: string) =>
    msg(str`callable now, closes in ${duration} (${from}–${till} contact time)`, { id: 'outbound-preview.closes-in' }),
  opensIn: (duration: string, from: string, till: string) =>
    msg(str`not callable now: opens in ${duration} (${from}–${till} contact time)`, { id: 'outbound-preview.opens-in' }),
  windowUnreadable: (from: string, till: string) =>
    msg(str`calling hours “${from}–${till}” cannot be read`, { id: 'outbound-preview.window-unreadable' }),
  callingIn: (time: string) => msg(str`Calling in ${time}`, { id: 'outbound-preview.calling-in' }),
  autoDialPaused: (time: string) =>
    msg(str`Automatic call paused (${time} left)`, { id: 'outbound-preview.auto-dial-paused' }),
  call: () => msg('Call', { id: 'outbound-preview.call' }),
  decline: () => msg('Decline', { id: 'outbound-preview.decline' }),
  declineLater: () => msg('Call this contact later', { id: 'outbound-preview.decline-later' }),
  declineNever: () =>
    msg('Do not call this contact for this campaign', { id: 'outbound-preview.decline-never' }),
  done: () => msg('Done', { id: 'outbound-preview.done' }),
  doneAndStop: () => msg('Done and Stop', { id: 'outbound-preview.done-and-stop' }),
  otherNumber: () => msg('Other phone number', { id: 'outbound-preview.other-number' }),
  otherNumberHint: () =>
    msg('Start with + and the country code, e.g. +44 20 7946 0000.', { id: 'outbound-preview.other-number-hint' }),
  numberType: () => msg('Number type', { id: 'outbound-preview.number-type' }),
  cancel: () => msg('Cancel', { id: 'outbound-preview.cancel' }),
  callerId: () => msg('Caller ID', { id: 'outbound-preview.caller-id' }),
  // Announcements.
  offerArrived: (campaign: string, contact: string) =>
    msg(str`New record from ${campaign}: ${contact}.`, { id: 'outbound-preview.offer-arrived' }),
  /** An ASM offer, whose contact is known only once connected (not "…: Connecting…."). */
  offerArrivedConnecting: (campaign: string) =>
    msg(str`New record from ${campaign}: the contact is being connected.`, { id: 'outbound-preview.offer-arrived-connecting' }),
  timeToAccept: (duration: string) => msg(str`${duration} to accept.`, { id: 'outbound-preview.time-to-accept' }),
  answeredIn: (duration: string) =>
    msg(str`Answered automatically in ${duration}.`, { id: 'outbound-preview.answered-in' }),
  shortcutAccepts: (keys: string) => msg(str`${keys} accepts.`, { id: 'outbound-preview.shortcut-accepts' }),
  shortcutAcceptsNow: (keys: string) => msg(str`${keys} accepts now.`, { id: 'outbound-preview.shortcut-accepts-now' }),
  shortcutAcceptsAfterTyping: (keys: string) =>
    msg(str`Leave the text field, then ${keys} accepts.`, { id: 'outbound-preview.shortcut-accepts-after-typing' }),
  previewArrived: (contact: string) => msg(str`Preview of ${contact}.`, { id: 'outbound-preview.preview-arrived' }),
  secondsToAnswer: (duration: string) =>
    msg(str`${duration} left to answer.`, { id: 'outbound-preview.seconds-to-answer' }),
  answeringIn: (duration: string) =>
    msg(str`Answering automatically in ${duration}.`, { id: 'outbound-preview.answering-in' }),
  callingInSpoken: (duration: string) => msg(str`Calling in ${duration}.`, { id: 'outbound-preview.calling-in-spoken' }),
  timeAdded: (added: string, left: string) =>
    msg(str`${added} added: ${left} left.`, { id: 'outbound-preview.time-added' }),
  autoDialPausedSpoken: () =>
    msg('Automatic call paused while you enter a number.', { id: 'outbound-preview.auto-dial-paused-spoken' }),
  autoDialResumed: (left: string) =>
    msg(str`Automatic call resumed: calling in ${left}.`, { id: 'outbound-preview.auto-dial-resumed' }),
  returned: () => msg('The record went back to the list.', { id: 'outbound-preview.returned' }),
  timedOut: () => msg('Time ran out: the record went back to the list.', { id: 'outbound-preview.timed-out' }),
  timedOutNotReady: () =>
    msg('Time ran out: the record was rejected and you are set Not Ready.', { id: 'outbound-preview.timed-out-not-ready' }),
  cancelled: () => msg('The contact will not be called for this campaign.', { id: 'outbound-preview.cancelled' }),
  closedDone: () => msg('The record is done.', { id: 'outbound-preview.closed-done' }),
};

/** A shortcut as the agent's keyboard labels it (Shift is "Umschalt" in German), e.g. `Alt+Shift+A`. */
export function shortcutLabel(shortcut: KeyShortcut): string {
  const keys = [
    shortcut.alt ? 'Alt' : null,
    shortcut.ctrl ? msg('Ctrl', { id: 'outbound-preview.key.control' }) : null,
    shortcut.meta ? 'Meta' : null,
    shortcut.shift ? msg('Shift', { id: 'outbound-preview.key.shift' }) : null,
    shortcut.key,
  ];
  return keys.filter((key): key is string => key !== null).join('+');
}

