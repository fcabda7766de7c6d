import { expect } from '@open-wc/testing';
import { initialAgentState } from '../../../../src/services/domain/agent/agent.js';
import { defaultOutcomeSchema, type DispositionCode } from '../../../../src/services/domain/campaign/campaign-policy.js';
import {
  channelsAwaitingReady,
  dispositionGroups,
  dncSetByCode,
  outcomeDelivery,
} from '../../../../src/services/domain/views/disposition-view.js';
import { emptyOutcomeDraft } from '../../../../src/services/domain/interaction/outcome.js';

const nested: readonly DispositionCode[] = [
  { id: 'none', label: 'None' },
  {
    id: 'sale',
    label: 'Sale',
    children: [
      { id: 'new', label: 'New contract' },
      { id: 'upgrade', label: 'Upgrade', children: [{ id: 'premium', label: 'Premium' }] },
      { id: 'renewal', label: 'Renewal' },
    ],
  },
  { id: 'no-sale', label: 'No sale' },
  { id: 'remove', label: 'Remove me', effects: ['dnc'] },
];

describe('disposition view (pure)', () => {
  it('DISP-1: nested codes become drop-down groups named by their path, in the schema order', () => {
    expect(dispositionGroups(nested).map((group) => [group.label, group.codes.map((code) => code.id)])).to.deep.equal([
      [null, ['none']],
      ['Sale', ['new', 'renewal']],
      ['Sale › Upgrade', ['premium']],
      [null, ['no-sale', 'remove']],
    ]);
  });

  it('DNC-2: Do Not Call is said to come from the chosen code with the dnc effect, only while it is set', () => {
    const schema = { ...defaultOutcomeSchema, dispositionCodes: nested };
    const chosen = { ...emptyOutcomeDraft, dispositionCodeIds: ['remove'] };
    expect(dncSetByCode(schema, { ...chosen, dnc: true })?.label).to.equal('Remove me');
    expect(dncSetByCode(schema, { ...chosen, dnc: false })).to.equal(null);
    expect(dncSetByCode(schema, { ...emptyOutcomeDraft, dnc: true, dispositionCodeIds: ['none'] })).to.equal(null);
  });

  it('DISP-4: an outcome is pending (first attempt counted from 1), failed with the reason, or neither', () => {
    const outbox = {
      pending: [{ interactionId: 'a', attempts: 0 }, { interactionId: 'b', attempts: 3 }],
      failed: [{ interactionId: 'c', message: 'Unknown campaign' }],
    };
    expect(outcomeDelivery(outbox, 'a')).to.deep.equal({ state: 'pending', attempt: 1 });
    expect(outcomeDelivery(outbox, 'b')).to.deep.equal({ state: 'pending', attempt: 3 });
    expect(outcomeDelivery(outbox, 'c')).to.deep.equal({ state: 'failed', reason: 'Unknown campaign' });
    expect(outcomeDelivery(outbox, 'd')).to.deep.equal({ state: 'none' });
  });

  it('DISP-3: Ready is offered for channels in after-call work unless the campaign makes the agent Ready itself', () => {
    const agent = { ...initialAgentState, channels: { voice: 'after-call-work' as const, 'outbound-preview': 'ready' as const } };
    expect(channelsAwaitingReady(agent, defaultOutcomeSchema)).to.deep.equal(['voice']);
    expect(channelsAwaitingReady(agent, { ...defaultOutcomeSchema, readyAfterWork: true })).to.deep.equal([]);
    expect(channelsAwaitingReady(initialAgentState, defaultOutcomeSchema)).to.deep.equal([]);
    expect(channelsAwaitingReady(null, defaultOutcomeSchema)).to.deep.equal([]);
  });
});
