// The kit's whole session (the store, the commands with their rules, the WebSocket back end) working
// a record against the reference server over real WebSockets, as a desk does: Get Record, Call, the
// socket killed by the server side mid-call, resume, End call, Done, the outcome applied once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { createWebSocketBackend } from '../../src/services/backend/websocket/websocket-backend.js';
import type { SocketLike } from '../../src/services/ports/backend/protocol-frames.js';
import { createSession } from '../../src/services/session/create-session.js';
import type { KitState } from '../../src/services/state/state.js';
import type { KitStore } from '../../src/services/state/kit-store.js';
import { within } from './helpers/deadline.js';
import { firstMatch } from './helpers/first-match.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

/** Resolves once the session's state satisfies `done`; fails naming `what` after the deadline. */
function until(store: Pick<KitStore, 'select'>, what: string, done: (state: KitState) => boolean, ms = 5000): Promise<boolean> {
  return within(ms, what, firstMatch(store.select(done), Boolean));
}

/** The kit's session, signed in as agent-7 over a real WebSocket, as `<outbound-provider>` wires it. */
function kitDesk(url: string, token: () => string | Promise<string>) {
  const backend = createWebSocketBackend({
    url,
    token,
    openSocket: (to, protocols) => new WebSocket(to, protocols) as unknown as SocketLike,
    backoff: { initialMs: 50, maxMs: 200 },
  });
  const session = createSession({ outbox: false, agentTimeZone: () => 'Europe/Berlin' });
  session.connect(backend, 'agent-7');
  const { store, commands } = session.services;
  const ready = until(store, 'the campaign list', (state) => 'spring-appeal' in state.campaigns.byId);
  return {
    store,
    commands,
    ready,
    dispose: () => {
      session.dispose();
      backend.dispose();
    },
  };
}

void describe('the kit’s session on the reference server over WebSocket', () => {
  let server: TestServer;
  let engine: EmbeddedSimulator | undefined;
  before(async () => {
    server = await startTestServer({
      createEngine: () =>
        (engine = new EmbeddedSimulator({
          ...demoScenario,
          latencyMs: 0,
          odds: { answer: 1, busy: 0, noAnswer: 0, answeringMachine: 0 },
          timings: { ...demoScenario.timings, ringMs: 300 },
        })),
    });
  });
  after(() => server.stop());

  void test('BE-2, DEL-1, DNC-1, CALL-1, DISP-4: a Preview record from Get Record to Done (a Do-Not-Call number refused on the way), through a socket the server side kills mid-call; the call carries on and the outcome is applied once', async () => {
    const token = await server.token('agent-7');
    const { store, commands, ready, dispose } = kitDesk(server.wsUrl, () => token);
    try {
      await ready;
      assert.equal(commands.requestRecord('spring-appeal').sent, true);
      await until(store, 'the record in preview', (state) => state.interaction?.phase === 'previewing');
      assert.equal((await commands.act({ type: 'call' })).sent, true);
      // The demo's first donor has a number on the Do-Not-Call list: pre-dial validation refuses it
      // and selects the next, as the dial-refused fact says.
      await until(store, 'the dial refused', (state) => state.interaction?.dialNotice !== null && state.interaction?.phase === 'previewing');
      assert.match(store.state.interaction?.dialNotice ?? '', /Do-Not-Call/);
      assert.equal((await commands.act({ type: 'call' })).sent, true);
      await until(store, 'the contact answering', (state) => state.interaction?.call?.status === 'connected');
      const callId = store.state.interaction?.call?.id;

      // The network drops the desk's socket (the server side sees it die).
      for (const client of server.server.app.websocketServer.clients) client.terminate();
      await until(store, 'the desk offline', (state) => state.connection?.status === 'offline');
      await until(store, 'the desk back, resumed', (state) => state.connection?.status === 'live' && state.connection.resumed);
      assert.equal(store.state.interaction?.phase, 'in-call', 'the call is still on after the resume');
      assert.equal(store.state.interaction?.call?.id, callId);

      assert.equal((await commands.act({ type: 'end-call' })).sent, true);
      await until(store, 'wrap-up', (state) => state.interaction?.phase === 'wrap-up');
      const interactionId = store.state.interaction?.id;
      await commands.edit({ type: 'set-note', note: 'Pledged £20 (over the protocol).' });
      const firstCode = store.state.interaction?.schema.dispositionCodes[0]?.id;
      if (firstCode) await commands.edit({ type: 'set-dispositions', codeIds: [firstCode] });
      const done = await commands.markDone('done');
      assert.equal(done.sent, true, JSON.stringify(store.state.lastError));
      await until(store, 'the record closed', (state) => state.lastClosed?.id === interactionId && state.interaction === null);
      assert.equal(store.state.lastClosed?.closed?.reason, 'done');
      const applied = engine?.appliedOutcomes.filter((outcome) => outcome.interactionId === interactionId) ?? [];
      assert.equal(applied.length, 1, 'the outcome was applied once');
      assert.equal(applied[0]?.note, 'Pledged £20 (over the protocol).');
    } finally {
      dispose();
    }
  });

  void test('BE-4: a token that expires mid-shift is renewed when the server asks (reauth), from the host’s callback, without dropping the session', async () => {
    const renewing = await startTestServer({ gateway: { reauthLeadMs: 1500 } });
    let asked = 0;
    // Each token lives 3 s (a JWT's exp counts whole seconds): the shift outlives several.
    const { store, commands, ready, dispose } = kitDesk(renewing.wsUrl, () => {
      asked += 1;
      return renewing.token('agent-7', 3);
    });
    try {
      await ready;
      const live = store.state.connection;
      assert.equal(live?.status, 'live');
      const statuses: string[] = [];
      const watching = store.select((state) => state.connection?.status ?? null).subscribe((status) => statuses.push(String(status)));
      // Past two tokens' lives.
      await new Promise((resolve) => setTimeout(resolve, 6500));
      watching.unsubscribe();
      assert.ok(asked >= 3, `the host was asked for a token ${asked} times`);
      assert.deepEqual([...new Set(statuses)], ['live'], `the connection went ${statuses.join(' → ')}`);
      assert.deepEqual(store.state.connection, live, 'the same session, never reconnected');
      assert.equal(commands.setImLogin(false).sent, true);
      await until(store, 'a command answered after the renewals', (state) => Object.keys(state.pending).length === 0);
    } finally {
      dispose();
      await renewing.stop();
    }
  });
});
