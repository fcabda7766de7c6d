import { expect } from '@open-wc/testing';
import { remainingMs } from '../../../../src/services/domain/interaction/countdown.js';
import { step } from '../../../../src/services/domain/interaction/interaction.js';
import { emptyOutcomeDraft } from '../../../../src/services/domain/interaction/outcome.js';
import { ENGAGING_REFUSED } from '../../../../src/services/domain/refusals/refusals.js';
import { context, deliver, refusalOf, run, T0 } from '../engine-fixtures.js';

describe('Interaction state machine', () => {
  describe('delivery per dialing mode', () => {
    it('DEL-1: a pulled Preview record opens straight in the preview, on the first dialable number', () => {
      const interaction = deliver('preview');
      expect(interaction.phase).to.equal('previewing');
      expect(interaction.offer).to.equal(null);
      expect(interaction.selectedNumberId).to.equal('n-mobile');
    });

    it('DEL-2: a Push-Preview record is offered with a deadline; Accept opens the preview', () => {
      const offered = deliver('push-preview', { offerTimeoutSeconds: 20 });
      expect(offered.phase).to.equal('offered');
      expect(offered.offer?.countdown).to.deep.equal({ state: 'running', deadline: T0 + 20_000 });
      expect(run(offered, [{ type: 'accept' }]).phase).to.equal('previewing');
    });

    it('DEL-2: Reject returns the record; the timeout redirects it', () => {
      expect(run(deliver('push-preview'), [{ type: 'reject' }]).closed?.reason).to.equal('rejected');
      const expired = run(deliver('push-preview'), [{ type: 'offer-expired' }]);
      expect(expired.closed).to.deep.include({ reason: 'timed-out', setNotReady: false });
    });

    it('DEL-3: Direct Push-Preview dials at once on Accept', () => {
      const accepted = run(deliver('direct-push-preview'), [{ type: 'accept' }]);
      expect(accepted.phase).to.equal('dialing');
      expect(accepted.call).to.include({ status: 'dialing', number: '+13125550101' });
    });

    it('DEL-4: Progressive and Predictive join the agent to the connected call on Accept', () => {
      for (const mode of ['progressive', 'predictive'] as const) {
        const accepted = run(deliver(mode), [{ type: 'accept' }]);
        expect(accepted.phase).to.equal('in-call');
        expect(accepted.call?.status).to.equal('connected');
      }
    });

    it('DEL-4: configured, a timeout rejects the record and sets the agent Not Ready', () => {
      const expired = run(deliver('predictive', { onOfferTimeout: 'reject-and-not-ready' }), [{ type: 'offer-expired' }]);
      expect(expired.closed).to.deep.include({ reason: 'timed-out', setNotReady: true });
    });

    it('DEL-5: ASM offers Accept only; the call is establishing and the empty record fills on connection', () => {
      const offered = deliver('progressive', { asm: true });
      expect(refusalOf(offered, { type: 'reject' }).code).to.equal('reject-connecting');
      const establishing = run(offered, [{ type: 'accept' }]);
      expect(establishing.call?.status).to.equal('establishing');
      const filled = run(establishing, [
        { type: 'call-progress', status: 'connected' },
        { type: 'record-filled', record: { ...establishing.record, contactName: 'Filled In' } },
      ]);
      expect(filled.call?.status).to.equal('connected');
      expect(filled.record).to.include({ contactName: 'Filled In', filled: true });
    });

    it('DEL-6: assured connection starts engaging; every listed action is refused with its reason', () => {
      const engaging = run(deliver('predictive', { assuredConnection: true }), [{ type: 'accept' }]);
      expect(engaging.call?.status).to.equal('engaging');
      for (const input of [
        { type: 'hold' },
        { type: 'end-call' },
        { type: 'transfer', target: '2001' },
        { type: 'consult', target: '2001' },
        { type: 'conference', target: '2001' },
      ] as const) {
        const refusal = refusalOf(engaging, input);
        expect(refusal).to.deep.include({ code: 'engaging', params: { action: input.type } });
        expect(refusal.message).to.contain(ENGAGING_REFUSED[input.type]);
        expect(refusal.message).to.contain('assured connection');
      }
      const connected = run(engaging, [{ type: 'call-progress', status: 'connected' }]);
      expect(run(connected, [{ type: 'hold' }]).call?.status).to.equal('held');
    });

    it('DEL-7: auto-answer counts down on Accept and answers at zero; Reject only when configured', () => {
      const offered = deliver('progressive', { autoAnswerSeconds: 9, allowReject: false });
      expect(offered.offer).to.deep.include({ autoAnswer: true });
      expect(remainingMs(offered.offer!.countdown!, T0 + 1000)).to.equal(8000);
      expect(refusalOf(offered, { type: 'reject' }).code).to.equal('reject-not-allowed');
      expect(run(offered, [{ type: 'offer-expired' }]).phase).to.equal('in-call');
      expect(run(deliver('progressive', { autoAnswerSeconds: 9 }), [{ type: 'reject' }]).phase).to.equal('closed');
    });

    it('DEL-8: timed auto-dial calls at the deadline, and pauses while a new number is typed', () => {
      const preview = run(deliver('push-preview', { autoDialSeconds: 16 }), [{ type: 'accept' }]);
      expect(preview.autoDial).to.deep.equal({ state: 'running', deadline: T0 + 16_000 });
      expect(refusalOf(preview, { type: 'auto-dial-due' }, context(T0 + 15_999)).code).to.equal('auto-dial-not-due');
      const paused = run(preview, [{ type: 'typing-new-number', typing: true }], context(T0 + 10_000));
      expect(paused.autoDial).to.deep.equal({ state: 'paused', remainingMs: 6000 });
      expect(refusalOf(paused, { type: 'auto-dial-due' }, context(T0 + 60_000)).code).to.equal('auto-dial-paused');
      const resumed = run(paused, [{ type: 'typing-new-number', typing: false }], context(T0 + 60_000));
      expect(resumed.autoDial).to.deep.equal({ state: 'running', deadline: T0 + 66_000 });
      expect(run(resumed, [{ type: 'auto-dial-due' }], context(T0 + 66_000)).phase).to.equal('dialing');
    });

    it('DEL-8: auto-dial with 0 seconds is due at once; manual-dial-only campaigns never auto-dial', () => {
      const atOnce = run(deliver('push-preview', { autoDialSeconds: 0 }), [{ type: 'accept' }, { type: 'auto-dial-due' }]);
      expect(atOnce.phase).to.equal('dialing');
      const manual = run(deliver('push-preview', { autoDialSeconds: 0, manualDialOnly: true }), [{ type: 'accept' }]);
      expect(manual.autoDial).to.equal(null);
    });

    it('A11Y-3: a time limit can be extended where the campaign allows, and not otherwise', () => {
      const offered = deliver('push-preview', { offerTimeoutSeconds: 20, extendSeconds: 30 });
      expect(run(offered, [{ type: 'extend-time' }]).offer?.countdown).to.deep.equal({ state: 'running', deadline: T0 + 50_000 });
      expect(refusalOf(deliver('push-preview', { extendSeconds: null }), { type: 'extend-time' }).code).to.equal('extend-not-allowed');
      expect(refusalOf(deliver('preview'), { type: 'extend-time' }).code).to.equal('no-time-limit');
    });
  });

  describe('preview actions', () => {
    it('PRV-3: choose among the record’s numbers; blocked and unknown numbers are refused', () => {
      const preview = deliver('preview');
      expect(run(preview, [{ type: 'select-number', numberId: 'n-work' }]).selectedNumberId).to.equal('n-work');
      expect(refusalOf(preview, { type: 'select-number', numberId: 'n-dnc' })).to.deep.include({
        code: 'number-blocked',
        params: { number: '+13125550100', reason: 'dnc' },
        message: '+13125550100 is on the Do-Not-Call list and cannot be dialled.',
      });
      expect(refusalOf(preview, { type: 'select-number', numberId: 'nope' }).code).to.equal('unknown-number');
    });

    it('PRV-3: Other phone number dials an E.164 number; a malformed one is refused with an example', () => {
      const preview = deliver('preview');
      const dialing = run(preview, [{ type: 'call', target: { e164: '+442079460000', numberType: 'work' } }]);
      expect(dialing.call?.number).to.equal('+442079460000');
      expect(refusalOf(preview, { type: 'call', target: { e164: '020 7946', numberType: 'work' } })).to.deep.include({
        code: 'incomplete-number',
        params: { number: '020 7946' },
      });
      expect(refusalOf(deliver('preview', { allowOtherNumber: false }), { type: 'call', target: { e164: '+442079460000', numberType: 'work' } }).code).to.equal('other-number-not-allowed');
    });

    it('PRV-4: the caller ID is chosen among those the campaign offers', () => {
      const preview = deliver('preview', { callerIds: ['+18005550100', '+18005550199'] });
      expect(preview.callerId).to.equal('+18005550100');
      const chosen = run(preview, [{ type: 'select-caller-id', callerId: '+18005550199' }, { type: 'call' }]);
      expect(chosen.call?.callerId).to.equal('+18005550199');
      expect(refusalOf(preview, { type: 'select-caller-id', callerId: '+1999' }).code).to.equal('unknown-caller-id');
    });

    it('PRV-5: Decline later or never closes the record; Done and Done and Stop close it without a call', () => {
      expect(run(deliver('preview'), [{ type: 'decline', scope: 'later' }]).closed?.reason).to.equal('declined-later');
      expect(run(deliver('preview'), [{ type: 'decline', scope: 'never' }]).closed?.reason).to.equal('declined-never');
      expect(run(deliver('preview'), [{ type: 'mark-done', close: 'done-and-stop' }]).closed?.reason).to.equal('done-and-stop');
      expect(refusalOf(deliver('preview', { allowDecline: false }), { type: 'decline', scope: 'later' }).code).to.equal('decline-not-allowed');
    });

    it('PRV-6: manual dialing needs a number the agent chose or typed', () => {
      const manual = deliver('preview', { manualDialOnly: true });
      expect(refusalOf(manual, { type: 'call' }).code).to.equal('manual-dial-required');
      expect(run(manual, [{ type: 'select-number', numberId: 'n-work' }, { type: 'call' }]).call?.number).to.equal('+13125550102');
      expect(run(manual, [{ type: 'call', target: { numberId: 'n-mobile' } }]).phase).to.equal('dialing');
    });

    it('DNC-1: a refused pre-dial validation ends the attempt and selects the next number, or none', () => {
      const dialing = run(deliver('preview'), [{ type: 'call' }]);
      const next = run(dialing, [{ type: 'dial-refused', message: 'On the DNC list; next number selected.', nextNumberId: 'n-work' }]);
      expect(next).to.include({ phase: 'previewing', selectedNumberId: 'n-work', dialNotice: 'On the DNC list; next number selected.' });
      expect(next.call?.ended).to.include({ by: 'system', reason: 'invalid-number' });
      const none = run(dialing, [{ type: 'dial-refused', message: 'On the DNC list. Mark Done.', nextNumberId: null }]);
      expect(refusalOf(none, { type: 'call' }).code).to.equal('no-number');
      expect(run(none, [{ type: 'mark-done', close: 'done' }]).phase).to.equal('closed');
      expect(run(next, [{ type: 'call' }]).dialNotice).to.equal(null);
    });
  });

  describe('the call', () => {
    const connected = () => run(deliver('preview'), [{ type: 'call' }, { type: 'call-progress', status: 'connected' }]);

    it('CALL-1: dialing, connected, held, ended, with who ended it', () => {
      const call = connected();
      expect(call.phase).to.equal('in-call');
      const held = run(call, [{ type: 'hold' }]);
      expect(held.call?.status).to.equal('held');
      const ended = run(held, [{ type: 'retrieve' }, { type: 'call-ended', by: 'contact', reason: 'hang-up' }], context(T0 + 90_000));
      expect(ended.phase).to.equal('wrap-up');
      expect(ended.call?.ended).to.deep.equal({ at: T0 + 90_000, by: 'contact', reason: 'hang-up' });
    });

    it('CALL-1: a call that is busy or unanswered goes to wrap-up without connecting', () => {
      const busy = run(deliver('preview'), [{ type: 'call' }, { type: 'call-ended', by: 'system', reason: 'busy' }]);
      expect(busy.phase).to.equal('wrap-up');
      expect(busy.call?.connectedAt).to.equal(null);
    });

    it('CALL-2: hold, retrieve, tones and end are refused when the call is not in the right state', () => {
      const call = connected();
      expect(refusalOf(call, { type: 'retrieve' }).code).to.equal('not-on-hold');
      expect(refusalOf(run(call, [{ type: 'hold' }]), { type: 'hold' }).code).to.equal('hold-needs-connected');
      expect(refusalOf(call, { type: 'send-dtmf', digits: '12x' }).code).to.equal('invalid-tones');
      expect(step(call, { type: 'send-dtmf', digits: '12#' }, context()).ok).to.equal(true);
      expect(refusalOf(run(call, [{ type: 'hold' }]), { type: 'send-dtmf', digits: '1' }).code).to.equal('tones-need-connected');
      expect(refusalOf(deliver('preview'), { type: 'end-call' }).code).to.equal('no-call');
      expect(run(call, [{ type: 'end-call' }]).call?.ended).to.include({ by: 'agent', reason: 'hang-up' });
    });

    it('CALL-3: when configured, transfer and conference need a call result; consultation does not', () => {
      const call = run(deliver('preview', {}, { requireCallResultBeforeTransfer: true }), [
        { type: 'call' },
        { type: 'call-progress', status: 'connected' },
      ]);
      expect(refusalOf(call, { type: 'transfer', target: '2001' })).to.deep.include({
        code: 'call-result-required',
        params: { action: 'transfer' },
      });
      expect(refusalOf(call, { type: 'conference', target: '2001' })).to.deep.include({
        code: 'call-result-required',
        params: { action: 'conference' },
      });
      expect(step(call, { type: 'consult', target: '2001' }, context()).ok).to.equal(true);
      const withResult = context(T0, { ...emptyOutcomeDraft, callResult: 'Answered' });
      expect(step(call, { type: 'transfer', target: '2001' }, withResult).ok).to.equal(true);
    });

    it('CALL-3: after the transfer completes the interaction is read-only', () => {
      const transferred = run(connected(), [{ type: 'transfer-completed' }]);
      expect(transferred).to.include({ phase: 'wrap-up', readOnly: true });
      expect(transferred.call?.ended?.reason).to.equal('transferred');
    });
  });

  describe('Done', () => {
    it('DISP-2: Mark Done is refused during the call, and when a required disposition is missing', () => {
      const call = run(deliver('preview', {}, { requireDispositionBeforeDone: true }), [{ type: 'call' }]);
      expect(refusalOf(call, { type: 'mark-done', close: 'done' }).code).to.equal('call-active');
      const wrapUp = run(call, [{ type: 'call-ended', by: 'contact', reason: 'hang-up' }]);
      expect(refusalOf(wrapUp, { type: 'mark-done', close: 'done' }).code).to.equal('disposition-required');
      const withCode = context(T0, { ...emptyOutcomeDraft, dispositionCodeIds: ['accepted'] });
      expect(run(wrapUp, [{ type: 'mark-done', close: 'done' }], withCode).closed?.reason).to.equal('done');
    });

    it('DISP-2: a disposition that creates a callback needs one before Done', () => {
      const schema = { dispositionCodes: [{ id: 'later', label: 'Call back later', effects: ['creates-callback' as const] }] };
      const wrapUp = run(deliver('preview', {}, schema), [{ type: 'call' }, { type: 'call-ended', by: 'contact', reason: 'hang-up' }]);
      const chosen = { ...emptyOutcomeDraft, dispositionCodeIds: ['later'] };
      expect(refusalOf(wrapUp, { type: 'mark-done', close: 'done' }, context(T0, chosen))).to.deep.include({
        code: 'callback-required',
        params: { disposition: 'Call back later' },
      });
      const withCallback = { ...chosen, callback: { at: T0 + 3600_000, personal: false, target: { kind: 'record-number' as const, numberId: 'n-work' } } };
      expect(run(wrapUp, [{ type: 'mark-done', close: 'done' }], context(T0, withCallback)).phase).to.equal('closed');
    });

    it('CB-4: Mark Done is refused with the callback’s problem until it is fixed', () => {
      const wrapUp = run(deliver('preview'), [{ type: 'call' }, { type: 'call-ended', by: 'system', reason: 'no-answer' }]);
      const problem = { problems: ['in-the-past' as const], message: 'The callback time is in the past.' };
      expect(refusalOf(wrapUp, { type: 'mark-done', close: 'done' }, context(T0, emptyOutcomeDraft, problem))).to.deep.equal({
        code: 'invalid-callback',
        params: { problems: ['in-the-past'] },
        message: problem.message,
      });
    });

    it('refuses everything once closed, and Accept or Reject outside an offer', () => {
      const closed = run(deliver('preview'), [{ type: 'mark-done', close: 'done' }]);
      expect(refusalOf(closed, { type: 'call' }).code).to.equal('record-closed');
      expect(refusalOf(deliver('preview'), { type: 'accept' })).to.deep.include({ code: 'not-now', params: { action: 'accept' } });
      expect(refusalOf(deliver('preview'), { type: 'reject' })).to.deep.include({ code: 'not-now', params: { action: 'reject' } });
      expect(refusalOf(deliver('push-preview'), { type: 'mark-done', close: 'done' })).to.deep.include({ code: 'not-now', params: { action: 'done' } });
      expect(refusalOf(deliver('push-preview'), { type: 'call' })).to.deep.include({ code: 'not-now', params: { action: 'call' } });
      expect(refusalOf(deliver('preview'), { type: 'offer-expired' })).to.deep.include({ code: 'not-now', params: { action: 'time-limit' } });
    });

    it('a call status the call machine forbids is refused, not applied', () => {
      const wrapUp = run(deliver('preview'), [{ type: 'call' }, { type: 'call-ended', by: 'contact', reason: 'hang-up' }]);
      expect(refusalOf(wrapUp, { type: 'call-progress', status: 'connected' })).to.deep.include({
        code: 'call-cannot-become',
        params: { status: 'connected' },
      });
      expect(refusalOf(wrapUp, { type: 'call-ended', by: 'contact', reason: 'hang-up' }).code).to.equal('no-call-to-end');
    });
  });
});
