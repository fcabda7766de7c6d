// The suite against the kit's embedded simulator, in this process through an in-process line (no
// network): the simulator passes every check that applies to one agent; a server that breaks a rule
// is caught, so the suite can fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { ProtocolEndpoint } from '../../src/services/backend/simulator/protocol-endpoint.js';
import { runSuite, type CheckResult } from '../src/suite.js';
import { inProcessTarget, type InProcessServer } from '../src/targets.js';

function simulatorServer() {
  const engine = new EmbeddedSimulator({ ...demoScenario, latencyMs: 0 });
  const endpoint = new ProtocolEndpoint({ engine, agentId: 'agent-7', acceptToken: (token) => token === 'agent-7-token', heartbeatMs: 1000 });
  return {
    server: endpoint as InProcessServer,
    stop: () => {
      endpoint.dispose();
      engine.dispose();
    },
  };
}

const failures = (results: readonly CheckResult[]) => results.filter((result) => result.status === 'failed').map((result) => `${result.id}: ${'reason' in result ? result.reason : ''}`);

describe('the conformance suite against the embedded simulator', () => {
  it('BE-1, BE-2, BE-3, BE-4, BE-5: every check passes; only the two-agent check is skipped (one agent per endpoint)', async () => {
    const { server, stop } = simulatorServer();
    try {
      const results = await runSuite(inProcessTarget({ name: 'simulator', server, token: 'agent-7-token' }));
      assert.deepEqual(failures(results), []);
      assert.deepEqual(
        results.filter((result) => result.status === 'skipped').map((result) => result.id),
        ['auth/agents-apart'],
      );
      assert.ok(results.length >= 14, `${results.length} checks ran`);
    } finally {
      stop();
    }
  });

  it('BE-2: a server that loses one event of a replay fails resume/replay', async () => {
    const { server, stop } = simulatorServer();
    // Drops the first event after a welcome that resumed: a gap a desk would never see filled.
    const lossy: InProcessServer = {
      connect(socket) {
        let dropNext = false;
        return server.connect({
          send(data) {
            const frame = JSON.parse(data) as { kind: string; resumed?: boolean };
            if (frame.kind === 'welcome') dropNext = frame.resumed === true;
            else if (frame.kind === 'evt' && dropNext) {
              dropNext = false;
              return;
            }
            socket.send(data);
          },
          close: (code, reason) => socket.close(code, reason),
        });
      },
    };
    try {
      const results = await runSuite(inProcessTarget({ name: 'lossy', server: lossy, token: 'agent-7-token' }), { groups: ['resume'] });
      const replay = results.find((result) => result.id === 'resume/replay');
      assert.equal(replay?.status, 'failed');
      assert.match('reason' in replay ? replay.reason : '', /replayed seq/);
    } finally {
      stop();
    }
  });

  it('BE-5: a server that applies a retried command again fails idempotency/outcome-retried', async () => {
    const { server, stop } = simulatorServer();
    // Gives every command a fresh id on the way in: retries look new to the endpoint, as a server without an answer store would treat them.
    let n = 0;
    const forgetful: InProcessServer = {
      connect(socket) {
        const connection = server.connect(socket);
        return {
          receive(data) {
            const frame = JSON.parse(String(data)) as { kind: string; id?: string; cmd?: { commandId?: string } };
            if (frame.kind === 'cmd' && frame.id && frame.cmd) {
              const id = `${frame.id}#${++n}`;
              const original = frame.id;
              // Answers still name the desk's id, or the desk could not match them.
              const wrapped = { ...frame, id, cmd: { ...frame.cmd, commandId: id } };
              pending.set(id, original);
              connection.receive(JSON.stringify(wrapped));
              return;
            }
            connection.receive(data);
          },
          closed: () => connection.closed(),
        };
      },
    };
    const pending = new Map<string, string>();
    const renaming: InProcessServer = {
      connect(socket) {
        return forgetful.connect({
          send(data) {
            let text = data;
            for (const [id, original] of pending) text = text.split(JSON.stringify(id)).join(JSON.stringify(original));
            socket.send(text);
          },
          close: (code, reason) => socket.close(code, reason),
        });
      },
    };
    try {
      const results = await runSuite(inProcessTarget({ name: 'forgetful', server: renaming, token: 'agent-7-token' }), { groups: ['idempotency'] });
      const retried = results.find((result) => result.id === 'idempotency/outcome-retried');
      assert.equal(retried?.status, 'failed', JSON.stringify(retried));
    } finally {
      stop();
    }
  });
});
