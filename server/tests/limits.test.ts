import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_FRAME_BYTES } from '../../src/services/ports/backend/protocol-frames.js';
import { FrameBucket } from '../src/http/frame-rate.js';
import { TestClient } from './helpers/test-client.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

void describe('limits: frame size and frame rate', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ frameRate: { perSecond: 10, burst: 20 } });
  });
  after(() => server.stop());

  void test('a frame over 256 KiB closes that connection with 1009; the server goes on serving others', async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    const { client: other } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    // Exactly at the limit is allowed (the endpoint reads it and reports it as malformed: not a frame it knows).
    client.send('x'.repeat(MAX_FRAME_BYTES));
    assert.equal((await client.next('error')).code, 'malformed-frame');
    client.send('x'.repeat(MAX_FRAME_BYTES + 1));
    assert.equal((await client.closed('the 1009 close for a frame of 256 KiB + 1 byte')).code, 1009);
    other.send({ v: 1, kind: 'ping', t: 42 });
    assert.equal((await other.next('pong')).t, 42);
    const { client: again, welcome } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    assert.equal(welcome.agentId, 'agent-7', 'the same agent connects again');
    again.close();
    other.close();
  });

  void test('a binary frame is reported and the connection stays', async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    client.ws.send(Buffer.from('{"v":1,"kind":"ping","t":1}'));
    const error = await client.next('error');
    assert.equal(error.code, 'malformed-frame');
    assert.match(String(error.message), /binary/);
    client.send({ v: 1, kind: 'ping', t: 7 });
    assert.equal((await client.next('pong')).t, 7);
    client.close();
  });

  void test('a flood gets a bye (too-many-frames, retryAfterMs) and the 4429 close; another agent is not affected', async () => {
    const { client } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    const { client: other } = await TestClient.signedIn(server.wsUrl, await server.token('agent-8'));
    for (let t = 0; t < 60; t += 1) client.send({ v: 1, kind: 'ping', t });
    const bye = await client.until('the bye for too many frames', (frame) => frame.kind === 'bye');
    assert.equal(bye.code, 'too-many-frames');
    assert.equal(bye.retryAfterMs, 2_000, 'the time the bucket takes to fill again');
    assert.deepEqual(await client.closed('the 4429 close after the flood'), { code: 4429, reason: 'too many frames' });
    const pongs = client.frames.filter((frame) => frame.kind === 'pong').length;
    // The hello took one frame of the burst of 20; refilling at 10/s adds at most a frame or two meanwhile.
    assert.ok(pongs >= 19 && pongs <= 21, `the burst was served, then nothing: ${pongs} pongs`);
    for (let t = 0; t < 10; t += 1) other.send({ v: 1, kind: 'ping', t });
    await other.until('the tenth pong of the other agent', (frame) => frame.kind === 'pong' && frame.t === 9);
    assert.ok(await other.staysOpen(100));
    other.close();
  });
});

void describe('the frame bucket', () => {
  void test('holds the burst, then refills at the rate', () => {
    let now = 0;
    const bucket = new FrameBucket({ perSecond: 10, burst: 3 }, () => now);
    assert.deepEqual([bucket.take(), bucket.take(), bucket.take(), bucket.take()], [true, true, true, false]);
    now += 100;
    assert.deepEqual([bucket.take(), bucket.take()], [true, false], 'one frame per 100 ms at 10/s');
    now += 10_000;
    assert.deepEqual([bucket.take(), bucket.take(), bucket.take(), bucket.take()], [true, true, true, false], 'never more than the burst');
    assert.equal(bucket.refillMs, 300);
  });
});

void describe('limits: connections waiting for their hello', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ maxWaitingForHello: 2, gateway: { helloTimeoutMs: 10_000 } });
  });
  after(() => server.stop());

  void test('BE-1 past the cap a silent connection is closed with 1013 (try again later); one that says hello makes room', async () => {
    const first = await TestClient.open(server.wsUrl);
    const second = await TestClient.open(server.wsUrl);
    const third = await TestClient.open(server.wsUrl);
    assert.equal((await third.closed('the third silent connection refused')).code, 1013);
    first.send({ v: 1, kind: 'hello', protocols: ['outbound-kit.v1'], client: { name: 't', version: '0' }, token: await server.token('agent-7') });
    await first.until('the first one welcomed', (frame) => frame.kind === 'welcome');
    const fourth = await TestClient.open(server.wsUrl);
    assert.ok(await fourth.staysOpen(200), 'a connection is taken again once one has said hello');
    for (const client of [first, second, fourth]) client.close();
  });
});
