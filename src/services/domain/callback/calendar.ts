/**
 * The calendar behind the callback date picker (CB-1): a month laid out in weeks, and moving a date by
 * a day, a week, a month or a year. Pure: no DOM, no current instant, no locale (the first day of the
 * week comes in as an argument; names of months and days are the element's business).
 *
 * Rules decided here:
 * - Dates are calendar dates of the proleptic Gregorian calendar, written `YYYY-MM-DD` (see
 *   `time-zones.ts`); weekdays are ISO numbers, 1 Monday to 7 Sunday.
 * - Moving by months or years keeps the day of the month, clamped to the target month's length:
 *   31 January plus one month is 28 (or 29) February, 29 February 2028 plus one year is 28 February 2029.
 * - A month's grid has whole weeks starting on the given weekday; cells of other months are `null`,
 *   so a grid of a month has 4 to 6 rows.
 */
import { addDays, daysInMonth, parseIsoDate, type CalendarDate } from './time-zones.js';

export type { CalendarDate } from './time-zones.js';

/** ISO weekday: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type DateStep = 'day' | 'week' | 'month' | 'year';

/** `YYYY-MM-DD` of a date. */
export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** A `YYYY-MM-DD` string as a date, or `null` when it is not one. */
export function fromIsoDate(text: string): CalendarDate | null {
  return parseIsoDate(text.trim());
}

/** Negative when `a` is earlier than `b`, 0 on the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: CalendarDate | null, b: CalendarDate | null): boolean {
  return a !== null && b !== null && compareDates(a, b) === 0;
}

/** The ISO weekday of a date. */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** The weekdays of a week that starts on `weekStart`, in order. */
export function weekdayOrder(weekStart: IsoWeekday): IsoWeekday[] {
  return Array.from({ length: 7 }, (_, index) => (((weekStart - 1 + index) % 7) + 1) as IsoWeekday);
}

/** The first day of the week the date is in. */
export function startOfWeek(date: CalendarDate, weekStart: IsoWeekday): CalendarDate {
  return addDays(date, -((isoWeekday(date) - weekStart + 7) % 7));
}

/** The last day of the week the date is in. */
export function endOfWeek(date: CalendarDate, weekStart: IsoWeekday): CalendarDate {
  return addDays(startOfWeek(date, weekStart), 6);
}

/** The date moved by `amount` steps (negative: back); months and years clamp the day. */
export function moveDate(date: CalendarDate, step: DateStep, amount: number): CalendarDate {
  switch (step) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addDays(date, amount * 7);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addMonths(date, amount * 12);
  }
}

/** The first of the date's month. */
export function firstOfMonth(date: CalendarDate): CalendarDate {
  return { year: date.year, month: date.month, day: 1 };
}

/**
 * The month of `date` as rows of seven cells, each week starting on `weekStart`; the cells before
 * the 1st and after the last day are `null`.
 */
export function monthGrid(date: CalendarDate, weekStart: IsoWeekday): (CalendarDate | null)[][] {
  const { year, month } = date;
  const length = daysInMonth(year, month);
  const leading = (isoWeekday({ year, month, day: 1 }) - weekStart + 7) % 7;
  const cells: (CalendarDate | null)[] = [
    ...Array.from({ length: leading }, () => null),
    ...Array.from({ length }, (_, index) => ({ year, month, day: index + 1 })),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: (CalendarDate | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) rows.push(cells.slice(start, start + 7));
  return rows;
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
