import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { agentTokenVerifier } from '../src/auth/agent-tokens.js';
import { DIALING_MODES } from '../../src/services/domain/campaign/campaign.js';
import { PROTOCOL } from '../../src/services/ports/backend/protocol-frames.js';
import { providerToken, signingKey, startJwksServer } from './helpers/jwks-server.js';
import { refusal, TestClient } from './helpers/test-client.js';
import { startTestServer, TEST_SECRET, type TestServer } from './helpers/test-server.js';

void describe('handshake: subprotocol, origin, hello and its token', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ gateway: { helloTimeoutMs: 300 } });
  });
  after(() => server.stop());

  void test('BE-1 a hello with a good token gets the welcome, then a snapshot', async () => {
    const client = await TestClient.open(server.wsUrl);
    assert.equal(client.ws.protocol, PROTOCOL, 'the handshake answered with the subprotocol');
    client.hello(await server.token('agent-7'));
    const welcome = await client.next('welcome');
    assert.equal(welcome.protocol, PROTOCOL);
    assert.equal(welcome.agentId, 'agent-7');
    assert.equal(welcome.resumed, false);
    assert.deepEqual(welcome.capabilities, { dialingModes: DIALING_MODES, participationToggle: true, negotiatedLogout: true });
    const begin = await client.next('snapshot-begin');
    assert.equal(begin.epoch, welcome.epoch);
    await client.next('snapshot-end');
    client.close();
  });

  void test('BE-4 a token that is not good closes the connection with 4401, saying why', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>, secret = TEST_SECRET) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
    const cases: [string, string][] = [
      ['not-a-jwt', 'malformed'],
      [await sign({ sub: 'agent-7', exp: now - 120 }), 'expired'],
      [await sign({ sub: 'agent-7', exp: now + 600 }, 'somebody-elses-secret-of-32-bytes-or-more'), 'bad-signature'],
      [await sign({ exp: now + 600 }), 'no-subject'],
    ];
    for (const [token, reason] of cases) {
      const client = await TestClient.open(server.wsUrl);
      client.hello(token);
      const closed = await client.closed(`the 4401 close for a ${reason} token`);
      assert.deepEqual(closed, { code: 4401, reason: `token rejected: ${reason}` });
      assert.equal(client.frames.length, 0, 'no welcome, nothing at all, before the close');
    }
  });

  void test('BE-4 a revoked token is refused, another of the same agent is not', async () => {
    const token = await server.token('agent-7');
    const check = await agentTokenVerifier({ keys: { kind: 'shared-secret', secret: TEST_SECRET } }).verify(token);
    assert.ok(check.ok && check.tokenId);
    server.revoked.revoke(check.tokenId, check.expiresAt);
    const client = await TestClient.open(server.wsUrl);
    client.hello(token);
    assert.deepEqual(await client.closed('the 4401 close for a revoked token'), { code: 4401, reason: 'token rejected: revoked' });
    const { client: other } = await TestClient.signedIn(server.wsUrl, await server.token('agent-7'));
    other.close();
  });

  void test('BE-1 the first frame must be a hello, and come within the deadline (4400)', async () => {
    const ping = await TestClient.open(server.wsUrl);
    ping.send({ v: 1, kind: 'ping', t: 1 });
    assert.deepEqual(await ping.closed('the 4400 close for a ping first'), { code: 4400, reason: 'the first frame must be hello' });
    const garbage = await TestClient.open(server.wsUrl);
    garbage.send('{ not json');
    assert.equal((await garbage.closed('the 4400 close for a frame that is not JSON')).code, 4400);
    const otherProtocol = await TestClient.open(server.wsUrl);
    otherProtocol.send({ v: 1, kind: 'hello', protocols: ['outbound-kit.v2'], client: { name: 't', version: '0' }, token: await server.token('agent-7') });
    assert.equal((await otherProtocol.closed('the 4400 close for a hello without outbound-kit.v1')).code, 4400);
    const silent = await TestClient.open(server.wsUrl);
    assert.deepEqual(await silent.closed('the 4400 close for no hello within the (300 ms) deadline'), { code: 4400, reason: 'no hello in time' });
  });

  void test('BE-1 an upgrade without the outbound-kit.v1 subprotocol is refused (HTTP 400)', async () => {
    assert.equal(await refusal(server.wsUrl, { protocols: [] }), 400);
    assert.equal(await refusal(server.wsUrl, { protocols: ['graphql-ws'] }), 400);
    // Offered among others, it is chosen.
    const client = await TestClient.open(server.wsUrl, { protocols: ['graphql-ws', PROTOCOL] });
    assert.equal(client.ws.protocol, PROTOCOL);
    client.close();
  });

  void test('BE-1 a browser Origin not on the allow-list is closed with 4403 before anything it sends is read (a browser sees no HTTP status)', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:8001']) {
      const refused = await TestClient.open(server.wsUrl, { origin });
      refused.send({ v: 1, kind: 'hello', protocols: [PROTOCOL], client: { name: 't', version: '0' }, token: await server.token('agent-7') });
      const closed = await refused.closed(`the 4403 close for Origin ${origin}`);
      assert.equal(closed.code, 4403, `Origin ${origin}`);
      assert.ok(!refused.frames.some((frame) => frame.kind === 'welcome'), `Origin ${origin} was welcomed`);
    }
    const listed = await TestClient.open(server.wsUrl, { origin: 'http://127.0.0.1:8000' });
    listed.close();
    // No Origin header: not a browser (an integration, this test), allowed.
    const noOrigin = await TestClient.open(server.wsUrl);
    noOrigin.close();
  });

  void test('no token reaches the logs, and neither does a query string', async () => {
    const good = await server.token('agent-7');
    const { client } = await TestClient.signedIn(`${server.wsUrl}?token=${good}`, good);
    client.send({ v: 1, kind: 'reauth', token: good });
    await client.next('reauth-ok');
    client.close();
    const bad = await TestClient.open(server.wsUrl);
    const forged = `${good.slice(0, -4)}AAAA`;
    bad.hello(forged);
    await bad.closed('the 4401 close for a forged token');
    const logs = server.logs.join('\n');
    assert.match(logs, /hello: routed to the agent/, 'the log saw the session');
    const signature = (token: string) => token.split('.')[2] ?? token;
    assert.ok(!logs.includes(signature(good)), 'a good token in the logs');
    assert.ok(!logs.includes(signature(forged)), 'a rejected token in the logs');
    assert.ok(!logs.includes('?token='), 'a query string in the logs');
  });
});

