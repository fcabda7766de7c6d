/**
 * Wall clocks in named time zones: the agent's zone, the contact's zone, and the callable windows of a
 * contact's numbers (local times in the contact's zone). Pure: the current instant and the zones are
 * always passed in, as epoch milliseconds and IANA names.
 *
 * Zone data comes from the runtime's `Intl`, read through `tzOffset` of `@date-fns/tz` (the zone's UTC
 * offset at an instant); every wall clock is that offset applied to the instant. The library's
 * `TZDate` classes are not used: they would add about 6 KB gzip to the kit's core for what an offset
 * and UTC arithmetic give.
 *
 * Rules decided here:
 * - Dates are `YYYY-MM-DD` and times `HH:MM` on a 24-hour clock (`00:00`–`23:59`), strictly.
 * - A wall-clock time that does not exist in the zone (the hour skipped when clocks go forward, e.g.
 *   02:30 on 2026-03-08 in America/New_York) is invalid: `zonedWallClockToInstant` returns `null`.
 * - A wall-clock time that exists twice (the hour repeated when clocks go back, e.g. 01:30 on
 *   2026-11-01 in America/New_York) means its first occurrence, the one before the change.
 * - A callable window runs from `from` (included) until `till` (excluded), in the contact's local
 *   time, so 08:00–20:00 allows 19:59 but not 20:00. `till` earlier than `from` crosses midnight
 *   (18:00–02:00 allows 23:00 and 01:00). `from` equal to `till` is a window of the whole day.
 * - An unknown zone or a malformed window is a programming or data error: the functions that need
 *   them throw a `RangeError`, as `Intl` does. Check with `isValidTimeZone` and `parseWindow` first.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { CallableWindow } from '../campaign/record.js';
import { isValidTimeZone } from './zone-name.js';

export { isValidTimeZone };

/** A calendar date, month 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a wall clock in a zone shows at an instant. */
export interface ZonedParts {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, 24-hour. */
  readonly time: string;
  /** Offset from UTC in minutes, positive east of Greenwich (Berlin in winter: 60; Chicago: -360). */
  readonly offsetMinutes: number;
}

