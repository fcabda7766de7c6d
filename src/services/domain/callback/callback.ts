/**
 * Scheduling a callback (CB-1..4): the personal-callback policy, and the check at Mark Done that
 * turns what the agent typed into a `CallbackRequest` or into specific messages saying what to fix.
 * Pure: the current instant and both zones come in with the context.
 *
 * Rules decided here:
 * - The agent types the date (`YYYY-MM-DD`) and time (`HH:MM`, 24-hour) on their own wall clock
 *   (`agentTimeZone`); surrounding spaces are ignored. A time the agent's clocks skip (spring forward)
 *   is refused as `malformed-time`; a time they repeat (fall back) means its first occurrence.
 * - A callback must be later than `now`; a time in the current minute counts as past.
 * - The callable window of the target number is read on the contact's wall clock (`contactTimeZone`),
 *   `from` included and `till` excluded (see `time-zones.ts`). A number without a window has no limit.
 *   A record number whose window cannot be read is refused (`outside-window`): a callback to it could
 *   not be proven to fall in its window.
 * - A record number the server blocked (Do-Not-Call, attempt limit, invalid), and a new number equal
 *   to such a number, are refused (`number-blocked`).
 * - Policy `never` with `personal` set is refused (`personal-not-allowed`); policy `always` makes the
 *   request personal whatever the input says (the check box is locked on).
 * - Every problem found is reported, in the order of the form: date, time, personal, number.
 *
 * Messages are English sentences for the agent that name the times involved. When the agent's and the
 * contact's zones differ at the callback instant, times are given on both clocks (CB-4). Each error
 * also carries `params` (instants and zones, not formatted text), from which the elements word it in
 * the kit's language.
 */
import type { PersonalCallbackPolicy } from '../campaign/campaign-policy.js';
import type { CallbackRequest, CallbackTarget } from '../interaction/outcome.js';
import { isE164 } from '../numbers/phone-number.js';
import { NUMBER_BLOCK_REASONS, NUMBER_TYPE_WORDS, type CallableWindow, type NumberBlock, type NumberType, type RecordPhoneNumber } from '../campaign/record.js';
import {
  addDays,
  daysInMonth,
  formatInZone,
  instantToZonedParts,
  isValidTimeZone,
  isWithinWindow,
  nextWindowOpening,
  parseIsoDate,
  parseWallTime,
  parseWindow,
  zonedWallClockToInstant,
  zonesDiffer,
  type CalendarDate,
} from './time-zones.js';

/** Who makes the callback: the agent chooses; always this agent (locked); never (any agent). */
export type { PersonalCallbackPolicy } from '../campaign/campaign-policy.js';

export interface PersonalCallbackState {
  /** Whether the callback is personal. */
  readonly personal: boolean;
  /** Whether the agent may change it. */
  readonly editable: boolean;
  /** Whether the Personal callback check box is shown. */
  readonly visible: boolean;
}

/** The Personal callback check box under a policy, given what the agent chose (CB-2). */
export function personalCallbackFor(policy: PersonalCallbackPolicy, agentChoice: boolean): PersonalCallbackState {
  switch (policy) {
    case 'always':
      return { personal: true, editable: false, visible: true };
    case 'never':
      return { personal: false, editable: false, visible: false };
    case 'choose':
      return { personal: agentChoice, editable: true, visible: true };
  }
}

/** What the agent entered in the callback form, as typed. */
export interface CallbackInput {
  /** `YYYY-MM-DD` in the agent's zone. */
  readonly date: string;
  /** `HH:MM`, 24-hour, in the agent's zone. */
  readonly time: string;
  readonly personal: boolean;
  readonly target: CallbackTarget;
}

export interface CallbackContext {
  /** The current instant, epoch milliseconds. */
  readonly now: number;
  readonly agentTimeZone: string;
  readonly contactTimeZone: string;
  /** The record's numbers. */
  readonly numbers: readonly RecordPhoneNumber[];
  readonly policy: PersonalCallbackPolicy;
}

