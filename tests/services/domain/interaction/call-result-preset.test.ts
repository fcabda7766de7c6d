import { expect } from '@open-wc/testing';
import type { CallEndReason } from '../../../../src/services/domain/interaction/call.js';
import { defaultOutcomeSchema } from '../../../../src/services/domain/campaign/campaign-policy.js';
import type { Interaction } from '../../../../src/services/domain/interaction/interaction.js';
import { presetCallResult } from '../../../../src/services/domain/interaction/call-result-preset.js';

function ended(reason: CallEndReason, connected: boolean, callResults = defaultOutcomeSchema.callResults): Interaction {
  return {
    schema: { ...defaultOutcomeSchema, callResults },
    call: {
      id: 'call-1',
      number: '+13125550100',
      callerId: null,
      status: 'ended',
      startedAt: 0,
      connectedAt: connected ? 1000 : null,
      ended: { at: 2000, by: 'system', reason },
    },
  } as unknown as Interaction;
}

describe('The call result preset from how the call ended', () => {
  it('DISP-1, issue 12 #11: no answer, busy, answering machine, fax, dropped, a bad number and a connected call each preset their result', () => {
    expect(presetCallResult(ended('no-answer', false))).to.equal('No Answer');
    expect(presetCallResult(ended('busy', false))).to.equal('Busy');
    expect(presetCallResult(ended('answering-machine', false))).to.equal('Answering Machine');
    expect(presetCallResult(ended('fax', false))).to.equal('Fax');
    expect(presetCallResult(ended('dropped', true))).to.equal('Dropped');
    expect(presetCallResult(ended('invalid-number', false))).to.equal('Wrong Number');
    expect(presetCallResult(ended('hang-up', true))).to.equal('Answered');
  });

  it('DISP-1, issue 12 #11: nothing is preset before the call ends, after a transfer, for a call never connected, or when the campaign lacks the result', () => {
    const live = { ...ended('busy', false), call: { ...ended('busy', false).call!, status: 'connected', ended: null } } as Interaction;
    expect(presetCallResult(live)).to.equal(null);
    expect(presetCallResult(ended('transferred', true))).to.equal(null);
    expect(presetCallResult(ended('hang-up', false))).to.equal(null);
    expect(presetCallResult(ended('fax', false, ['Answered', 'Busy']))).to.equal(null);
  });
});
