import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  minutesUntil,
  nextAvailabilityChange,
  numberAvailability,
  type NumberAvailability,
} from '../../../../src/services/domain/numbers/number-availability.js';
import type { CallableWindow, RecordPhoneNumber } from '../../../../src/services/domain/campaign/record.js';
import { isWithinWindow, zonedWallClockToInstant } from '../../../../src/services/domain/callback/time-zones.js';

const utc = (iso: string): number => Date.parse(iso);
const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const number = (window?: CallableWindow): RecordPhoneNumber => ({
  id: 'home',
  e164: '+13125550123',
  type: 'home',
  ...(window ? { window } : {}),
});

/** The instant a wall clock in the zone shows the date and time (first occurrence). */
const wall = (date: string, time: string, zone = CHICAGO): number => {
  const at = zonedWallClockToInstant(date, time, zone);
  if (at === null) throw new Error(`no such time ${date} ${time} in ${zone}`);
  return at;
};

const daytime = { from: '08:00', till: '20:00' };
const overnight = { from: '20:00', till: '02:00' };

describe('Number availability: may a number be called now, and until or from when', () => {
  it('PRV-3: a number without a window, or with a whole-day window, is always callable, in any zone', () => {
    const now = utc('2026-07-01T12:00:00Z');
    expect(numberAvailability(number(), now, CHICAGO)).to.deep.equal({ kind: 'always' });
    expect(numberAvailability(number(), now, 'Mars/Olympus')).to.deep.equal({ kind: 'always' });
    expect(numberAvailability(number({ from: '09:00', till: '09:00' }), now, CHICAGO)).to.deep.equal({ kind: 'always' });
    expect(nextAvailabilityChange({ kind: 'always' })).to.equal(null);
  });

  it('PRV-3: a window or zone that cannot be read is unknown, with the reason, and does not throw', () => {
    const now = utc('2026-07-01T12:00:00Z');
    for (const window of [
      { from: '8am', till: '20:00' },
      { from: '08:00', till: '24:00' },
      { from: '', till: '' },
      { from: '8:00', till: '20:00' },
    ]) {
      expect(numberAvailability(number(window), now, CHICAGO), JSON.stringify(window)).to.deep.equal({
        kind: 'unknown',
        reason: 'bad-window',
      });
    }
    for (const zone of ['Mars/Olympus', '', 'Chicago']) {
      expect(numberAvailability(number(daytime), now, zone), zone).to.deep.equal({ kind: 'unknown', reason: 'bad-zone' });
    }
    // Both wrong: the window is reported, as no zone could make it readable.
    expect(numberAvailability(number({ from: '8am', till: '20:00' }), now, 'Mars/Olympus')).to.deep.equal({
      kind: 'unknown',
      reason: 'bad-window',
    });
    expect(nextAvailabilityChange({ kind: 'unknown', reason: 'bad-zone' })).to.equal(null);
    expect(() => numberAvailability(number(daytime), Number.NaN, CHICAGO)).to.throw(RangeError);
  });

  it('PRV-3: 08:00–20:00 is open from 08:00 (included) and closes at 20:00 (excluded), on the contact\'s clock', () => {
    const day = '2026-07-01';
    expect(numberAvailability(number(daytime), wall(day, '07:59'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: wall(day, '08:00'),
    });
    expect(numberAvailability(number(daytime), wall(day, '08:00'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: wall(day, '20:00'),
    });
    expect(numberAvailability(number(daytime), wall(day, '13:17') + 42_123, CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: wall(day, '20:00'),
    });
    expect(numberAvailability(number(daytime), wall(day, '20:00') - 1, CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: wall(day, '20:00'),
    });
    expect(numberAvailability(number(daytime), wall(day, '20:00'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: wall('2026-07-02', '08:00'),
    });
  });

  it('PRV-3: a window across midnight (20:00–02:00) is open in the evening and closes at 02:00 the next morning', () => {
    expect(numberAvailability(number(overnight), wall('2026-07-01', '19:59'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: wall('2026-07-01', '20:00'),
    });
    expect(numberAvailability(number(overnight), wall('2026-07-01', '21:00'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: wall('2026-07-02', '02:00'),
    });
    expect(numberAvailability(number(overnight), wall('2026-07-02', '01:00'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: wall('2026-07-02', '02:00'),
    });
    expect(numberAvailability(number(overnight), wall('2026-07-02', '02:00'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: wall('2026-07-02', '20:00'),
    });
  });

  it('PRV-3: the window is read in the contact\'s zone, whatever the agent\'s', () => {
    // 14:00 for an agent in Berlin is 07:00 in Chicago: a Chicago contact's 08:00–20:00 opens in an hour,
    // a Berlin contact's has been open since 08:00 and closes at 20:00 Berlin time.
    const now = wall('2026-07-01', '14:00', BERLIN);
    expect(numberAvailability(number(daytime), now, CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-07-01T13:00:00Z'),
    });
    expect(numberAvailability(number(daytime), now, BERLIN)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-07-01T18:00:00Z'),
    });
    // Half-hour offsets: 12:00 UTC is 17:30 in Kolkata.
    expect(numberAvailability(number(daytime), utc('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-07-01T14:30:00Z'),
    });
  });

  it('PRV-3: America/Chicago 2026-03-08 (clocks skip 02:00–02:59): openings and closings follow the local clock', () => {
    // Saturday 21:00 CST → Sunday 08:00 CDT is 10 real hours, not 11.
    expect(numberAvailability(number(daytime), utc('2026-03-08T03:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-03-08T13:00:00Z'),
    });
    // Sunday 08:00 CDT → 20:00 CDT.
    expect(numberAvailability(number(daytime), utc('2026-03-08T13:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-03-09T01:00:00Z'),
    });
    // 20:00–02:00 from Saturday evening: 02:00 never shows on Sunday; the window closes when the clocks jump.
    expect(numberAvailability(number(overnight), utc('2026-03-08T05:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-03-08T08:00:00Z'),
    });
    // 02:30–05:00 opens at the jump (03:00 CDT) and closes at 05:00 CDT.
    const gap = { from: '02:30', till: '05:00' };
    expect(numberAvailability(number(gap), utc('2026-03-08T07:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-03-08T08:00:00Z'),
    });
    expect(numberAvailability(number(gap), utc('2026-03-08T08:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-03-08T10:00:00Z'),
    });
  });

  it('PRV-3: America/Chicago 2026-11-01 (clocks go back from 02:00 to 01:00): the jump back opens or closes a window', () => {
    // Saturday 21:00 CDT → Sunday 08:00 CST is 12 real hours.
    expect(numberAvailability(number(daytime), utc('2026-11-01T02:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-11-01T14:00:00Z'),
    });
    // 20:00–01:30: open from Saturday evening until 01:30 CDT; the clocks then go back from 01:59 CDT
    // to 01:00 CST, inside the window again, which closes for good at 01:30 CST.
    const lateNight = { from: '20:00', till: '01:30' };
    expect(numberAvailability(number(lateNight), utc('2026-11-01T04:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-11-01T06:30:00Z'),
    });
    expect(numberAvailability(number(lateNight), utc('2026-11-01T06:30:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-11-01T07:00:00Z'),
    });
    expect(numberAvailability(number(lateNight), utc('2026-11-01T07:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-11-01T07:30:00Z'),
    });
    expect(numberAvailability(number(lateNight), utc('2026-11-01T07:30:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: wall('2026-11-01', '20:00'),
    });
    // 01:30–01:00 (all but 01:00–01:29): open at 01:45 CDT, closed by the jump back to 01:00 CST.
    const allButOne = { from: '01:30', till: '01:00' };
    expect(numberAvailability(number(allButOne), utc('2026-11-01T06:45:00Z'), CHICAGO)).to.deep.equal({
      kind: 'open',
      closesAt: utc('2026-11-01T07:00:00Z'),
    });
    expect(numberAvailability(number(allButOne), utc('2026-11-01T07:00:00Z'), CHICAGO)).to.deep.equal({
      kind: 'closed',
      opensAt: utc('2026-11-01T07:30:00Z'),
    });
  });

  it('PRV-3: nextAvailabilityChange is when the answer changes; minutesUntil rounds up', () => {
    const now = wall('2026-07-01', '13:00');
    const open = numberAvailability(number(daytime), now, CHICAGO);
    expect(nextAvailabilityChange(open)).to.equal(wall('2026-07-01', '20:00'));
    const closed = numberAvailability(number(daytime), wall('2026-07-01', '06:00'), CHICAGO);
    expect(nextAvailabilityChange(closed)).to.equal(wall('2026-07-01', '08:00'));
    expect(minutesUntil(now, now + 7 * HOUR)).to.equal(420);
    expect(minutesUntil(now, now + MINUTE + 1)).to.equal(2);
    expect(minutesUntil(now, now + 1)).to.equal(1);
    expect(minutesUntil(now, now)).to.equal(0);
    expect(minutesUntil(now, now - HOUR)).to.equal(0);
  });

  it('PRV-3: open ⇔ isWithinWindow; the change is later than now, the answer flips exactly then and not before', () => {
    const zones = [CHICAGO, 'America/New_York', BERLIN, 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    // The 2026 clock changes of these zones (Lord Howe's are half an hour).
    const changes: [string, number][] = [
      [CHICAGO, utc('2026-03-08T08:00:00Z')],
      [CHICAGO, utc('2026-11-01T07:00:00Z')],
      ['America/New_York', utc('2026-03-08T07:00:00Z')],
      ['America/New_York', utc('2026-11-01T06:00:00Z')],
      [BERLIN, utc('2026-03-29T01:00:00Z')],
      [BERLIN, utc('2026-10-25T01:00:00Z')],
      ['Europe/London', utc('2026-03-29T01:00:00Z')],
      ['Europe/London', utc('2026-10-25T01:00:00Z')],
      ['Australia/Lord_Howe', utc('2026-04-04T15:00:00Z')],
      ['Australia/Lord_Howe', utc('2026-10-03T15:30:00Z')],
    ];
    const nearChange = (hours: number) =>
      fc
        .tuple(fc.constantFrom(...changes), fc.integer({ min: -hours * HOUR, max: hours * HOUR }))
        .map(([[zone, change], offset]): [string, number, number?] => [zone, change + offset, change]);
    // Any instant of 2026 in any zone, or one within a day and a half, or three hours, of a clock change.
    const zoneAndInstant = fc.oneof(
      fc
        .tuple(fc.constantFrom(...zones), fc.integer({ min: utc('2026-01-01T00:00:00Z'), max: utc('2027-01-01T00:00:00Z') }))
        .map(([zone, now]): [string, number, number?] => [zone, now]),
      nearChange(36),
      nearChange(3),
    );
    // Times early in the morning, where clocks change, more often than the rest.
    const minutes = fc.oneof(
      fc.integer({ min: 0, max: 1439 }),
      fc.integer({ min: 0, max: 240 }),
      fc.integer({ min: 60, max: 150 }),
    );
    const time = minutes.map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        zoneAndInstant,
        time,
        time,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        ([zone, now, clockChange], from, till, fractions) => {
          const window = { from, till };
          const result: NumberAvailability = numberAvailability(number(window), now, zone);
          if (from === till) {
            expect(result.kind).to.equal('always');
            return;
          }
          const openNow = isWithinWindow(now, window, zone);
          expect(result.kind).to.equal(openNow ? 'open' : 'closed');
          const change = nextAvailabilityChange(result);
          if (change === null) throw new Error(`no change for ${JSON.stringify(result)}`);
          expect(change).to.be.above(now);
          // Exactly at the change, the answer flips; just before it and anywhere in between, it is as now.
          expect(isWithinWindow(change, window, zone)).to.equal(!openNow);
          expect(numberAvailability(number(window), change, zone).kind).to.equal(openNow ? 'closed' : 'open');
          expect(isWithinWindow(change - 1, window, zone)).to.equal(openNow);
          const between = fractions.map((fraction) => now + Math.floor(fraction * (change - now - 1)));
          // Where the clocks jump (back into the window, say), the answer must not have flipped already.
          if (clockChange !== undefined && clockChange > now && clockChange < change) between.push(clockChange);
          for (const at of between) {
            expect(isWithinWindow(at, window, zone), new Date(at).toISOString()).to.equal(openNow);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
