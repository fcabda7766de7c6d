import { expect } from '@open-wc/testing';
import type { BackendEvent } from '../../../../src/services/ports/backend/contract.js';
import { ManualClock } from '../../../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatorScenario } from '../../../../src/services/backend/simulator/scenario.js';
import { severalCampaigns, upgrade, winback } from '../../../support/scenarios.js';

function start(scenario: SimulatorScenario) {
  const clock = new ManualClock();
  const simulator = new EmbeddedSimulator(scenario, { clock });
  const events: BackendEvent[] = [];
  simulator.events.subscribe((event) => events.push(event as BackendEvent));
  return { clock, simulator, events };
}

describe('Embedded simulator', () => {
  it('CAM-1: answers login after its latency with every campaign the agent belongs to', () => {
    const { clock, simulator, events } = start({
      latencyMs: 300,
      campaigns: [
        { id: 'mine', name: 'Mine', dialingMode: 'preview', status: 'running', members: ['agent-7'] },
        { id: 'theirs', name: 'Theirs', dialingMode: 'preview', status: 'running', members: ['agent-9'] },
        { id: 'all', name: 'Everyone', dialingMode: 'predictive', status: 'started' },
      ],
    });
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    clock.advance(299);
    expect(events).to.have.length(0);
    clock.advance(1);
    const snapshot = events[0];
    expect(snapshot?.type).to.equal('campaigns-snapshot');
    if (snapshot?.type === 'campaigns-snapshot') {
      expect(snapshot.campaigns.map((c) => c.id)).to.deep.equal(['mine', 'all']);
    }
    expect(events.map((e) => e.type)).to.deep.equal(['campaigns-snapshot', 'agent-state-changed', 'command-accepted']);
  });

  it('CAM-1: loads, starts, stops and unloads campaigns on its schedule, telling only members', () => {
    const { clock, simulator, events } = start({
      campaigns: [winback, { ...winback, id: 'other', members: ['someone-else'] }],
      schedule: [
        { atMs: 1000, campaignId: 'winback', status: 'started' },
        { atMs: 1000, campaignId: 'other', status: 'started' },
        { atMs: 2000, campaignId: 'winback', status: 'stopped' },
        { atMs: 3000, campaignId: 'winback', status: 'unloaded' },
      ],
    });
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    clock.advance(3000);
    const changes = events.flatMap((e) => (e.type === 'campaign-status-changed' ? [e] : []));
    expect(changes.map((e) => [e.campaign.id, e.campaign.status])).to.deep.equal([
      ['winback', 'started'],
      ['winback', 'stopped'],
      ['winback', 'unloaded'],
    ]);
    expect(changes[1]?.message).to.equal('Campaign Win-back Q4 has stopped. No more records will be delivered.');
  });

  it('CAM-3: Get Record is accepted for a running campaign and refused with a reason otherwise', () => {
    const { clock, simulator, events } = start(severalCampaigns);
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    simulator.send({ type: 'get-record', commandId: 'g1', campaignId: 'spring-appeal' });
    simulator.send({ type: 'get-record', commandId: 'g2', campaignId: 'winback' });
    clock.advance(0);
    expect(events).to.deep.include({ type: 'command-accepted', commandId: 'g1' });
    const refusal = events.find((e) => e.type === 'command-rejected');
    expect(refusal).to.deep.equal({
      type: 'command-rejected',
      commandId: 'g2',
      code: 'campaign-not-active',
      params: { campaign: 'Win-back Q4', consequence: 'no-record' },
      retryable: false,
      message: 'Win-back Q4 is not active or running, so no record can be delivered.',
    });
  });

  it('CAM-3: Direct Push-Preview starts receiving on Get Record and stops on Stop', () => {
    const { clock, simulator, events } = start({ campaigns: [upgrade] });
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    simulator.send({ type: 'get-record', commandId: 'g1', campaignId: 'upgrade' });
    simulator.send({ type: 'set-participation', commandId: 's1', campaignId: 'upgrade', receiving: false });
    clock.advance(0);
    const participation = events.flatMap((e) => (e.type === 'participation-changed' ? [e.receiving] : []));
    expect(participation).to.deep.equal([true, false]);
  });

  it('answers a retried command (same idempotency key) without acting twice', () => {
    const { clock, simulator, events } = start({ campaigns: [upgrade] });
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    simulator.send({ type: 'get-record', commandId: 'g1', campaignId: 'upgrade' });
    simulator.send({ type: 'set-participation', commandId: 's1', campaignId: 'upgrade', receiving: false });
    simulator.send({ type: 'get-record', commandId: 'g1', campaignId: 'upgrade' });
    clock.advance(0);
    const participation = events.flatMap((e) => (e.type === 'participation-changed' ? [e.receiving] : []));
    // The retried g1 hears "accepted" again but does not start receiving again.
    expect(participation).to.deep.equal([true, false]);
    expect(events.filter((e) => e.type === 'command-accepted' && e.commandId === 'g1')).to.have.length(2);
    expect(simulator.receivedCommands).to.have.length(4);
  });

  it('sends a scripted raw event exactly as written, so bad input can be rehearsed', () => {
    const { clock, events } = start({ campaigns: [], schedule: [{ atMs: 5, rawEvent: { type: 'bogus' } }] });
    clock.advance(5);
    expect(events).to.deep.equal([{ type: 'bogus' }]);
  });

  it('stops its timers and sends nothing after dispose', () => {
    const { clock, simulator, events } = start({
      campaigns: [winback],
      schedule: [{ atMs: 10, campaignId: 'winback', status: 'started' }],
    });
    simulator.send({ type: 'login', commandId: 'l1', agentId: 'agent-7' });
    simulator.dispose();
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(100);
    expect(events).to.have.length(0);
  });

  it('ManualClock fires timers in deadline order, including timers scheduled by timers', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.setTimer(() => fired.push('b@20'), 20);
    clock.setTimer(() => {
      fired.push('a@10');
      clock.setTimer(() => fired.push('c@15'), 5);
    }, 10);
    clock.advance(20);
    expect(fired).to.deep.equal(['a@10', 'c@15', 'b@20']);
    expect(clock.now()).to.equal(20);
  });
});