export type CallbackErrorCode =
  | 'malformed-date'
  | 'malformed-time'
  | 'in-the-past'
  | 'outside-window'
  | 'unknown-number'
  | 'number-blocked'
  | 'invalid-new-number'
  | 'personal-not-allowed';

/** The form field the agent has to change. */
export type CallbackField = 'date' | 'time' | 'number' | 'personal';

/** The number a callback problem is about, as the wording names it. */
export type CallbackNumber =
  | { readonly kind: 'record'; readonly type: NumberType; readonly e164: string }
  | { readonly kind: 'new'; readonly e164: string };

/**
 * What each problem names, for the elements to word in the kit's language: instants (epoch ms) with
 * the zones to show them in, so times are formatted in the kit's locale, never pre-formatted here.
 */
export type CallbackErrorParams =
  | { readonly code: 'malformed-date'; readonly kind: 'empty' | 'unreadable'; readonly typed: string; readonly example: string }
  | { readonly code: 'malformed-date'; readonly kind: 'no-such-day'; readonly typed: string; readonly year: number; readonly month: number; readonly days: number }
  | { readonly code: 'malformed-date'; readonly kind: 'no-such-month'; readonly typed: string; readonly example: string }
  | { readonly code: 'malformed-time'; readonly kind: 'empty' | 'unreadable'; readonly typed: string }
  | { readonly code: 'malformed-time'; readonly kind: 'skipped'; readonly typed: string; readonly date: string; readonly zone: string }
  | { readonly code: 'in-the-past'; readonly change: 'date' | 'time'; readonly at: number; readonly agentZone: string; readonly contactZone: string }
  | { readonly code: 'outside-window'; readonly kind: 'unreadable'; readonly number: CallbackNumber; readonly from: string; readonly till: string }
  | {
      readonly code: 'outside-window';
      readonly kind: 'outside';
      readonly number: CallbackNumber;
      readonly from: string;
      readonly till: string;
      readonly at: number;
      readonly opensAt: number;
      readonly agentZone: string;
      readonly contactZone: string;
    }
  | { readonly code: 'unknown-number' }
  | { readonly code: 'number-blocked'; readonly number: CallbackNumber; readonly reason: NumberBlock }
  | { readonly code: 'invalid-new-number'; readonly kind: 'empty' | 'incomplete'; readonly number: string }
  | { readonly code: 'invalid-new-number'; readonly kind: 'window-unreadable'; readonly from: string | null; readonly till: string | null }
  | { readonly code: 'invalid-new-number'; readonly kind: 'window-empty'; readonly from: string }
  | { readonly code: 'personal-not-allowed' };

export interface CallbackError {
  readonly code: CallbackErrorCode;
  readonly field: CallbackField;
  /** What is wrong and how to fix it, in English, naming the times (CB-4). */
  readonly message: string;
  /** The same as data, worded by the elements in the kit's language. */
  readonly params: CallbackErrorParams;
}

export type CallbackValidation =
  | { readonly ok: true; readonly request: CallbackRequest }
  | { readonly ok: false; readonly errors: readonly CallbackError[] };