/** A callable window as minutes after local midnight. */
export interface WindowMinutes {
  readonly from: number;
  readonly till: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether the runtime knows the zone (an IANA name such as `America/Chicago`). */

/** `YYYY-MM-DD` to its parts, or `null` when malformed or not a calendar date (2026-02-30). */
export function parseIsoDate(date: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `HH:MM` (24-hour) to minutes after midnight, or `null` when malformed. */
export function parseWallTime(time: string): number | null {
  const match = TIME_PATTERN.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The window as minutes after midnight, or `null` when either end is not an `HH:MM` time. */
export function parseWindow(window: CallableWindow): WindowMinutes | null {
  const from = parseWallTime(window.from);
  const till = parseWallTime(window.till);
  return from === null || till === null ? null : { from, till };
}

/** Days in a month (1–12) of a year of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The zone's UTC offset at the instant, in minutes, positive east of Greenwich. */
export function offsetMinutesAt(at: number, timeZone: string): number {
  assertInstant(at);
  const offset = tzOffset(timeZone, new Date(at));
  if (!isValidTimeZone(timeZone) || Number.isNaN(offset)) {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
  return offset;
}

/**
 * The instant at which a wall clock in the zone shows the date and time, as epoch milliseconds.
 * `null` when the date or time is malformed, the zone is unknown, or the time does not exist that day
 * (skipped when the clocks go forward). A time that occurs twice (clocks go back) gives the first.
 */
export function zonedWallClockToInstant(date: string, time: string, timeZone: string): number | null {
  const day = parseIsoDate(date);
  const minutes = parseWallTime(time);
  if (!day || minutes === null || !isValidTimeZone(timeZone)) return null;
  return wallClockInstants(day, minutes, timeZone)[0] ?? null;
}

/** The date, time and UTC offset a wall clock in the zone shows at the instant. */
export function instantToZonedParts(at: number, timeZone: string): ZonedParts {
  const offsetMinutes = offsetMinutesAt(at, timeZone);
  // The wall clock is UTC shifted by the offset: read it with the UTC getters.
  const local = new Date(at + offsetMinutes * MINUTE);
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    offsetMinutes,
  };
}

/**
 * Whether a call at the instant falls in the callable window, read on the wall clock of the zone
 * (the contact's). `from` is included, `till` excluded; a window may cross midnight.
 */
export function isWithinWindow(at: number, window: CallableWindow, timeZone: string): boolean {
  const parsed = requireWindow(window);
  const local = instantToZonedParts(at, timeZone);
  return minutesWithin(parseWallTime(local.time) ?? 0, parsed);
}

/**
 * The earliest instant at or after `at` at which the window is open: `at` itself when it is open now,
 * otherwise the next time the contact's wall clock reaches `from` (or, on a day the clocks skip past
 * `from`, the first instant after the skip that is inside the window). For hints like "opens in 2 h".
 */
export function nextWindowOpening(at: number, window: CallableWindow, timeZone: string): number {
  const parsed = requireWindow(window);
  if (isWithinWindow(at, window, timeZone)) return at;
  const today = parseIsoDate(instantToZonedParts(at, timeZone).date);
  if (!today) throw new RangeError(`Cannot read the date at ${at} in ${timeZone}.`);
  // The window opens once a day; looking from yesterday to three days ahead covers clocks that skip
  // a whole day (Pacific/Apia, 2011) and openings that a time change moved.
  for (let offset = -1; offset <= 3; offset += 1) {
    const day = addDays(today, offset);
    const openings = wallClockInstants(day, parsed.from, timeZone);
    if (openings.length === 0) {
      const gapEnd = endOfGap(day, parsed.from, timeZone);
      if (gapEnd !== null) openings.push(gapEnd);
    }
    const next = openings.find((instant) => instant >= at && isWithinWindow(instant, window, timeZone));
    if (next !== undefined) return next;
  }
  throw new RangeError(`The window ${window.from}–${window.till} never opens in ${timeZone}.`);
}

/**
 * The instant as the zone's wall clock shows it, for a person: date, time and short zone name, in
 * the locale's conventions (`en-GB`: "3 Nov 2026, 09:30 GMT").
 */
export function formatInZone(at: number, timeZone: string, locale: string): string {
  assertInstant(at);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/**
 * Whether two zones show different wall clocks at the instant. Compares UTC offsets, not names:
 * Europe/Berlin and Europe/Paris never differ; Europe/London and Africa/Abidjan differ only in summer.
 */
export function zonesDiffer(a: string, b: string, at: number): boolean {
  return offsetMinutesAt(at, a) !== offsetMinutesAt(at, b);
}

/** The calendar date `days` after (or before) the given one. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Every instant at which the zone's wall clock shows the date and time, earliest first (0, 1 or 2). */
function wallClockInstants(date: CalendarDate, minutes: number, timeZone: string): number[] {
  const naive = naiveUtc(date, minutes);
  // The instant lies within a day of the naive UTC reading (offsets run from -12:00 to +14:00), so the
  // offsets in force around it are the only candidates.
  const probes = [naive - 15 * HOUR, naive - 3 * HOUR, naive, naive + 3 * HOUR, naive + 15 * HOUR];
  const offsets = new Set(probes.map((probe) => tzOffset(timeZone, new Date(probe))));
  const instants = new Set<number>();
  for (const offset of offsets) {
    if (Number.isNaN(offset)) continue;
    const candidate = naive - offset * MINUTE;
    if (tzOffset(timeZone, new Date(candidate)) === offset) instants.add(candidate);
  }
  return [...instants].sort((a, b) => a - b);
}

/**
 * When the wall-clock time is skipped that day (clocks go forward past it), the instant the clocks
 * jump: the first instant whose local time is later than the skipped one. `null` if it is not skipped.
 */
function endOfGap(date: CalendarDate, minutes: number, timeZone: string): number | null {
  const naive = naiveUtc(date, minutes);
  const offsetBefore = tzOffset(timeZone, new Date(naive - 15 * HOUR));
  const offsetAfter = tzOffset(timeZone, new Date(naive + 15 * HOUR));
  if (!(offsetAfter > offsetBefore)) return null;
  // Read with the offset after the change, the time lies before the jump; with the offset before it,
  // after. The jump is between: find it to the millisecond.
  let low = naive - offsetAfter * MINUTE;
  let high = naive - offsetBefore * MINUTE;
  if (tzOffset(timeZone, new Date(high)) !== offsetAfter) return null;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (tzOffset(timeZone, new Date(middle)) === offsetAfter) high = middle;
    else low = middle;
  }
  return high;
}

function naiveUtc(date: CalendarDate, minutes: number): number {
  return Date.UTC(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60);
}

function minutesWithin(minutes: number, window: WindowMinutes): boolean {
  if (window.from === window.till) return true;
  if (window.from < window.till) return minutes >= window.from && minutes < window.till;
  return minutes >= window.from || minutes < window.till;
}

function requireWindow(window: CallableWindow): WindowMinutes {
  const parsed = parseWindow(window);
  if (!parsed) {
    throw new RangeError(`Malformed callable window "${window.from}"–"${window.till}": expected HH:MM times.`);
  }
  return parsed;
}

function assertInstant(at: number): void {
  if (!Number.isFinite(at)) throw new RangeError(`Not an instant: ${at}.`);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
