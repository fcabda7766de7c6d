import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventType, TestClient, type Frame } from './helpers/test-client.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const eventOf = (frame: Frame) => frame.event as Record<string, unknown>;

void describe('the gateway routes each connection to the agent its token names', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  void test("BE-4 agent-8's token reaches agent-8's endpoint and engine, and no other", async () => {
    const { client, welcome } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    assert.equal(welcome.agentId, 'agent-8');
    assert.match(String(welcome.sessionId), /^agent-8-/);
    assert.ok(server.enginesMadeFor.includes('agent-8'));
    assert.ok(!server.enginesMadeFor.includes('agent-7'), 'no engine was made for an agent nobody signed in as');
    client.close();
  });

  void test("two agents' sessions are independent: agent-7's record shows nowhere in agent-8's stream", async () => {
    const seven = (await TestClient.signedIn(server.wsUrl, await server.token('agent-7'))).client;
    const eight = (await TestClient.signedIn(server.wsUrl, await server.token('agent-8'))).client;
    eight.command({ type: 'login', commandId: 'eight-login', agentId: 'agent-8' });
    await eight.until('command-accepted for agent-8’s login', (frame) => eventType(frame) === 'command-accepted' && eventOf(frame).commandId === 'eight-login');
    const eightBefore = eight.frames.length;

    seven.command({ type: 'login', commandId: 'seven-login', agentId: 'agent-7' });
    await seven.until('command-accepted for agent-7’s login', (frame) => eventType(frame) === 'command-accepted' && eventOf(frame).commandId === 'seven-login');
    seven.command({ type: 'get-record', commandId: 'seven-record', campaignId: 'spring-appeal' });
    const offered = await seven.event('record-offered');
    assert.equal(eventOf(offered).campaignId, 'spring-appeal');
    assert.equal(offered.corr, null, 'the record is an event of its own; the acceptance carries the corr');

    // Well past the engine's latency (250 ms): anything of agent-7's would have reached agent-8 by now.
    assert.ok(await eight.staysOpen(800));
    const seenByEight = eight.frames.slice(eightBefore);
    assert.deepEqual(
      seenByEight.filter((frame) => frame.kind === 'evt'),
      [],
      `agent-8 saw ${JSON.stringify(seenByEight)}`,
    );
    seven.close();
    eight.close();
  });

  void test('BE-2 the same agent reconnecting reaches the same endpoint: it resumes, and the older connection is replaced (4409)', async () => {
    const first = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    const epoch = String(first.welcome.epoch);
    const seq = Number(first.welcome.seq);
    const second = await TestClient.open(server.wsUrl);
    second.hello(await server.token('agent-7'), { epoch, lastSeq: seq });
    const welcome = await second.next('welcome');
    assert.equal(welcome.resumed, true, 'resumed from the log of the endpoint the first connection used');
    assert.equal(welcome.epoch, epoch);
    assert.equal((await first.client.closed('the 4409 close of the replaced connection')).code, 4409);
    second.close();
  });

  void test("BE-4 a reauth with another agent's token closes the session (4401); with its own it goes on", async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    client.send({ v: 1, kind: 'reauth', token: await server.token('agent-8') });
    await client.next('reauth-ok');
    client.send({ v: 1, kind: 'reauth', token: await server.token('agent-7') });
    assert.deepEqual(await client.closed('the 4401 close after a reauth with agent-7’s token'), { code: 4401, reason: 'token rejected' });
  });

  void test("a login command naming another agent is refused, and that agent's engine never hears of it", async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    client.command({ type: 'login', commandId: 'impostor-login', agentId: 'agent-7' });
    const answer = await client.until('the answer to the impostor login', (frame) => frame.kind === 'evt' && frame.corr === 'impostor-login');
    const refusal = eventOf(answer) as { type?: string; code?: string; params?: { field?: string } };
    assert.equal(refusal.type, 'command-rejected', 'a command gets its one answer, as any other');
    assert.equal(refusal.code, 'agent-mismatch');
    assert.equal(refusal.params?.field, 'cmd.agentId');
    const heard = [...server.engines.values()].flatMap((engine) => engine.receivedCommands.map((command) => command.commandId));
    assert.ok(!heard.includes('impostor-login'), 'an engine received the impostor login');
    assert.ok(await client.staysOpen(100), 'the connection stays: the frame was refused, not the session');
    client.close();
  });
});

void describe('BE-4 a session lives as long as its token', () => {
  let server: TestServer;
  before(async () => {
    // The server asks for a new token 2.5 s before the old one ends.
    server = await startTestServer({ gateway: { reauthLeadMs: 2_500 } });
  });
  after(() => server.stop());

  void test('the server asks for a fresh token before the end, and closes 4401 at the end without one', async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7', 3));
    const asked = await client.next('reauth', 2_000);
    assert.equal(typeof asked.expiresAt, 'number');
    assert.deepEqual(await client.closed('the 4401 close at the token’s expiry', 4_000), { code: 4401, reason: 'token expired' });
  });

  void test('a fresh token sent on request carries the session past the old expiry', async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8', 3));
    const asked = await client.next('reauth', 2_000);
    client.send({ v: 1, kind: 'reauth', token: await server.token('agent-8', 600) });
    await client.next('reauth-ok');
    const wait = Number(asked.expiresAt) - Date.now() + 500;
    assert.ok(await client.staysOpen(wait), 'the connection outlived the first token');
    client.close();
  });
});
