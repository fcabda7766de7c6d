// The conformance suite (conformance/) against this server over real WebSockets, with two agents:
// what a server team runs with `npx outbound-kit-conformance`, here in npm test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runSuite } from '../../conformance/src/suite.js';
import { webSocketTarget } from '../../conformance/src/targets.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

void describe('BE-1, BE-2, BE-3, BE-4, BE-5: the conformance suite against the reference server', () => {
  let server: TestServer;
  before(async () => {
    // A short heartbeat, so the half-open check waits two intervals of a second, not of fifteen.
    server = await startTestServer({ gateway: { heartbeatMs: 1000 } });
  });
  after(() => server.stop());

  void test('every check passes, the two-agent one included', async () => {
    const target = webSocketTarget({ url: server.wsUrl, token: await server.token('agent-7'), otherAgentToken: await server.token('agent-8') });
    const results = await runSuite(target);
    const failed = results.filter((result) => result.status !== 'passed').map((result) => `${result.id} ${result.status}: ${'reason' in result ? result.reason : ''}`);
    assert.deepEqual(failed, []);
    assert.ok(results.length >= 14, `${results.length} checks ran`);
  });
});
