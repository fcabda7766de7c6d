import { expect } from '@open-wc/testing';
import {
  describeCallbackTimes,
  personalCallbackFor,
  validateCallback,
  type CallbackContext,
  type CallbackError,
  type CallbackInput,
  type CallbackValidation,
} from '../../../../src/services/domain/callback/callback.js';
import type { CallbackRequest } from '../../../../src/services/domain/interaction/outcome.js';
import type { RecordPhoneNumber } from '../../../../src/services/domain/campaign/record.js';
import { zonedWallClockToInstant } from '../../../../src/services/domain/callback/time-zones.js';

const utc = (iso: string): number => Date.parse(iso);
const BERLIN = 'Europe/Berlin';
const CHICAGO = 'America/Chicago';
const NY = 'America/New_York';
const plain = (text: string): string => text.replace(/\s/g, ' ');

const numbers: readonly RecordPhoneNumber[] = [
  { id: 'home', e164: '+13125550123', type: 'home', window: { from: '08:00', till: '20:00' } },
  { id: 'mobile', e164: '+13125550199', type: 'mobile' },
  { id: 'night', e164: '+13125550177', type: 'work', window: { from: '18:00', till: '02:00' } },
  { id: 'dnc', e164: '+13125550150', type: 'work', blocked: 'dnc' },
  { id: 'spent', e164: '+13125550151', type: 'other', blocked: 'attempt-limit' },
  { id: 'bad', e164: '+13125550152', type: 'home', blocked: 'invalid' },
  { id: 'garbled', e164: '+13125550153', type: 'mobile', window: { from: '8am', till: '8pm' } },
];

/** Tuesday 3 Nov 2026, 10:05 in Berlin (CET), 03:05 in Chicago (CST): seven hours apart. */
const NOW = utc('2026-11-03T09:05:00Z');

const berlinAgent: CallbackContext = {
  now: NOW,
  agentTimeZone: BERLIN,
  contactTimeZone: CHICAGO,
  numbers,
  policy: 'choose',
};

/** Agent and contact both in Chicago; now is 3 Nov 2026, 10:05 there. */
const chicagoAgent: CallbackContext = {
  ...berlinAgent,
  now: utc('2026-11-03T16:05:00Z'),
  agentTimeZone: CHICAGO,
};

const input = (over: Partial<CallbackInput> = {}): CallbackInput => ({
  date: '2026-11-04',
  time: '16:30',
  personal: false,
  target: { kind: 'record-number', numberId: 'home' },
  ...over,
});

function accepted(result: CallbackValidation): CallbackRequest {
  if (!result.ok) throw new Error(`refused: ${result.errors.map((e) => e.message).join(' | ')}`);
  return result.request;
}

function refused(result: CallbackValidation): readonly CallbackError[] {
  if (result.ok) throw new Error(`accepted at ${new Date(result.request.at).toISOString()}`);
  return result.errors;
}

function only(result: CallbackValidation): CallbackError {
  const errors = refused(result);
  expect(errors.map((e) => e.code), errors.map((e) => e.message).join(' | ')).to.have.length(1);
  return errors[0];
}

