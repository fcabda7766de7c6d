import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { html } from 'lit';
import { createKitFixture, type KitFixture } from '../../support/kit-fixture.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';

const LATENCY = 5000;

const outcomesReceived = (kit: KitFixture) => kit.simulator.receivedCommands.filter((c) => c.type === 'submit-outcome').length;
let agentCount = 0;

async function workRecordToWrapUp(kit: KitFixture) {
  const { commands } = kit.provider.services;
  commands.requestRecord('c');
  kit.advance(LATENCY);
  await commands.act({ type: 'call' });
  kit.advance(LATENCY + 3000);
  await commands.act({ type: 'end-call' });
  kit.advance(LATENCY);
  expect(kit.provider.services.store.state.interaction?.phase).to.equal('wrap-up');
}

describe('<outbound-provider> and the outbox', () => {
  const agents: string[] = [];
  afterEach(async () => {
    for (const agent of agents.splice(0)) await deleteDB(`outbound-kit-outbox:${agent}`);
  });

  function mount(agentId: string, simulatorFrom?: KitFixture) {
    const kit = createKitFixture(html``, {
      agentId,
      scenario: { latencyMs: LATENCY, odds: alwaysAnswers, timings: { ringMs: 3000 }, campaigns: [campaign({ dialingMode: 'preview' })] },
    });
    if (simulatorFrom) kit.provider.backend = simulatorFrom.simulator;
    document.body.append(kit.provider);
    return simulatorFrom ? { ...kit, simulator: simulatorFrom.simulator, advance: simulatorFrom.advance } : kit;
  }

  it('DISP-4: the outcome is pending, visible to the agent, until the server acknowledges it once', async () => {
    const agentId = `agent-outbox-${++agentCount}`;
    agents.push(agentId);
    const kit = mount(agentId);
    await kit.provider.updateComplete;
    kit.advance(LATENCY);
    await workRecordToWrapUp(kit);
    const { store, commands } = kit.provider.services;
    await commands.edit({ type: 'set-call-result', value: 'Answered' });
    expect((await commands.markDone('done')).sent).to.equal(true);
    await waitUntil(() => store.state.outbox.pending.length === 1, 'the outcome shows as pending');
    expect(store.state.outbox.persistent).to.equal(true);
    // Stored first, then sent; the server's answer is still on its way.
    await waitUntil(() => outcomesReceived(kit) === 1, 'sent after it was stored');
    expect(store.state.outbox.pending).to.have.length(1);

    kit.advance(LATENCY);
    await waitUntil(() => store.state.outbox.pending.length === 0, 'the acknowledgement clears it');
    expect(kit.simulator.appliedOutcomes).to.have.length(1);
    expect(kit.simulator.appliedOutcomes[0]).to.include({ callResult: 'Answered', close: 'done' });
    expect(store.state.interaction).to.equal(null);
    kit.provider.remove();
  });

  it('DISP-4: an outcome pending when the page goes away is sent again by the next session, and applied once', async () => {
    const agentId = `agent-outbox-${++agentCount}`;
    agents.push(agentId);
    const first = mount(agentId);
    await first.provider.updateComplete;
    first.advance(LATENCY);
    await workRecordToWrapUp(first);
    await first.provider.services.commands.markDone('done');
    await waitUntil(() => outcomesReceived(first) === 1, 'sent after it was stored');
    // The page closes before the server answers: its reply is lost with the page.
    first.provider.remove();
    await new Promise((closed) => setTimeout(closed, 50));
    first.advance(LATENCY);
    expect(first.simulator.appliedOutcomes).to.have.length(1);

    const second = mount(agentId, first);
    await second.provider.updateComplete;
    const { store } = second.provider.services;
    await waitUntil(() => store.state.outbox.pending.length === 1, 'the stored outcome is pending again');
    await waitUntil(() => outcomesReceived(first) === 2, 'resent under the same key');
    second.advance(LATENCY);
    await waitUntil(() => store.state.outbox.pending.length === 0, 'the repeat is acknowledged');
    expect(first.simulator.appliedOutcomes).to.have.length(1);
    second.provider.remove();
  });
});
