import { expect } from '@open-wc/testing';
import { nextDialableNumber, resolveDialValidation } from '../../../../src/services/domain/numbers/dial-validation.js';
import type { RecordPhoneNumber } from '../../../../src/services/domain/campaign/record.js';

const utc = (iso: string): number => Date.parse(iso);
const CHICAGO = 'America/Chicago';

const home: RecordPhoneNumber = { id: 'home', e164: '+13125550123', type: 'home', window: { from: '08:00', till: '20:00' } };
const mobile: RecordPhoneNumber = { id: 'mobile', e164: '+13125550199', type: 'mobile' };
const work: RecordPhoneNumber = { id: 'work', e164: '+13125550177', type: 'work', window: { from: '18:00', till: '02:00' } };
const dnc: RecordPhoneNumber = { id: 'dnc', e164: '+13125550150', type: 'work', blocked: 'dnc' };
const spent: RecordPhoneNumber = { id: 'spent', e164: '+13125550151', type: 'other', blocked: 'attempt-limit' };
const invalid: RecordPhoneNumber = { id: 'invalid', e164: '+13125550152', type: 'other', blocked: 'invalid' };
/** The home line again, listed as Other. */
const homeAgain: RecordPhoneNumber = { id: 'home-again', e164: '+13125550123', type: 'other' };

/** 3 Nov 2026, 12:00 in Chicago: home's window is open, work's (18:00–02:00) is closed. */
const noon = { now: utc('2026-11-03T18:00:00Z'), timeZone: CHICAGO };
/** 3 Nov 2026, 21:00 in Chicago: home's window is closed, work's is open. */
const evening = { now: utc('2026-11-04T03:00:00Z'), timeZone: CHICAGO };

