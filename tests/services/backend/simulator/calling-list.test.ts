import { expect } from '@open-wc/testing';
import { CallingLists } from '../../../../src/services/backend/simulator/calling-list.js';
import { SeededRandom } from '../../../../src/services/backend/simulator/random.js';
import { campaign, dana } from '../../../support/engine-desk.js';

describe('Calling lists shared by several agents (the reference server’s)', () => {
  const lists = () => new CallingLists([campaign({ dialingMode: 'preview' })], new SeededRandom(1));

  it('DEL-1: each record goes to one agent; the list counts what each may still be given', () => {
    const shared = lists();
    const first = shared.next('c', 'agent-7');
    const second = shared.next('c', 'agent-8');
    expect([first?.chainId, second?.chainId]).to.deep.equal(['dana', 'lee']);
    expect(first?.id).to.not.equal(second?.id);
    expect(shared.next('c', 'agent-7')).to.equal(null);
  });

  it('CB-2: a personal callback comes back only to the agent who scheduled it; a campaign callback to anyone', () => {
    const shared = lists();
    shared.next('c', 'agent-7');
    shared.next('c', 'agent-8');
    shared.putCallback('c', dana, true, 'agent-7');
    expect(shared.size('c', 'agent-8')).to.equal(0);
    expect(shared.next('c', 'agent-8')).to.equal(null);
    expect(shared.size('c', 'agent-7')).to.equal(1);
    const back = shared.next('c', 'agent-7');
    expect(back?.origin).to.equal('personal-callback');
    // Put back (timed out): still agent-7's alone.
    shared.putBack(back!, 'top');
    expect(shared.next('c', 'agent-8')).to.equal(null);
    shared.putCallback('c', dana, false);
    expect(shared.next('c', 'agent-8')?.origin).to.equal('callback');
  });
});
