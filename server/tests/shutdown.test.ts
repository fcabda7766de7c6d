import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { within } from './helpers/deadline.js';
import { refusal, TestClient } from './helpers/test-client.js';
import { startTestServer } from './helpers/test-server.js';

void describe('health and graceful shutdown', () => {
  void test('/health counts agents and connections', async () => {
    const server = await startTestServer();
    try {
      const idle = await server.health();
      assert.equal(idle.status, 200);
      assert.equal(idle.body.status, 'ok');
      assert.equal(idle.body.agents, 0);
      assert.equal(idle.body.connections, 0);
      assert.equal(typeof idle.body.uptimeMs, 'number');
      const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
      const waiting = await TestClient.open(server.wsUrl);
      const busy = await server.health();
      assert.deepEqual([busy.body.agents, busy.body.connections], [1, 2], 'one agent signed in, one connection not yet');
      client.close();
      waiting.close();
    } finally {
      await server.stop();
    }
  });

  void test('BE-3 shutdown: a bye (going-away, retryAfterMs), /health 503 and no new connections meanwhile, then 1001; endpoints and engines disposed', async () => {
    const server = await startTestServer({ shutdown: { drainMs: 500, retryAfterMs: 4_000, closeTimeoutMs: 1_000 } });
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    const { client: other } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    const engine = server.engines.get('agent-7');
    assert.ok(engine);
    const stopped = server.stop();

    const bye = await client.next('bye');
    assert.equal(bye.code, 'going-away');
    assert.equal(bye.retryAfterMs, 4_000);
    assert.equal((await other.next('bye')).code, 'going-away');
    const draining = await server.health();
    assert.equal(draining.status, 503);
    assert.equal(draining.body.status, 'shutting-down');
    assert.equal(await refusal(server.wsUrl), 503, 'a new connection during the drain');

    assert.deepEqual(await client.closed('the 1001 close after the drain'), { code: 1001, reason: 'going away' });
    assert.equal((await other.closed('the other agent’s 1001 close')).code, 1001);
    await within(3_000, 'the end of the shutdown', stopped);
    // A disposed simulator takes no more commands.
    const before = engine.receivedCommands.length;
    engine.send({ type: 'login', commandId: 'after-shutdown', agentId: 'agent-7' });
    assert.equal(engine.receivedCommands.length, before, 'the engine was disposed');
    await assert.rejects(fetch(new URL('/health', server.httpUrl), { signal: AbortSignal.timeout(2_000) }), 'the server no longer listens');
  });
});
