// Two agents on one server work the same campaigns: the calling list is the server's, so a record
// given to one agent is never given to the other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sharedSimulatorEngines } from '../src/engines.js';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { TestClient, type Frame } from './helpers/test-client.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const eventOf = (frame: Frame) => frame.event as { type?: string; commandId?: string; record?: { id: string; chainId: string } };

void describe('BE-1: agents share the server’s campaigns', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ createEngine: sharedSimulatorEngines({ ...demoScenario, latencyMs: 0 }) });
  });
  after(() => server.stop());

  void test('DEL-1: agent-7 and agent-8 each Get Record from one Preview campaign: two different records, each given once', async () => {
    const taken: { id: string; chainId: string }[] = [];
    for (const agent of ['agent-7', 'agent-8', 'agent-7b']) {
      const { client } = await TestClient.signedIn(server.wsUrl, await server.token(agent));
      client.command({ type: 'login', commandId: `${agent}-login`, agentId: agent });
      await client.until(`${agent}'s login answered`, (frame) => eventOf(frame).type === 'command-accepted' && eventOf(frame).commandId === `${agent}-login`);
      client.command({ type: 'get-record', commandId: `${agent}-record`, campaignId: 'spring-appeal' });
      const offered = await client.until(`a record for ${agent}`, (frame) => eventOf(frame).type === 'record-offered');
      const record = eventOf(offered).record;
      assert.ok(record, 'the fact carries its record');
      taken.push(record);
      client.close();
    }
    assert.equal(new Set(taken.map((record) => record.chainId)).size, 3, `contacts given: ${taken.map((record) => record.chainId).join(', ')}`);
    assert.equal(new Set(taken.map((record) => record.id)).size, 3);
  });
});