export interface CallbackTimes {
  /** The instant on the agent's clock. */
  readonly agent: string;
  /** The instant on the contact's clock; `null` when it shows the same time as the agent's. */
  readonly contact: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Checks a callback at Mark Done (CB-4). Throws a `RangeError` when a zone of the context is unknown:
 * that is configuration, not something the agent can fix.
 */
export function validateCallback(input: CallbackInput, context: CallbackContext): CallbackValidation {
  for (const zone of [context.agentTimeZone, context.contactTimeZone]) {
    if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone "${zone}".`);
  }
  const clocks = new Clocks(context);
  const dateErrors: CallbackError[] = [];
  const timeErrors: CallbackError[] = [];
  const personalErrors: CallbackError[] = [];
  const numberErrors: CallbackError[] = [];

  // Date and time, on the agent's clock.
  const typedDate = input.date.trim();
  const typedTime = input.time.trim();
  const day = parseIsoDate(typedDate);
  const minutes = parseWallTime(typedTime);
  if (!day) dateErrors.push(malformedDate(typedDate, clocks));
  if (minutes === null) timeErrors.push(malformedTime(typedTime));
  let at: number | null = null;
  if (day && minutes !== null) {
    at = zonedWallClockToInstant(typedDate, typedTime, context.agentTimeZone);
    if (at === null) {
      timeErrors.push({
        code: 'malformed-time',
        field: 'time',
        message:
          `${typedTime} does not exist on ${clocks.dayLabel(day)} in ${context.agentTimeZone}: the clocks go ` +
          'forward that night and skip it. Choose a time after the change.',
        params: { code: 'malformed-time', kind: 'skipped', typed: typedTime, date: typedDate, zone: context.agentTimeZone },
      });
    }
  }

  if (at !== null && day) {
    if (at <= context.now) {
      const today = parseIsoDate(instantToZonedParts(context.now, context.agentTimeZone).date);
      const earlierDay = today !== null && compareDays(day, today) < 0;
      (earlierDay ? dateErrors : timeErrors).push({
        code: 'in-the-past',
        field: earlierDay ? 'date' : 'time',
        message: `The callback time ${clocks.both(at)} is in the past. Choose a later ${earlierDay ? 'date' : 'time'}.`,
        params: {
          code: 'in-the-past',
          change: earlierDay ? 'date' : 'time',
          at,
          agentZone: context.agentTimeZone,
          contactZone: context.contactTimeZone,
        },
      });
    }
  }

  // Personal callback (CB-2).
  if (context.policy === 'never' && input.personal) {
    personalErrors.push({
      code: 'personal-not-allowed',
      field: 'personal',
      message:
        'This campaign does not allow personal callbacks: any agent of the campaign makes the callback. ' +
        'Clear Personal callback.',
      params: { code: 'personal-not-allowed' },
    });
  }

  // The number to call back, and its callable window on the contact's clock.
  const target = input.target;
  let window: CallableWindow | undefined;
  let numberLabel = '';
  let numberNamed: CallbackNumber = { kind: 'new', e164: '' };
  if (target.kind === 'record-number') {
    const number = context.numbers.find((candidate) => candidate.id === target.numberId);
    if (!number) {
      numberErrors.push({
        code: 'unknown-number',
        field: 'number',
        message:
          "The number chosen for the callback is not one of this record's numbers. Choose one of the " +
          "contact's numbers or enter a new number.",
        params: { code: 'unknown-number' },
      });
    } else {
      numberLabel = `The contact's ${NUMBER_TYPE_WORDS[number.type]} number ${number.e164}`;
      numberNamed = { kind: 'record', type: number.type, e164: number.e164 };
      if (number.blocked) numberErrors.push(blockedNumber(numberLabel, numberNamed, number));
      if (number.window && !parseWindow(number.window)) {
        numberErrors.push({
          code: 'outside-window',
          field: 'number',
          message:
            `${numberLabel} has a callable window that cannot be read ("${number.window.from}" to ` +
            `"${number.window.till}"), so a callback to it cannot be checked. Choose another number.`,
          params: { code: 'outside-window', kind: 'unreadable', number: numberNamed, from: number.window.from, till: number.window.till },
        });
      } else {
        window = number.window;
      }
    }
  } else {
    numberLabel = `The new number ${target.e164}`;
    numberNamed = { kind: 'new', e164: target.e164 };
    const newNumberErrors = checkNewNumber(target);
    numberErrors.push(...newNumberErrors);
    if (newNumberErrors.length === 0) {
      const known = context.numbers.find((candidate) => candidate.e164 === target.e164 && candidate.blocked);
      if (known) numberErrors.push(blockedNumber(numberLabel, numberNamed, known));
      window = target.window;
    }
  }