void describe('a token check that throws', () => {
  void test('refuses the hello with 4401 and the server goes on', async () => {
    const server = await startTestServer({ verifier: { verify: () => Promise.reject(new Error('the key store is down')) } });
    try {
      const client = await TestClient.open(server.wsUrl);
      client.hello('any-token');
      assert.deepEqual(await client.closed('the 4401 close when the token check throws'), { code: 4401, reason: 'token rejected: check-failed' });
      assert.equal((await server.health()).status, 200);
    } finally {
      await server.stop();
    }
  });
});

void describe('BE-4 handshake against an OIDC provider (a real local JWKS server)', () => {
  const issuer = 'https://idp.example';
  const audience = 'outbound-kit';
  let jwks: Awaited<ReturnType<typeof startJwksServer>>;
  let server: TestServer;
  let key: Awaited<ReturnType<typeof signingKey>>;
  before(async () => {
    key = await signingKey('idp-key');
    jwks = await startJwksServer([key]);
    server = await startTestServer({ verifier: agentTokenVerifier({ keys: { kind: 'jwks', url: jwks.url }, issuer, audience }) });
  });
  after(async () => {
    await server.stop();
    await jwks.close();
  });

  void test('a provider token opens the session of its sub; one for another audience gets 4401', async () => {
    const { client, welcome } = await TestClient.signedIn(server.wsUrl, await providerToken(key, { sub: 'agent-7', iss: issuer, aud: audience }));
    assert.equal(welcome.agentId, 'agent-7');
    assert.ok(jwks.requests() >= 1, 'the server fetched the key set');
    client.close();
    const other = await TestClient.open(server.wsUrl);
    other.hello(await providerToken(key, { sub: 'agent-7', iss: issuer, aud: 'billing' }));
    assert.deepEqual(await other.closed('the 4401 close for a token of another audience'), { code: 4401, reason: 'token rejected: wrong-audience' });
  });
});
