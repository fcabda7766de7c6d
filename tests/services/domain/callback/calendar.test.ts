import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareDates,
  endOfWeek,
  fromIsoDate,
  isoWeekday,
  monthGrid,
  moveDate,
  startOfWeek,
  toIsoDate,
  weekdayOrder,
  type CalendarDate,
} from '../../../../src/services/domain/callback/calendar.js';

const d = (iso: string): CalendarDate => {
  const date = fromIsoDate(iso);
  if (!date) throw new Error(`not a date: ${iso}`);
  return date;
};
const iso = (date: CalendarDate | null) => (date ? toIsoDate(date) : null);

describe('Calendar: the month grid and date moves of the callback date picker', () => {
  it('CB-1: a date reads and writes as YYYY-MM-DD; text that is not a date is null', () => {
    expect(toIsoDate({ year: 2026, month: 3, day: 7 })).to.equal('2026-03-07');
    expect(iso(fromIsoDate(' 2026-11-03 '))).to.equal('2026-11-03');
    expect(fromIsoDate('2026-02-30')).to.equal(null);
    expect(fromIsoDate('3.11.2026')).to.equal(null);
  });

  it('CB-1: weekdays are ISO numbers, and a week may start on any of them', () => {
    expect(isoWeekday(d('2026-11-02'))).to.equal(1); // a Monday
    expect(isoWeekday(d('2026-11-08'))).to.equal(7);
    expect(weekdayOrder(1)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(weekdayOrder(7)).to.deep.equal([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(6)).to.deep.equal([6, 7, 1, 2, 3, 4, 5]);
  });

  it('CB-1: November 2026 laid out in Monday weeks and in Sunday weeks', () => {
    const monday = monthGrid(d('2026-11-17'), 1).map((row) => row.map((cell) => cell?.day ?? 0));
    expect(monday).to.deep.equal([
      [0, 0, 0, 0, 0, 0, 1],
      [2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11, 12, 13, 14, 15],
      [16, 17, 18, 19, 20, 21, 22],
      [23, 24, 25, 26, 27, 28, 29],
      [30, 0, 0, 0, 0, 0, 0],
    ]);
    const sunday = monthGrid(d('2026-11-17'), 7).map((row) => row.map((cell) => cell?.day ?? 0));
    expect(sunday[0]).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(sunday).to.have.length(5);
    // February 2027 starts on a Monday and has 28 days: four full rows.
    expect(monthGrid(d('2027-02-01'), 1)).to.have.length(4);
  });

  it('CB-1: Home and End go to the start and end of the week, whatever day starts it', () => {
    expect(iso(startOfWeek(d('2026-11-04'), 1))).to.equal('2026-11-02');
    expect(iso(endOfWeek(d('2026-11-04'), 1))).to.equal('2026-11-08');
    expect(iso(startOfWeek(d('2026-11-04'), 7))).to.equal('2026-11-01');
    expect(iso(endOfWeek(d('2026-11-04'), 7))).to.equal('2026-11-07');
    expect(iso(startOfWeek(d('2026-11-01'), 1))).to.equal('2026-10-26');
  });

  it('CB-1: days and weeks cross months and years; months and years clamp the day to the month', () => {
    expect(iso(moveDate(d('2026-12-31'), 'day', 1))).to.equal('2027-01-01');
    expect(iso(moveDate(d('2026-03-02'), 'week', -1))).to.equal('2026-02-23');
    expect(iso(moveDate(d('2026-01-31'), 'month', 1))).to.equal('2026-02-28');
    expect(iso(moveDate(d('2028-01-31'), 'month', 1))).to.equal('2028-02-29');
    expect(iso(moveDate(d('2026-03-31'), 'month', -1))).to.equal('2026-02-28');
    expect(iso(moveDate(d('2026-01-15'), 'month', -1))).to.equal('2025-12-15');
    expect(iso(moveDate(d('2026-11-30'), 'month', 14))).to.equal('2028-01-30');
    expect(iso(moveDate(d('2028-02-29'), 'year', 1))).to.equal('2029-02-28');
    expect(iso(moveDate(d('2028-02-29'), 'year', -4))).to.equal('2024-02-29');
  });

  it('CB-1: a month move lands in the target month on a day that exists, and moving back by days undoes moving on', () => {
    const dates = fc
      .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter((date) => fromIsoDate(toIsoDate(date)) !== null);
    fc.assert(
      fc.property(dates, fc.integer({ min: -30, max: 30 }), (date, months) => {
        const moved = moveDate(date, 'month', months);
        expect(fromIsoDate(toIsoDate(moved))).to.not.equal(null);
        expect((moved.year * 12 + moved.month) - (date.year * 12 + date.month)).to.equal(months);
        expect(moved.day).to.be.at.most(date.day);
      }),
    );
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), (date, days) => {
        expect(compareDates(moveDate(moveDate(date, 'day', days), 'day', -days), date)).to.equal(0);
      }),
    );
  });

  it('CB-1: every day of a month is in its grid exactly once, in its weekday’s column', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }), (year, month, start) => {
        const weekStart = start as 1 | 2 | 3 | 4 | 5 | 6 | 7;
        const grid = monthGrid({ year, month, day: 1 }, weekStart);
        const order = weekdayOrder(weekStart);
        const days = grid.flatMap((row) => row.flatMap((cell, column) => (cell ? [{ cell, column }] : [])));
        expect(days.map(({ cell }) => cell.day)).to.deep.equal(days.map((_, index) => index + 1));
        for (const { cell, column } of days) expect(isoWeekday(cell)).to.equal(order[column]);
        expect(grid.every((row) => row.length === 7)).to.equal(true);
      }),
    );
  });
});