  if (at !== null && window && !isWithinWindow(at, window, context.contactTimeZone)) {
    timeErrors.push({
      code: 'outside-window',
      field: 'time',
      message: outsideWindow(numberLabel, window, at, clocks),
      params: {
        code: 'outside-window',
        kind: 'outside',
        number: numberNamed,
        from: window.from,
        till: window.till,
        at,
        opensAt: nextWindowOpening(at, window, context.contactTimeZone),
        agentZone: context.agentTimeZone,
        contactZone: context.contactTimeZone,
      },
    });
  }

  const errors = [...dateErrors, ...timeErrors, ...personalErrors, ...numberErrors];
  if (errors.length > 0 || at === null) return { ok: false, errors };
  return {
    ok: true,
    request: { at, personal: personalCallbackFor(context.policy, input.personal).personal, target },
  };
}

/** The callback instant on the agent's clock, and on the contact's when that shows another time. */
export function describeCallbackTimes(
  at: number,
  agentTimeZone: string,
  contactTimeZone: string,
  locale: string,
): CallbackTimes {
  return {
    agent: formatInZone(at, agentTimeZone, locale),
    contact: zonesDiffer(agentTimeZone, contactTimeZone, at) ? formatInZone(at, contactTimeZone, locale) : null,
  };
}

/** Times in messages: "21:15 on 3 Nov" (with the year when it is not the current one). */
class Clocks {
  constructor(readonly context: CallbackContext) {}

  /** The agent's current calendar date. */
  get today(): CalendarDate {
    return parseIsoDate(instantToZonedParts(this.context.now, this.context.agentTimeZone).date) ?? {
      year: 1970,
      month: 1,
      day: 1,
    };
  }

  dayLabel(day: CalendarDate): string {
    const year = day.year === this.today.year ? '' : ` ${day.year}`;
    return `${day.day} ${MONTHS[day.month - 1] ?? ''}${year}`;
  }

  at(at: number, timeZone: string): string {
    const parts = instantToZonedParts(at, timeZone);
    const day = parseIsoDate(parts.date);
    return day ? `${parts.time} on ${this.dayLabel(day)}` : parts.time;
  }

  agent(at: number): string {
    return this.at(at, this.context.agentTimeZone);
  }

  contact(at: number): string {
    return this.at(at, this.context.contactTimeZone);
  }

  differ(at: number): boolean {
    return zonesDiffer(this.context.agentTimeZone, this.context.contactTimeZone, at);
  }

  /** "09:30 on 3 Nov", or "04:15 on 4 Nov your time (21:15 on 3 Nov the contact's time, America/Chicago)". */
  both(at: number): string {
    if (!this.differ(at)) return this.agent(at);
    return `${this.agent(at)} your time (${this.contact(at)} the contact's time, ${this.context.contactTimeZone})`;
  }
}

function malformedDate(typed: string, clocks: Clocks): CallbackError {
  const tomorrow = addDays(clocks.today, 1);
  const example = `${tomorrow.year}-${pad(tomorrow.month)}-${pad(tomorrow.day)}`;
  const shaped = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed);
  let message: string;
  let params: CallbackErrorParams;
  if (typed === '') {
    message = `Enter the callback date as YYYY-MM-DD, e.g. ${example}.`;
    params = { code: 'malformed-date', kind: 'empty', typed, example };
  } else if (shaped) {
    const year = Number(shaped[1]);
    const month = Number(shaped[2]);
    const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
    message =
      month >= 1 && month <= 12
        ? `${typed} is not a date: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${days} days. ` +
          'Choose a day that exists.'
        : `${typed} is not a date: there is no month ${shaped[2]}. Type the date as YYYY-MM-DD, e.g. ${example}.`;
    params =
      month >= 1 && month <= 12
        ? { code: 'malformed-date', kind: 'no-such-day', typed, year, month, days }
        : { code: 'malformed-date', kind: 'no-such-month', typed, example };
  } else {
    message = `"${typed}" is not a date. Type the date as YYYY-MM-DD, e.g. ${example}.`;
    params = { code: 'malformed-date', kind: 'unreadable', typed, example };
  }
  return { code: 'malformed-date', field: 'date', message, params };
}

