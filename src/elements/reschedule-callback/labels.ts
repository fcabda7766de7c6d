import { msg, str } from '@lit/localize';

// Functions, not constants: each call reads the current locale.

export const callbackLabels = {
  title: () => msg('Callback', { id: 'reschedule-callback.title' }),
  empty: () => msg('No record to schedule a callback for.', { id: 'reschedule-callback.empty' }),
  notBeforeDial: () =>
    msg('This campaign does not allow rescheduling before the call.', { id: 'reschedule-callback.not-before-dial' }),
  scheduleCallback: () => msg('Schedule callback', { id: 'reschedule-callback.schedule-callback' }),
  date: () => msg('Date', { id: 'reschedule-callback.date' }),
  dateHint: (example: string) =>
    msg(str`Your date, as YYYY-MM-DD, e.g. ${example}.`, { id: 'reschedule-callback.date-hint' }),
  chooseDate: () => msg('Choose date', { id: 'reschedule-callback.choose-date' }),
  time: () => msg('Time', { id: 'reschedule-callback.time' }),
  timeHint: () =>
    msg('Your time, as HH:MM on a 24-hour clock. Up and Down arrows change it by 15 minutes, Page Up and Page Down by an hour.', {
      id: 'reschedule-callback.time-hint',
    }),
  contactTime: (time: string) => msg(str`Contact’s time: ${time}`, { id: 'reschedule-callback.contact-time' }),
  yourTime: (time: string) => msg(str`Your time: ${time}`, { id: 'reschedule-callback.your-time' }),
  personal: () => msg('Personal callback', { id: 'reschedule-callback.personal' }),
  personalHint: () => msg('Only you make this callback.', { id: 'reschedule-callback.personal-hint' }),
  alwaysPersonal: () => msg('Always personal in this campaign', { id: 'reschedule-callback.always-personal' }),
  anyAgent: () => msg('Any agent of the campaign calls back', { id: 'reschedule-callback.any-agent' }),
  number: () => msg('Number to call', { id: 'reschedule-callback.number' }),
  newNumber: () => msg('New number', { id: 'reschedule-callback.new-number' }),
  phoneNumber: () => msg('Phone number', { id: 'reschedule-callback.phone-number' }),
  phoneNumberHint: () =>
    msg('Start with + and the country code, e.g. +1 312 555 0123.', { id: 'reschedule-callback.phone-number-hint' }),
  numberType: () => msg('Number type', { id: 'reschedule-callback.number-type' }),
  callableWindow: () => msg('Callable window', { id: 'reschedule-callback.callable-window' }),
  from: () => msg('From', { id: 'reschedule-callback.from' }),
  till: () => msg('Till', { id: 'reschedule-callback.till' }),
  windowHint: () =>
    msg('The contact’s time, as HH:MM. Leave both empty to allow any time.', { id: 'reschedule-callback.window-hint' }),
  window: (from: string, till: string) => msg(str`${from}–${till} contact time`, { id: 'reschedule-callback.window' }),
  anyTime: () => msg('any time', { id: 'reschedule-callback.any-time' }),
  schedule: () => msg('Schedule', { id: 'reschedule-callback.schedule' }),
  keepScheduled: () => msg('Keep scheduled callback', { id: 'reschedule-callback.keep-scheduled' }),
  scheduled: () => msg('Callback scheduled', { id: 'reschedule-callback.scheduled' }),
  to: (number: string) => msg(str`To ${number}`, { id: 'reschedule-callback.to' }),
  change: () => msg('Change', { id: 'reschedule-callback.change' }),
  // Date picker.
  previousYear: () => msg('Previous year', { id: 'reschedule-callback.previous-year' }),
  previousMonth: () => msg('Previous month', { id: 'reschedule-callback.previous-month' }),
  nextMonth: () => msg('Next month', { id: 'reschedule-callback.next-month' }),
  nextYear: () => msg('Next year', { id: 'reschedule-callback.next-year' }),
  cancel: () => msg('Cancel', { id: 'reschedule-callback.cancel' }),
  calendarHelp: () =>
    msg('Days before today are unavailable. Arrow keys move by day and week, Page Up and Page Down by month, with Shift by year. Enter chooses.', {
      id: 'reschedule-callback.calendar-help',
    }),
  // Announcements.
  scheduledFor: (times: string) => msg(str`Callback scheduled for ${times}.`, { id: 'reschedule-callback.scheduled-for' }),
  bothTimes: (agent: string, contact: string) =>
    msg(str`${agent} your time, ${contact} the contact’s time`, { id: 'reschedule-callback.both-times' }),
  cancelled: () => msg('Callback cancelled.', { id: 'reschedule-callback.cancelled' }),
  dayUnavailable: () =>
    msg('This day is in the past: a callback cannot be scheduled on it.', { id: 'reschedule-callback.day-unavailable' }),
};