describe('Pre-dial validation: Do-Not-Call list', () => {
  it('DNC-1: on the Do-Not-Call list, no other number: mark the record Done', () => {
    const outcome = resolveDialValidation('on-dnc-list', [home, dnc, spent, invalid, homeAgain], { numberId: 'home' });
    expect(outcome).to.deep.equal({
      message:
        '+13125550123 was not dialled: it is on the Do-Not-Call list. This contact has no other number to call. ' +
        'Mark the record Done to get the next record.',
      notice: { code: 'on-dnc-list', params: { number: '+13125550123' }, next: { code: 'mark-done', params: {} } },
      next: { kind: 'mark-done' },
    });
  });

  it('DNC-1: on the Do-Not-Call list, another number: it is selected', () => {
    const outcome = resolveDialValidation('on-dnc-list', [home, mobile], { numberId: 'home' });
    expect(outcome).to.deep.equal({
      message:
        "+13125550123 was not dialled: it is on the Do-Not-Call list. Switched to the contact's mobile number +13125550199.",
      notice: {
        code: 'on-dnc-list',
        params: { number: '+13125550123' },
        next: { code: 'switched', params: { numberType: 'mobile', number: '+13125550199' } },
      },
      next: { kind: 'next-number', numberId: 'mobile' },
    });
  });

  it('DNC-1: the service is unavailable, no other number: mark the record Done', () => {
    const outcome = resolveDialValidation('service-unavailable', [mobile, dnc], { numberId: 'mobile' });
    expect(outcome).to.deep.equal({
      message:
        '+13125550199 was not dialled: it could not be checked against the Do-Not-Call list because the checking ' +
        'service is not available. This contact has no other number to call. Mark the record Done to get the next record.',
      notice: { code: 'service-unavailable', params: { number: '+13125550199' }, next: { code: 'mark-done', params: {} } },
      next: { kind: 'mark-done' },
    });
  });

  it('DNC-1: the service is unavailable, another number: it is selected', () => {
    const outcome = resolveDialValidation('service-unavailable', [mobile, dnc, work], { numberId: 'mobile' });
    expect(outcome).to.deep.equal({
      message:
        '+13125550199 was not dialled: it could not be checked against the Do-Not-Call list because the checking ' +
        "service is not available. Switched to the contact's work number +13125550177.",
      notice: {
        code: 'service-unavailable',
        params: { number: '+13125550199' },
        next: { code: 'switched', params: { numberType: 'work', number: '+13125550177' } },
      },
      next: { kind: 'next-number', numberId: 'work' },
    });
  });

  it('DNC-1: the two failures are told apart in the message', () => {
    const onList = resolveDialValidation('on-dnc-list', [home, mobile], { numberId: 'home' }).message;
    const unavailable = resolveDialValidation('service-unavailable', [home, mobile], { numberId: 'home' }).message;
    expect(onList).to.contain('it is on the Do-Not-Call list');
    expect(onList).to.not.contain('not available');
    expect(unavailable).to.contain('could not be checked');
    expect(unavailable).to.not.contain('it is on the Do-Not-Call list');
  });

  it('DNC-1: the next number follows the record\'s order after the tried one, wrapping to the first', () => {
    const list = [home, mobile, work];
    expect(nextDialableNumber(list, { numberId: 'home' })?.id).to.equal('mobile');
    expect(nextDialableNumber(list, { numberId: 'mobile' })?.id).to.equal('work');
    expect(nextDialableNumber(list, { numberId: 'work' })?.id).to.equal('home');
  });

  it('DNC-1: blocked numbers and the tried line under another entry are never chosen', () => {
    expect(nextDialableNumber([home, dnc, spent, invalid, homeAgain, mobile], { numberId: 'home' })?.id).to.equal('mobile');
    expect(nextDialableNumber([home, homeAgain], { numberId: 'home' })).to.equal(null);
    expect(nextDialableNumber([homeAgain, home], { numberId: 'home' })).to.equal(null);
    expect(nextDialableNumber([], { numberId: 'home' })).to.equal(null);
  });

  it('DNC-1: given the contact\'s clock, a number callable now is preferred to the next one in order', () => {
    const list = [mobile, work, home];
    // At 12:00 work (18:00–02:00) is closed and home (08:00–20:00) open.
    expect(nextDialableNumber(list, { numberId: 'mobile' }, noon)?.id).to.equal('home');
    // At 21:00 it is the other way round.
    expect(nextDialableNumber(list, { numberId: 'mobile' }, evening)?.id).to.equal('work');
    // Without a clock, the order alone decides.
    expect(nextDialableNumber(list, { numberId: 'mobile' })?.id).to.equal('work');
    // A number without a window is callable at any time.
    expect(nextDialableNumber([home, work, mobile], { numberId: 'home' }, noon)?.id).to.equal('mobile');
  });

  it('DNC-1: when every other number is closed now, the next one is still selected and the message says when it opens', () => {
    const outcome = resolveDialValidation('on-dnc-list', [mobile, work], { numberId: 'mobile' }, noon);
    expect(outcome.next).to.deep.equal({ kind: 'next-number', numberId: 'work' });
    expect(outcome.message).to.equal(
      "+13125550199 was not dialled: it is on the Do-Not-Call list. Switched to the contact's work number +13125550177. " +
        "Its calling hours (18:00–02:00 the contact's time) start at 18:00.",
    );
    expect(outcome.notice.next).to.deep.equal({
      code: 'switched-opens-later',
      params: { numberType: 'work', number: '+13125550177', from: '18:00', till: '02:00', opensAt: '18:00' },
    });
    // Open now: nothing about hours.
    expect(resolveDialValidation('on-dnc-list', [mobile, work], { numberId: 'mobile' }, evening).message).to.not.contain(
      'calling hours',
    );
  });

  it('DNC-1: a number whose window cannot be read counts as closed', () => {
    const garbled: RecordPhoneNumber = { id: 'garbled', e164: '+13125550153', type: 'mobile', window: { from: '8am', till: '8pm' } };
    expect(nextDialableNumber([mobile, garbled, home], { numberId: 'mobile' }, noon)?.id).to.equal('home');
    const outcome = resolveDialValidation('service-unavailable', [mobile, garbled], { numberId: 'mobile' }, noon);
    expect(outcome.next).to.deep.equal({ kind: 'next-number', numberId: 'garbled' });
    expect(outcome.message).to.contain('Its calling hours cannot be read');
    expect(outcome.notice.next).to.deep.equal({ code: 'switched-hours-unreadable', params: { numberType: 'mobile', number: '+13125550153' } });
  });

  it('DNC-1, PRV-6: a number the agent typed: any record number on another line may be next', () => {
    const typed = { e164: '+442079460958' };
    const outcome = resolveDialValidation('on-dnc-list', [dnc, home, mobile], typed);
    expect(outcome.next).to.deep.equal({ kind: 'next-number', numberId: 'home' });
    expect(outcome.message).to.match(/^\+442079460958 was not dialled: it is on the Do-Not-Call list\./);
    // Typed as the home line: that line is the one refused.
    expect(nextDialableNumber([home, homeAgain, mobile], { e164: '+13125550123' })?.id).to.equal('mobile');
    expect(resolveDialValidation('on-dnc-list', [home], { e164: '+13125550123' }).next).to.deep.equal({ kind: 'mark-done' });
  });

  it('DNC-1: an unknown zone in the clock leaves the record\'s order to decide', () => {
    expect(nextDialableNumber([mobile, work, home], { numberId: 'mobile' }, { now: noon.now, timeZone: 'Nowhere' })?.id).to.equal(
      'work',
    );
  });
});
