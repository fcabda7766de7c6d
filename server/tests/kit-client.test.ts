import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import WebSocket from 'ws';
import { ProtocolConnection, type ConnectionState, type ReceivedEvent } from '../../src/services/backend/websocket/connection.js';
import type { SocketLike } from '../../src/services/ports/backend/protocol-frames.js';
import { within } from './helpers/deadline.js';
import { firstMatch } from './helpers/first-match.js';
import { startTestServer } from './helpers/test-server.js';

void describe("the kit's own WebSocket client against the server", () => {
  void test('BE-1 BE-3 the desk connects, goes live, gets a command answered, and is told to come back later at shutdown', async () => {
    const server = await startTestServer({ shutdown: { drainMs: 100, retryAfterMs: 3_000, closeTimeoutMs: 1_000 } });
    const token = await server.token('agent-7');
    const connection = new ProtocolConnection({
      url: server.wsUrl,
      token: () => token,
      // ws's client has the browser WebSocket's shape (onopen, onmessage, protocol, readyState…).
      openSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
    });
    try {
      const live = firstMatch<ConnectionState>(connection.state, (state) => state.status === 'live');
      connection.start();
      const state = await within(5_000, 'the kit’s connection going live', live);
      assert.ok(state.status === 'live' && state.sessionId.startsWith('agent-7-'));

      const accepted = firstMatch<ReceivedEvent>(
        connection.events,
        (received) => received.kind === 'event' && (received.event as { type?: unknown }).type === 'command-accepted',
      );
      connection.send({ type: 'login', commandId: 'kit-login', agentId: 'agent-7' });
      const answer = await within(5_000, 'the answer to the kit’s login', accepted);
      assert.ok(answer.kind === 'event' && answer.corr === 'kit-login');

      const offline = firstMatch<ConnectionState>(connection.state, (next) => next.status === 'offline');
      const stopping = server.stop();
      const gone = await within(5_000, 'the kit going offline at shutdown', offline);
      assert.ok(gone.status === 'offline');
      assert.equal(gone.reason, 'going-away');
      assert.ok(gone.nextAttemptAt !== null && gone.nextAttemptAt >= Date.now() + 2_000, 'no retry before the bye’s retryAfterMs');
      await within(3_000, 'the end of the shutdown', stopping);
    } finally {
      connection.dispose();
      await server.stop();
    }
  });
});
