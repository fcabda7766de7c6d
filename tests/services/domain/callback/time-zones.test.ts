import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatInZone,
  instantToZonedParts,
  isValidTimeZone,
  isWithinWindow,
  nextWindowOpening,
  offsetMinutesAt,
  parseIsoDate,
  parseWallTime,
  parseWindow,
  zonedWallClockToInstant,
  zonesDiffer,
} from '../../../../src/services/domain/callback/time-zones.js';

const utc = (iso: string): number => Date.parse(iso);
const NY = 'America/New_York';
const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';
const LONDON = 'Europe/London';
/** Intl puts narrow no-break spaces before AM/PM; compare with plain spaces. */
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('Time zones: wall clocks of the agent and the contact', () => {
  describe('zonedWallClockToInstant', () => {
    it('CB-1, CB-4: a date and time on a zone\'s wall clock is the instant of that zone, not of UTC', () => {
      expect(zonedWallClockToInstant('2026-11-03', '09:30', BERLIN)).to.equal(utc('2026-11-03T08:30:00Z'));
      expect(zonedWallClockToInstant('2026-07-01', '09:30', BERLIN)).to.equal(utc('2026-07-01T07:30:00Z'));
      expect(zonedWallClockToInstant('2026-11-03', '09:30', CHICAGO)).to.equal(utc('2026-11-03T15:30:00Z'));
      expect(zonedWallClockToInstant('2026-07-01', '08:00', CHICAGO)).to.equal(utc('2026-07-01T13:00:00Z'));
      expect(zonedWallClockToInstant('2026-12-31', '23:59', LONDON)).to.equal(utc('2026-12-31T23:59:00Z'));
      expect(zonedWallClockToInstant('2026-01-01', '00:00', 'Asia/Kolkata')).to.equal(utc('2025-12-31T18:30:00Z'));
    });

    it('CB-4: malformed dates, times and zones give null', () => {
      const cases: [string, string, string][] = [
        ['2026-13-01', '09:30', BERLIN],
        ['2026-00-10', '09:30', BERLIN],
        ['2026-02-29', '09:30', BERLIN], // 2026 is not a leap year
        ['2026-04-31', '09:30', BERLIN],
        ['3/11/2026', '09:30', BERLIN],
        ['2026-3-11', '09:30', BERLIN],
        ['', '09:30', BERLIN],
        ['2026-03-11', '9:30', BERLIN],
        ['2026-03-11', '24:00', BERLIN],
        ['2026-03-11', '12:60', BERLIN],
        ['2026-03-11', '09:30:00', BERLIN],
        ['2026-03-11', '9.30', BERLIN],
        ['2026-03-11', '', BERLIN],
        ['2026-03-11', '09:30', 'Mars/Olympus'],
        ['2026-03-11', '09:30', ''],
      ];
      for (const [date, time, zone] of cases) {
        expect(zonedWallClockToInstant(date, time, zone), `${date} ${time} ${zone}`).to.equal(null);
      }
      expect(zonedWallClockToInstant('2028-02-29', '09:30', BERLIN)).to.equal(utc('2028-02-29T08:30:00Z'));
    });

    it('CB-4: America/New_York 2026-03-08: times the clocks skip (02:00–02:59) do not exist', () => {
      expect(zonedWallClockToInstant('2026-03-08', '02:00', NY)).to.equal(null);
      expect(zonedWallClockToInstant('2026-03-08', '02:30', NY)).to.equal(null);
      expect(zonedWallClockToInstant('2026-03-08', '02:59', NY)).to.equal(null);
      // Either side of the gap, one minute apart in real time.
      expect(zonedWallClockToInstant('2026-03-08', '01:59', NY)).to.equal(utc('2026-03-08T06:59:00Z'));
      expect(zonedWallClockToInstant('2026-03-08', '03:00', NY)).to.equal(utc('2026-03-08T07:00:00Z'));
      // The same time a day earlier and later exists.
      expect(zonedWallClockToInstant('2026-03-07', '02:30', NY)).to.equal(utc('2026-03-07T07:30:00Z'));
      expect(zonedWallClockToInstant('2026-03-09', '02:30', NY)).to.equal(utc('2026-03-09T06:30:00Z'));
    });

    it('CB-4: America/New_York 2026-11-01: a repeated time (01:00–01:59) means its first occurrence, in EDT', () => {
      expect(zonedWallClockToInstant('2026-11-01', '01:30', NY)).to.equal(utc('2026-11-01T05:30:00Z'));
      expect(zonedWallClockToInstant('2026-11-01', '01:00', NY)).to.equal(utc('2026-11-01T05:00:00Z'));
      expect(zonedWallClockToInstant('2026-11-01', '01:59', NY)).to.equal(utc('2026-11-01T05:59:00Z'));
      expect(zonedWallClockToInstant('2026-11-01', '00:59', NY)).to.equal(utc('2026-11-01T04:59:00Z'));
      // 02:00 EST comes two real hours after 01:00 EDT.
      expect(zonedWallClockToInstant('2026-11-01', '02:00', NY)).to.equal(utc('2026-11-01T07:00:00Z'));
    });

    it('CB-4: Europe/London 2026: 01:30 on 29 Mar does not exist; 01:30 on 25 Oct is the BST one', () => {
      expect(zonedWallClockToInstant('2026-03-29', '01:30', LONDON)).to.equal(null);
      expect(zonedWallClockToInstant('2026-03-29', '00:59', LONDON)).to.equal(utc('2026-03-29T00:59:00Z'));
      expect(zonedWallClockToInstant('2026-03-29', '02:00', LONDON)).to.equal(utc('2026-03-29T01:00:00Z'));
      expect(zonedWallClockToInstant('2026-10-25', '01:30', LONDON)).to.equal(utc('2026-10-25T00:30:00Z'));
      expect(zonedWallClockToInstant('2026-10-25', '02:00', LONDON)).to.equal(utc('2026-10-25T02:00:00Z'));
    });

    it('CB-4: converting any minute of 2026 to its wall clock and back gives that minute, or the first occurrence of a repeated one', () => {
      const zones = [NY, CHICAGO, BERLIN, LONDON, 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
      const start = utc('2026-01-01T00:00:00Z') / 60_000;
      const end = utc('2027-01-01T00:00:00Z') / 60_000;
      fc.assert(
        fc.property(fc.integer({ min: start, max: end }), fc.constantFrom(...zones), (minute, zone) => {
          const at = minute * 60_000;
          const parts = instantToZonedParts(at, zone);
          const back = zonedWallClockToInstant(parts.date, parts.time, zone);
          expect(back).to.not.equal(null);
          if (back !== at) {
            // The second occurrence of a repeated time: the first is earlier and shows the same clock.
            expect(back).to.be.below(at);
            expect(at - (back ?? 0)).to.be.at.most(60 * 60_000);
            expect(instantToZonedParts(back ?? 0, zone).time).to.equal(parts.time);
            expect(instantToZonedParts(back ?? 0, zone).offsetMinutes).to.be.above(parts.offsetMinutes);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('instantToZonedParts', () => {
    it('CB-4: gives the date, time and offset the zone shows, including across midnight', () => {
      expect(instantToZonedParts(utc('2026-11-03T08:30:00Z'), BERLIN)).to.deep.equal({
        date: '2026-11-03',
        time: '09:30',
        offsetMinutes: 60,
      });
      expect(instantToZonedParts(utc('2026-07-01T07:30:00Z'), BERLIN)).to.deep.equal({
        date: '2026-07-01',
        time: '09:30',
        offsetMinutes: 120,
      });
      expect(instantToZonedParts(utc('2026-11-03T03:30:00Z'), CHICAGO)).to.deep.equal({
        date: '2026-11-02',
        time: '21:30',
        offsetMinutes: -360,
      });
      expect(instantToZonedParts(utc('2026-07-01T03:30:45Z'), CHICAGO)).to.deep.equal({
        date: '2026-06-30',
        time: '22:30',
        offsetMinutes: -300,
      });
    });

    it('CB-4: the two 01:30s of America/New_York on 2026-11-01 differ in offset', () => {
      expect(instantToZonedParts(utc('2026-11-01T05:30:00Z'), NY)).to.deep.equal({
        date: '2026-11-01',
        time: '01:30',
        offsetMinutes: -240,
      });
      expect(instantToZonedParts(utc('2026-11-01T06:30:00Z'), NY)).to.deep.equal({
        date: '2026-11-01',
        time: '01:30',
        offsetMinutes: -300,
      });
    });

    it('CB-4: an unknown zone or a non-instant is refused with a RangeError', () => {
      expect(() => instantToZonedParts(0, 'Mars/Olympus')).to.throw(RangeError, /Mars\/Olympus/);
      expect(() => instantToZonedParts(Number.NaN, BERLIN)).to.throw(RangeError);
      expect(() => offsetMinutesAt(0, 'Nowhere')).to.throw(RangeError);
    });
  });

  describe('callable windows', () => {
    const day = (time: string, date = '2026-07-01', zone = CHICAGO): number => {
      const at = zonedWallClockToInstant(date, time, zone);
      if (at === null) throw new Error(`no such time ${date} ${time}`);
      return at;
    };

    it('PRV-3, CB-1: 08:00–20:00 includes 08:00 and 19:59 but not 07:59 or 20:00, on the contact\'s clock', () => {
      const window = { from: '08:00', till: '20:00' };
      expect(isWithinWindow(day('07:59'), window, CHICAGO)).to.equal(false);
      expect(isWithinWindow(day('08:00'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('13:00'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('19:59'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('20:00'), window, CHICAGO)).to.equal(false);
      // 14:00 in Berlin is 07:00 in Chicago: read on the contact's clock, it is outside.
      expect(isWithinWindow(day('14:00', '2026-07-01', BERLIN), window, CHICAGO)).to.equal(false);
      expect(isWithinWindow(day('15:00', '2026-07-01', BERLIN), window, CHICAGO)).to.equal(true);
    });

    it('PRV-3, CB-1: a window across midnight (18:00–02:00) runs from the evening into the next morning', () => {
      const window = { from: '18:00', till: '02:00' };
      expect(isWithinWindow(day('12:00'), window, CHICAGO)).to.equal(false);
      expect(isWithinWindow(day('17:59'), window, CHICAGO)).to.equal(false);
      expect(isWithinWindow(day('18:00'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('23:59'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('00:00'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('01:59'), window, CHICAGO)).to.equal(true);
      expect(isWithinWindow(day('02:00'), window, CHICAGO)).to.equal(false);
      expect(isWithinWindow(day('03:00'), window, CHICAGO)).to.equal(false);
    });

    it('PRV-3: a window whose from equals its till is open all day', () => {
      const window = { from: '09:00', till: '09:00' };
      for (const time of ['00:00', '08:59', '09:00', '23:59']) {
        expect(isWithinWindow(day(time), window, CHICAGO), time).to.equal(true);
      }
    });

    it('PRV-3, CB-1: windows follow the local clock through America/New_York\'s change on 2026-03-08', () => {
      const window = { from: '08:00', till: '20:00' };
      // 12:30 UTC is 07:30 EST on Saturday and 08:30 EDT on Sunday.
      expect(isWithinWindow(utc('2026-03-07T12:30:00Z'), window, NY)).to.equal(false);
      expect(isWithinWindow(utc('2026-03-08T12:30:00Z'), window, NY)).to.equal(true);
      // 00:30 UTC Monday is 20:30 EDT on Sunday: closed, although 01:30 UTC on Sunday was 20:30 EST.
      expect(isWithinWindow(utc('2026-03-09T00:30:00Z'), window, NY)).to.equal(false);
      expect(isWithinWindow(utc('2026-03-08T00:30:00Z'), window, NY)).to.equal(true);
    });

    it('PRV-3: a malformed window is refused with a RangeError; parseWindow tells it beforehand', () => {
      expect(() => isWithinWindow(0, { from: '8am', till: '20:00' }, CHICAGO)).to.throw(RangeError, /8am/);
      expect(() => nextWindowOpening(0, { from: '08:00', till: '25:00' }, CHICAGO)).to.throw(RangeError);
      expect(parseWindow({ from: '8am', till: '20:00' })).to.equal(null);
      expect(parseWindow({ from: '18:00', till: '02:00' })).to.deep.equal({ from: 1080, till: 120 });
      expect(parseWallTime('23:59')).to.equal(1439);
      expect(parseIsoDate('2026-11-03')).to.deep.equal({ year: 2026, month: 11, day: 3 });
    });

    it('PRV-3, CB-4: the next opening is now when open, later today before the window, tomorrow after it', () => {
      const window = { from: '08:00', till: '20:00' };
      expect(nextWindowOpening(day('13:17'), window, CHICAGO)).to.equal(day('13:17'));
      expect(nextWindowOpening(day('06:00'), window, CHICAGO)).to.equal(day('08:00'));
      expect(nextWindowOpening(day('20:00'), window, CHICAGO)).to.equal(day('08:00', '2026-07-02'));
      expect(nextWindowOpening(day('23:59'), window, CHICAGO)).to.equal(day('08:00', '2026-07-02'));
      expect(nextWindowOpening(day('00:00'), window, CHICAGO)).to.equal(day('08:00'));
    });

    it('PRV-3, CB-4: the next opening of a window across midnight is its evening start', () => {
      const window = { from: '18:00', till: '02:00' };
      expect(nextWindowOpening(day('03:00'), window, CHICAGO)).to.equal(day('18:00'));
      expect(nextWindowOpening(day('17:59'), window, CHICAGO)).to.equal(day('18:00'));
      expect(nextWindowOpening(day('01:00'), window, CHICAGO)).to.equal(day('01:00'));
    });

    it('PRV-3, CB-4: the next opening across a clock change is the local opening time, not 24 h later', () => {
      const window = { from: '08:00', till: '20:00' };
      // Saturday 21:00 EST → Sunday 08:00 EDT is 10 real hours later, not 11.
      expect(nextWindowOpening(utc('2026-03-08T02:00:00Z'), window, NY)).to.equal(utc('2026-03-08T12:00:00Z'));
      // Saturday 21:00 EDT → Sunday 08:00 EST is 12 real hours later.
      expect(nextWindowOpening(utc('2026-11-01T01:00:00Z'), window, NY)).to.equal(utc('2026-11-01T13:00:00Z'));
      // London: Saturday 21:00 GMT → Sunday 08:00 BST.
      expect(nextWindowOpening(utc('2026-03-28T21:00:00Z'), window, LONDON)).to.equal(utc('2026-03-29T07:00:00Z'));
    });

    it('PRV-3: a window that opens in the skipped hour opens when the clocks jump; one that opens in the repeated hour opens at each occurrence', () => {
      // 02:30–05:00 on 2026-03-08 in New York: 02:30 never shows; the window opens at 03:00 EDT.
      const gap = { from: '02:30', till: '05:00' };
      expect(nextWindowOpening(utc('2026-03-08T05:00:00Z'), gap, NY)).to.equal(utc('2026-03-08T07:00:00Z'));
      expect(isWithinWindow(utc('2026-03-08T07:00:00Z'), gap, NY)).to.equal(true);
      // A window inside the skipped hour does not open that day at all.
      const inside = { from: '02:10', till: '02:50' };
      expect(nextWindowOpening(utc('2026-03-08T05:00:00Z'), inside, NY)).to.equal(utc('2026-03-09T06:10:00Z'));
      // 01:30–01:45 on 2026-11-01: after the EDT one has closed, it opens again at 01:30 EST.
      const repeated = { from: '01:30', till: '01:45' };
      expect(nextWindowOpening(utc('2026-11-01T04:00:00Z'), repeated, NY)).to.equal(utc('2026-11-01T05:30:00Z'));
      expect(nextWindowOpening(utc('2026-11-01T05:50:00Z'), repeated, NY)).to.equal(utc('2026-11-01T06:30:00Z'));
    });
  });

  describe('formatting and comparing zones', () => {
    it('CB-4: formatInZone shows the date, time and short zone name in the locale\'s style', () => {
      const at = utc('2026-11-03T09:30:00Z');
      expect(plain(formatInZone(at, LONDON, 'en-GB'))).to.equal('3 Nov 2026, 09:30 GMT');
      expect(plain(formatInZone(at, BERLIN, 'en-GB'))).to.equal('3 Nov 2026, 10:30 CET');
      expect(plain(formatInZone(at, CHICAGO, 'en-US'))).to.equal('Nov 3, 2026, 03:30 AM CST');
      expect(plain(formatInZone(utc('2026-07-01T09:30:00Z'), LONDON, 'en-GB'))).to.equal('1 Jul 2026, 10:30 BST');
      expect(formatInZone(at, BERLIN, 'de-DE')).to.contain('10:30');
    });

    it('CB-4: zones differ when their offsets differ at that instant, whatever their names', () => {
      const winter = utc('2026-01-15T12:00:00Z');
      const summer = utc('2026-07-15T12:00:00Z');
      expect(zonesDiffer(BERLIN, CHICAGO, winter)).to.equal(true);
      expect(zonesDiffer(BERLIN, 'Europe/Paris', winter)).to.equal(false);
      expect(zonesDiffer(BERLIN, 'Europe/Paris', summer)).to.equal(false);
      expect(zonesDiffer(CHICAGO, CHICAGO, summer)).to.equal(false);
      // London is on UTC in winter only.
      expect(zonesDiffer(LONDON, 'Africa/Abidjan', winter)).to.equal(false);
      expect(zonesDiffer(LONDON, 'Africa/Abidjan', summer)).to.equal(true);
      expect(zonesDiffer(LONDON, 'UTC', utc('2026-03-29T00:59:00Z'))).to.equal(false);
      expect(zonesDiffer(LONDON, 'UTC', utc('2026-03-29T01:00:00Z'))).to.equal(true);
      expect(() => zonesDiffer(BERLIN, 'Nowhere/Else', winter)).to.throw(RangeError);
    });

    it('CB-4: Berlin and Chicago are 7 h apart, but 6 h in the weeks when only America has changed its clocks', () => {
      const gap = (iso: string) => offsetMinutesAt(utc(iso), BERLIN) - offsetMinutesAt(utc(iso), CHICAGO);
      expect(gap('2026-01-15T12:00:00Z')).to.equal(7 * 60);
      expect(gap('2026-03-15T12:00:00Z')).to.equal(6 * 60);
      expect(gap('2026-07-15T12:00:00Z')).to.equal(7 * 60);
      expect(gap('2026-10-28T12:00:00Z')).to.equal(6 * 60);
      expect(gap('2026-11-02T12:00:00Z')).to.equal(7 * 60);
    });

    it('CB-4: isValidTimeZone accepts IANA names the runtime knows and nothing else', () => {
      for (const zone of [BERLIN, CHICAGO, NY, LONDON, 'UTC', 'Asia/Kolkata']) {
        expect(isValidTimeZone(zone), zone).to.equal(true);
      }
      for (const zone of ['', ' ', 'Mars/Olympus', 'Chicago', 'Europe/Berln']) {
        expect(isValidTimeZone(zone), zone).to.equal(false);
      }
    });
  });
});