describe('Callbacks: policy and validation at Mark Done', () => {
  describe('personal callback policy', () => {
    it('CB-2: choose: the agent decides, the check box is shown and editable', () => {
      expect(personalCallbackFor('choose', true)).to.deep.equal({ personal: true, editable: true, visible: true });
      expect(personalCallbackFor('choose', false)).to.deep.equal({ personal: false, editable: true, visible: true });
    });

    it('CB-2: always: personal, shown and locked, whatever the agent chose', () => {
      for (const choice of [true, false]) {
        expect(personalCallbackFor('always', choice)).to.deep.equal({ personal: true, editable: false, visible: true });
      }
    });

    it('CB-2: never: not personal and the check box is hidden', () => {
      for (const choice of [true, false]) {
        expect(personalCallbackFor('never', choice)).to.deep.equal({ personal: false, editable: false, visible: false });
      }
    });

    it('CB-2, CB-4: a personal callback under policy never is refused on the personal field', () => {
      const error = only(validateCallback(input({ personal: true }), { ...berlinAgent, policy: 'never' }));
      expect(error.code).to.equal('personal-not-allowed');
      expect(error.field).to.equal('personal');
      expect(error.message).to.contain('does not allow personal callbacks');
      expect(error.message).to.contain('Clear Personal callback');
      expect(accepted(validateCallback(input({ personal: false }), { ...berlinAgent, policy: 'never' })).personal).to.equal(
        false,
      );
    });

    it('CB-2: the request is personal under always, and as chosen under choose', () => {
      expect(accepted(validateCallback(input({ personal: false }), { ...berlinAgent, policy: 'always' })).personal).to.equal(
        true,
      );
      expect(accepted(validateCallback(input({ personal: true }), berlinAgent)).personal).to.equal(true);
      expect(accepted(validateCallback(input({ personal: false }), berlinAgent)).personal).to.equal(false);
    });
  });

  describe('accepted callbacks', () => {
    it('CB-1, CB-4: an agent in Berlin schedules 16:30 their time, which is 09:30 in Chicago, inside the window', () => {
      const target = { kind: 'record-number', numberId: 'home' } as const;
      expect(accepted(validateCallback(input({ target, personal: true }), berlinAgent))).to.deep.equal({
        at: utc('2026-11-04T15:30:00Z'),
        personal: true,
        target,
      });
    });

    it('CB-1: an agent in the contact\'s zone schedules on the shared clock', () => {
      expect(accepted(validateCallback(input({ time: '09:30' }), chicagoAgent)).at).to.equal(utc('2026-11-04T15:30:00Z'));
      // Spaces around what was typed do not matter.
      expect(accepted(validateCallback(input({ date: ' 2026-11-04 ', time: ' 09:30 ' }), chicagoAgent)).at).to.equal(
        utc('2026-11-04T15:30:00Z'),
      );
    });

    it('CB-1: a new number with a window is accepted as typed', () => {
      const target = {
        kind: 'new-number',
        e164: '+493012345678',
        type: 'mobile',
        window: { from: '09:00', till: '17:00' },
      } as const;
      expect(accepted(validateCallback(input({ target }), berlinAgent))).to.deep.equal({
        at: utc('2026-11-04T15:30:00Z'),
        personal: false,
        target,
      });
    });

    it('CB-1, CB-4: a number without a window may be called back at any hour', () => {
      const target = { kind: 'record-number', numberId: 'mobile' } as const;
      expect(accepted(validateCallback(input({ time: '05:00', target }), berlinAgent)).at).to.equal(
        utc('2026-11-04T04:00:00Z'),
      );
    });

    it('CB-1, CB-4: a window across midnight (18:00–02:00) accepts 01:00 but not 03:00 the contact\'s time', () => {
      const target = { kind: 'record-number', numberId: 'night' } as const;
      // 08:00 Berlin on 4 Nov is 01:00 in Chicago.
      expect(accepted(validateCallback(input({ time: '08:00', target }), berlinAgent)).at).to.equal(
        utc('2026-11-04T07:00:00Z'),
      );
      const error = only(validateCallback(input({ time: '10:00', target }), berlinAgent));
      expect(error.code).to.equal('outside-window');
      expect(error.message).to.equal(
        "The contact's work number +13125550177 can be called 18:00–02:00 their time (America/Chicago); " +
          '03:00 on 4 Nov their time (10:00 on 4 Nov your time) is outside that window. ' +
          'Choose a time within it, e.g. 18:00 on 4 Nov their time (01:00 on 5 Nov your time), when it next opens.',
      );
    });

    it('CB-4: a repeated time when clocks go back (01:30 on 2026-11-01 in New York) means the first one', () => {
      const context: CallbackContext = {
        ...berlinAgent,
        now: utc('2026-10-30T12:00:00Z'),
        agentTimeZone: NY,
        contactTimeZone: NY,
      };
      const target = { kind: 'record-number', numberId: 'mobile' } as const;
      expect(accepted(validateCallback(input({ date: '2026-11-01', time: '01:30', target }), context)).at).to.equal(
        utc('2026-11-01T05:30:00Z'),
      );
    });
  });

  describe('refused callbacks', () => {
    it('CB-4: a callback in the past is refused with the time it names', () => {
      const target = { kind: 'record-number', numberId: 'home' } as const;
      const error = only(validateCallback(input({ date: '2026-11-03', time: '09:30', target }), chicagoAgent));
      expect(error).to.deep.include({
        code: 'in-the-past',
        field: 'time',
        message: 'The callback time 09:30 on 3 Nov is in the past. Choose a later time.',
      });
      // The same as data, for the elements to word in the kit's language (issue 12 #8).
      expect(error.params).to.deep.equal({
        code: 'in-the-past',
        change: 'time',
        at: zonedWallClockToInstant('2026-11-03', '09:30', chicagoAgent.agentTimeZone),
        agentZone: chicagoAgent.agentTimeZone,
        contactZone: chicagoAgent.contactTimeZone,
      });
    });

    it('CB-4: the current minute counts as past; the next minute does not', () => {
      expect(only(validateCallback(input({ date: '2026-11-03', time: '10:05' }), chicagoAgent)).code).to.equal(
        'in-the-past',
      );
      expect(accepted(validateCallback(input({ date: '2026-11-03', time: '10:06' }), chicagoAgent)).at).to.equal(
        utc('2026-11-03T16:06:00Z'),
      );
    });

    it('CB-4: a date before today is refused on the date field, naming the year when it is not this one', () => {
      const yesterday = only(validateCallback(input({ date: '2026-11-02', time: '12:00' }), chicagoAgent));
      expect(yesterday.field).to.equal('date');
      expect(yesterday.message).to.equal('The callback time 12:00 on 2 Nov is in the past. Choose a later date.');
      const lastYear = only(validateCallback(input({ date: '2025-11-03', time: '12:00' }), chicagoAgent));
      expect(lastYear.message).to.equal('The callback time 12:00 on 3 Nov 2025 is in the past. Choose a later date.');
    });

    it('CB-4: in the past with the agent in Berlin, the message gives both clocks', () => {
      const target = { kind: 'record-number', numberId: 'mobile' } as const;
      const error = only(validateCallback(input({ date: '2026-11-03', time: '09:30', target }), berlinAgent));
      expect(error.code).to.equal('in-the-past');
      expect(error.message).to.equal(
        "The callback time 09:30 on 3 Nov your time (02:30 on 3 Nov the contact's time, America/Chicago) is in the " +
          'past. Choose a later time.',
      );
    });

    it('CB-4: outside the number\'s window with the agent in Berlin: the window, the chosen time and the next opening on both clocks', () => {
      // 04:15 on 4 Nov in Berlin is 21:15 on 3 Nov in Chicago.
      const error = only(validateCallback(input({ time: '04:15' }), berlinAgent));
      expect(error).to.deep.include({
        code: 'outside-window',
        field: 'time',
        message:
          "The contact's home number +13125550123 can be called 08:00–20:00 their time (America/Chicago); " +
          '21:15 on 3 Nov their time (04:15 on 4 Nov your time) is outside that window. ' +
          'Choose a time within it, e.g. 08:00 on 4 Nov their time (15:00 on 4 Nov your time), when it next opens.',
      });
    });

    it('CB-4: outside the window with agent and contact in the same zone, the message gives one clock', () => {
      const error = only(validateCallback(input({ date: '2026-11-03', time: '21:15' }), chicagoAgent));
      expect(error.message).to.equal(
        "The contact's home number +13125550123 can be called 08:00–20:00 (America/Chicago); " +
          '21:15 on 3 Nov is outside that window. Choose a time within it, e.g. 08:00 on 4 Nov, when it next opens.',
      );
      // A differently named zone with the same clock (US/Central is another name of Chicago's) is the same zone.
      const central = only(
        validateCallback(input({ date: '2026-11-03', time: '21:15' }), { ...chicagoAgent, agentTimeZone: 'US/Central' }),
      );
      expect(central.message).to.equal(error.message);
    });

    it('CB-4: the window is read on the contact\'s clock through DST: on 9 Mar 2026 New York is 5 h behind Berlin, not 6', () => {
      const context: CallbackContext = {
        ...berlinAgent,
        now: utc('2026-03-01T12:00:00Z'),
        contactTimeZone: NY,
      };
      // 13:00 in Berlin on 9 Mar is 08:00 EDT: the window has just opened.
      expect(accepted(validateCallback(input({ date: '2026-03-09', time: '13:00' }), context)).at).to.equal(
        utc('2026-03-09T12:00:00Z'),
      );
      const error = only(validateCallback(input({ date: '2026-03-09', time: '12:59' }), context));
      expect(error.message).to.equal(
        "The contact's home number +13125550123 can be called 08:00–20:00 their time (America/New_York); " +
          '07:59 on 9 Mar their time (12:59 on 9 Mar your time) is outside that window. ' +
          'Choose a time within it, e.g. 08:00 on 9 Mar their time (13:00 on 9 Mar your time), when it next opens.',
      );
      // From 29 Mar Berlin is on summer time too: 13:00 there is 07:00 in New York, outside again.
      expect(only(validateCallback(input({ date: '2026-03-30', time: '13:00' }), context)).code).to.equal(
        'outside-window',
      );
    });

    it('CB-4: malformed dates are refused with what is wrong and an example', () => {
      const cases: [string, string][] = [
        ['03/11/2026', '"03/11/2026" is not a date. Type the date as YYYY-MM-DD, e.g. 2026-11-04.'],
        ['tomorrow', '"tomorrow" is not a date. Type the date as YYYY-MM-DD, e.g. 2026-11-04.'],
        ['2026-02-30', '2026-02-30 is not a date: February 2026 has 28 days. Choose a day that exists.'],
        ['2026-04-31', '2026-04-31 is not a date: April 2026 has 30 days. Choose a day that exists.'],
        ['2026-13-01', '2026-13-01 is not a date: there is no month 13. Type the date as YYYY-MM-DD, e.g. 2026-11-04.'],
        ['', 'Enter the callback date as YYYY-MM-DD, e.g. 2026-11-04.'],
      ];
      for (const [date, message] of cases) {
        expect(only(validateCallback(input({ date }), berlinAgent)), date).to.deep.include({
          code: 'malformed-date',
          field: 'date',
          message,
        });
      }
    });

    it('CB-4: malformed times are refused with the expected format', () => {
      for (const time of ['9.30', '25:00', '12:60', '9:30 pm', '0930']) {
        expect(only(validateCallback(input({ time }), berlinAgent)), time).to.deep.include({
          code: 'malformed-time',
          field: 'time',
          message: `"${time}" is not a time. Type the time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.`,
        });
      }
      expect(only(validateCallback(input({ time: '' }), berlinAgent)).message).to.equal(
        'Enter the callback time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.',
      );
    });

    it('CB-4: a time the agent\'s clocks skip (02:30 on 8 Mar 2026 in New York, 29 Mar in Berlin) is refused', () => {
      const target = { kind: 'record-number', numberId: 'mobile' } as const;
      const ny: CallbackContext = { ...berlinAgent, now: utc('2026-03-01T12:00:00Z'), agentTimeZone: NY };
      expect(only(validateCallback(input({ date: '2026-03-08', time: '02:30', target }), ny))).to.deep.include({
        code: 'malformed-time',
        field: 'time',
        message:
          '02:30 does not exist on 8 Mar in America/New_York: the clocks go forward that night and skip it. ' +
          'Choose a time after the change.',
      });
      const berlin: CallbackContext = { ...berlinAgent, now: utc('2026-03-01T12:00:00Z') };
      const error = only(validateCallback(input({ date: '2026-03-29', time: '02:30', target }), berlin));
      expect(error.code).to.equal('malformed-time');
      expect(error.message).to.contain('on 29 Mar in Europe/Berlin');
      expect(accepted(validateCallback(input({ date: '2026-03-29', time: '03:00', target }), berlin)).at).to.equal(
        utc('2026-03-29T01:00:00Z'),
      );
    });

    it('CB-1, CB-4: a number that is not on the record is refused', () => {
      const error = only(validateCallback(input({ target: { kind: 'record-number', numberId: 'gone' } }), berlinAgent));
      expect(error.code).to.equal('unknown-number');
      expect(error.field).to.equal('number');
      expect(error.message).to.contain("not one of this record's numbers");
    });

    it('CB-1, CB-4, DNC-1: blocked record numbers are refused, each with its reason', () => {
      const reasons: Record<string, string> = {
        dnc: "The contact's work number +13125550150 is on the Do-Not-Call list",
        spent: "The contact's other number +13125550151 has used up its call attempts",
        bad: "The contact's home number +13125550152 is not a valid number",
      };
      for (const [numberId, reason] of Object.entries(reasons)) {
        const error = only(validateCallback(input({ target: { kind: 'record-number', numberId } }), berlinAgent));
        expect(error.code, numberId).to.equal('number-blocked');
        expect(error.field).to.equal('number');
        expect(error.message).to.equal(
          `${reason}, so it cannot be called back. Choose another number or enter a new one.`,
        );
      }
    });

    it('CB-1, DNC-1: a new number that is a blocked number of the record is refused', () => {
      const target = { kind: 'new-number', e164: '+13125550150', type: 'mobile' } as const;
      const error = only(validateCallback(input({ target }), berlinAgent));
      expect(error.code).to.equal('number-blocked');
      expect(error.message).to.match(/^The new number \+13125550150 is on the Do-Not-Call list/);
    });

    it('CB-1, CB-4: a record number whose window cannot be read is refused', () => {
      const error = only(validateCallback(input({ target: { kind: 'record-number', numberId: 'garbled' } }), berlinAgent));
      expect(error.code).to.equal('outside-window');
      expect(error.field).to.equal('number');
      expect(error.message).to.contain('("8am" to "8pm")');
      expect(error.message).to.contain('Choose another number');
    });

    it('CB-1: a new number must be E.164', () => {
      for (const e164 of ['3125550123', '+1 312 555 0123', '(312) 555-0123', '+0312555']) {
        const error = only(validateCallback(input({ target: { kind: 'new-number', e164, type: 'home' } }), berlinAgent));
        expect(error).to.deep.include({
          code: 'invalid-new-number',
          field: 'number',
          message: `The new number "${e164}" is not a complete international number. Enter it with + and the country code, e.g. +13125550123.`,
        });
      }
      expect(
        only(validateCallback(input({ target: { kind: 'new-number', e164: '', type: 'home' } }), berlinAgent)).message,
      ).to.equal('Enter the new number for the callback with + and the country code, e.g. +13125550123.');
    });

    it('CB-1: a new number\'s window must be two HH:MM times that differ', () => {
      const target = (from: string, till: string) =>
        ({ kind: 'new-number', e164: '+13125550188', type: 'work', window: { from, till } }) as const;
      expect(only(validateCallback(input({ target: target('8am', '20:00') }), berlinAgent))).to.deep.include({
        code: 'invalid-new-number',
        field: 'number',
        message:
          'The new number\'s callable window needs From and Till times as HH:MM, e.g. 08:00 and 20:00; From "8am" is not a time.',
      });
      expect(only(validateCallback(input({ target: target('8am', '8pm') }), berlinAgent)).message).to.contain(
        'From "8am" and Till "8pm" are not times.',
      );
      expect(only(validateCallback(input({ target: target('09:00', '09:00') }), berlinAgent))).to.deep.include({
        code: 'invalid-new-number',
        field: 'number',
        message: "The new number's callable window starts and ends at 09:00. Set a Till time different from the From time.",
      });
    });

    it('CB-1, CB-4: a new number\'s own window is checked on the contact\'s clock', () => {
      const target = { kind: 'new-number', e164: '+13125550188', type: 'work', window: { from: '12:00', till: '14:00' } } as const;
      // 16:30 in Berlin is 09:30 in Chicago.
      const error = only(validateCallback(input({ target }), berlinAgent));
      expect(error.code).to.equal('outside-window');
      expect(error.message).to.match(/^The new number \+13125550188 can be called 12:00–14:00 their time \(America\/Chicago\); 09:30 on 4 Nov their time \(16:30 on 4 Nov your time\)/);
      expect(accepted(validateCallback(input({ target, time: '19:00' }), berlinAgent)).at).to.equal(
        utc('2026-11-04T18:00:00Z'),
      );
    });

    it('CB-4: every problem is reported at once, in the order of the form', () => {
      const errors = refused(
        validateCallback(
          { date: '2026-02-30', time: 'noon', personal: true, target: { kind: 'record-number', numberId: 'dnc' } },
          { ...berlinAgent, policy: 'never' },
        ),
      );
      expect(errors.map((e) => [e.code, e.field])).to.deep.equal([
        ['malformed-date', 'date'],
        ['malformed-time', 'time'],
        ['personal-not-allowed', 'personal'],
        ['number-blocked', 'number'],
      ]);
      const pastAndOutside = refused(validateCallback(input({ date: '2026-11-03', time: '09:30' }), berlinAgent));
      expect(pastAndOutside.map((e) => e.code)).to.deep.equal(['in-the-past', 'outside-window']);
    });

    it('CB-4: an unknown zone in the context is a configuration error, not an agent error', () => {
      expect(() => validateCallback(input(), { ...berlinAgent, contactTimeZone: 'Central' })).to.throw(RangeError, /Central/);
      expect(() => validateCallback(input(), { ...berlinAgent, agentTimeZone: '' })).to.throw(RangeError);
    });
  });

  describe('showing the callback time', () => {
    it('CB-4: agent in Berlin, contact in Chicago: both clocks are shown', () => {
      const times = describeCallbackTimes(utc('2026-11-04T15:30:00Z'), BERLIN, CHICAGO, 'en-GB');
      expect(plain(times.agent)).to.equal('4 Nov 2026, 16:30 CET');
      expect(plain(times.contact ?? '')).to.match(/^4 Nov 2026, 09:30 (CST|GMT-6)$/);
      const us = describeCallbackTimes(utc('2026-11-04T15:30:00Z'), BERLIN, CHICAGO, 'en-US');
      expect(plain(us.contact ?? '')).to.equal('Nov 4, 2026, 09:30 AM CST');
    });

    it('CB-4: when both zones show the same clock, only the agent\'s time is shown', () => {
      expect(describeCallbackTimes(utc('2026-11-04T15:30:00Z'), CHICAGO, CHICAGO, 'en-GB').contact).to.equal(null);
      expect(describeCallbackTimes(utc('2026-11-04T15:30:00Z'), BERLIN, 'Europe/Paris', 'en-GB').contact).to.equal(null);
      // London and Abidjan share a clock in winter only.
      expect(
        describeCallbackTimes(utc('2026-01-15T12:00:00Z'), 'Europe/London', 'Africa/Abidjan', 'en-GB').contact,
      ).to.equal(null);
      expect(
        plain(describeCallbackTimes(utc('2026-07-15T12:00:00Z'), 'Europe/London', 'Africa/Abidjan', 'en-GB').contact ?? ''),
      ).to.equal('15 Jul 2026, 12:00 GMT');
    });
  });
});