function malformedTime(typed: string): CallbackError {
  return {
    code: 'malformed-time',
    field: 'time',
    message:
      typed === ''
        ? 'Enter the callback time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.'
        : `"${typed}" is not a time. Type the time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.`,
    params: { code: 'malformed-time', kind: typed === '' ? 'empty' : 'unreadable', typed },
  };
}

function blockedNumber(label: string, named: CallbackNumber, number: RecordPhoneNumber): CallbackError {
  const block = number.blocked ?? 'invalid';
  return {
    code: 'number-blocked',
    field: 'number',
    message: `${label} ${NUMBER_BLOCK_REASONS[block]}, so it cannot be called back. Choose another number or enter a new one.`,
    params: { code: 'number-blocked', number: named, reason: block },
  };
}

function checkNewNumber(target: Extract<CallbackTarget, { kind: 'new-number' }>): CallbackError[] {
  const errors: CallbackError[] = [];
  if (!isE164(target.e164)) {
    errors.push({
      code: 'invalid-new-number',
      field: 'number',
      message:
        target.e164.trim() === ''
          ? 'Enter the new number for the callback with + and the country code, e.g. +13125550123.'
          : `The new number "${target.e164}" is not a complete international number. Enter it with + and ` +
            'the country code, e.g. +13125550123.',
      params: { code: 'invalid-new-number', kind: target.e164.trim() === '' ? 'empty' : 'incomplete', number: target.e164 },
    });
  }
  if (target.window) {
    const { from, till } = target.window;
    const badEnds = [
      parseWallTime(from) === null ? `From "${from}"` : null,
      parseWallTime(till) === null ? `Till "${till}"` : null,
    ].filter((end): end is string => end !== null);
    if (badEnds.length > 0) {
      errors.push({
        code: 'invalid-new-number',
        field: 'number',
        message:
          `The new number's callable window needs From and Till times as HH:MM, e.g. 08:00 and 20:00; ` +
          `${badEnds.join(' and ')} ${badEnds.length > 1 ? 'are not times' : 'is not a time'}.`,
        params: {
          code: 'invalid-new-number',
          kind: 'window-unreadable',
          from: parseWallTime(from) === null ? from : null,
          till: parseWallTime(till) === null ? till : null,
        },
      });
    } else if (from === till) {
      errors.push({
        code: 'invalid-new-number',
        field: 'number',
        message: `The new number's callable window starts and ends at ${from}. Set a Till time different from the From time.`,
        params: { code: 'invalid-new-number', kind: 'window-empty', from },
      });
    }
  }
  return errors;
}

function outsideWindow(label: string, window: CallableWindow, at: number, clocks: Clocks): string {
  const differ = clocks.differ(at);
  const zone = clocks.context.contactTimeZone;
  const span = `${window.from}–${window.till}`;
  const chosen = differ ? `${clocks.contact(at)} their time (${clocks.agent(at)} your time)` : clocks.contact(at);
  const opening = nextWindowOpening(at, window, zone);
  const next = differ
    ? `${clocks.contact(opening)} their time (${clocks.agent(opening)} your time)`
    : clocks.contact(opening);
  return (
    `${label} can be called ${span} ${differ ? 'their time ' : ''}(${zone}); ${chosen} is outside that window. ` +
    `Choose a time within it, e.g. ${next}, when it next opens.`
  );
}

function compareDays(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
