import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT, UnsecuredJWT } from 'jose';
import { agentTokenVerifier, type TokenCheck } from '../src/auth/agent-tokens.js';
import { mintAgentToken } from '../src/auth/mint-token.js';
import { RevokedTokens } from '../src/auth/revoked-tokens.js';
import { within } from './helpers/deadline.js';
import { providerToken, signingKey, startJwksServer, type SigningKey } from './helpers/jwks-server.js';

const SECRET = 'a-development-secret-of-at-least-32-bytes';
const secretKeys = { kind: 'shared-secret', secret: SECRET } as const;
const now = () => Math.floor(Date.now() / 1000);

async function hs256(claims: Record<string, unknown>, secret = SECRET, alg = 'HS256'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(new TextEncoder().encode(secret));
}

const refusal = (check: TokenCheck) => (check.ok ? 'accepted' : check.reason);

void describe('BE-4 agent tokens with a shared secret (HS256)', () => {
  const verifier = agentTokenVerifier({ keys: secretKeys });

  void test('a good token names its agent and when it expires', async () => {
    const token = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 600 });
    const check = await verifier.verify(token);
    assert.ok(check.ok, `refused: ${refusal(check)}`);
    assert.equal(check.agentId, 'agent-7');
    assert.ok(Math.abs(check.expiresAt - (Date.now() + 600_000)) < 2_000, 'expiresAt is exp in ms');
    assert.match(check.tokenId ?? '', /^[0-9a-f-]{36}$/);
  });

  void test('each kind of bad token is refused with its own reason', async () => {
    const cases: [string, string][] = [
      [await hs256({ sub: 'agent-7', exp: now() - 60 }), 'expired'],
      [await hs256({ sub: 'agent-7', exp: now() + 60 }, 'another-secret-that-is-32-bytes-long!'), 'bad-signature'],
      [await hs256({ sub: 'agent-7' }), 'no-expiry'],
      [await hs256({ exp: now() + 60 }), 'no-subject'],
      [await hs256({ sub: 'agent 7', exp: now() + 60 }), 'bad-subject'],
      [await hs256({ sub: 42, exp: now() + 60 }), 'bad-subject'],
      [await hs256({ sub: 'agent-7', exp: now() + 60, nbf: now() + 600 }), 'not-yet-valid'],
      [await hs256({ sub: 'agent-7', exp: now() + 60 }, SECRET + SECRET, 'HS512'), 'algorithm-not-allowed'],
      [new UnsecuredJWT({ sub: 'agent-7' }).setExpirationTime(now() + 60).encode(), 'algorithm-not-allowed'],
      ['not.a.jwt', 'malformed'],
      ['', 'malformed'],
    ];
    for (const [token, reason] of cases) assert.equal(refusal(await verifier.verify(token)), reason, `token ${token.slice(0, 40)}…`);
  });

  void test('issuer and audience are checked when configured', async () => {
    const strict = agentTokenVerifier({ keys: secretKeys, issuer: 'https://issuer.example', audience: 'outbound-kit' });
    const good = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 60, issuer: 'https://issuer.example', audience: 'outbound-kit' });
    assert.equal(refusal(await strict.verify(good)), 'accepted');
    const otherAudience = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 60, issuer: 'https://issuer.example', audience: 'billing' });
    assert.equal(refusal(await strict.verify(otherAudience)), 'wrong-audience');
    const otherIssuer = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 60, issuer: 'https://elsewhere.example', audience: 'outbound-kit' });
    assert.equal(refusal(await strict.verify(otherIssuer)), 'wrong-issuer');
  });

  void test('a token is good again while it lives (replay is allowed), until its jti is revoked', async () => {
    const revoked = new RevokedTokens();
    const revoking = agentTokenVerifier({ keys: secretKeys, revoked });
    const token = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 600 });
    const other = await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 600 });
    const first = await revoking.verify(token);
    assert.ok(first.ok && first.tokenId);
    assert.equal(refusal(await revoking.verify(token)), 'accepted', 'the same token presented twice');
    revoked.revoke(first.tokenId, first.expiresAt);
    assert.equal(refusal(await revoking.verify(token)), 'revoked');
    assert.equal(refusal(await revoking.verify(other)), 'accepted', 'only that jti is revoked');
  });

  void test('a revocation list that cannot be read refuses the token (check-failed), never lets it through', async () => {
    const failing = agentTokenVerifier({
      keys: secretKeys,
      revoked: {
        isRevoked: () => Promise.reject(new Error('the database is down')),
      },
    });
    assert.equal(refusal(await failing.verify(await mintAgentToken(SECRET, 'agent-7', { lifetimeSec: 60 }))), 'check-failed');
  });

  void test('a revocation is forgotten only well after its token expired', () => {
    let clock = 1_000_000;
    const revoked = new RevokedTokens(() => clock);
    revoked.revoke('t-1', clock + 1_000);
    clock += 60_000;
    assert.ok(revoked.isRevoked('t-1'), 'still refused within the clock-tolerance margin');
    clock += 60 * 60_000;
    assert.equal(revoked.isRevoked('t-1'), false);
    assert.equal(revoked.size, 0);
  });

  void test('a secret shorter than 32 bytes is refused at start', () => {
    assert.throws(() => agentTokenVerifier({ keys: { kind: 'shared-secret', secret: 'short' } }), /at least 32 bytes/);
  });
});

void describe('BE-4 agent tokens from an OIDC provider (a real local JWKS server)', () => {
  const issuer = 'https://idp.example';
  const audience = 'outbound-kit';
  let published: SigningKey;
  let unpublished: SigningKey;
  let impostor: SigningKey;
  let jwks: Awaited<ReturnType<typeof startJwksServer>>;

  before(async () => {
    published = await signingKey('key-1');
    unpublished = await signingKey('key-2');
    // The same kid as the published key, another private key: a forged signature.
    impostor = await signingKey('key-1');
    jwks = await startJwksServer([published]);
  });
  after(() => jwks.close());

  void test('tokens are checked against the published keys, issuer and audience', async () => {
    const verifier = agentTokenVerifier({ keys: { kind: 'jwks', url: jwks.url }, issuer, audience });
    const verify = (token: string) => within(5_000, 'a verdict on a token checked against the key set', verifier.verify(token));
    const good = await verify(await providerToken(published, { sub: 'agent-7', iss: issuer, aud: audience }));
    assert.ok(good.ok, `refused: ${refusal(good)}`);
    assert.equal(good.agentId, 'agent-7');
    assert.ok(jwks.requests() >= 1, 'the key set was fetched over HTTP');
    assert.equal(refusal(await verify(await providerToken(published, { sub: 'agent-7', iss: issuer, aud: 'billing' }))), 'wrong-audience');
    assert.equal(refusal(await verify(await providerToken(published, { sub: 'agent-7', iss: 'https://other.example', aud: audience }))), 'wrong-issuer');
    assert.equal(refusal(await verify(await providerToken(published, { sub: 'agent-7', iss: issuer, aud: audience, expInSec: -60 }))), 'expired');
    assert.equal(refusal(await verify(await providerToken(published, { sub: 'agent-7', iss: issuer, aud: audience, expInSec: null }))), 'no-expiry');
    assert.equal(refusal(await verify(await providerToken(published, { iss: issuer, aud: audience }))), 'no-subject');
    assert.equal(refusal(await verify(await providerToken(impostor, { sub: 'agent-7', iss: issuer, aud: audience }))), 'bad-signature');
    assert.equal(refusal(await verify(await providerToken(unpublished, { sub: 'agent-7', iss: issuer, aud: audience }))), 'unknown-key');
    // An HMAC token must never be checked against a public key (alg confusion).
    const hmac = await new SignJWT({ sub: 'agent-7', iss: issuer, aud: audience, exp: now() + 60 }).setProtectedHeader({ alg: 'HS256', kid: 'key-1' }).sign(new TextEncoder().encode(SECRET));
    assert.equal(refusal(await verify(hmac)), 'algorithm-not-allowed');
  });

  void test('a key set that cannot be reached refuses tokens instead of accepting them', async () => {
    const down = await startJwksServer([published]);
    const url = down.url;
    await down.close();
    const verifier = agentTokenVerifier({ keys: { kind: 'jwks', url }, issuer, audience, keySetTimeoutMs: 2_000 });
    const token = await providerToken(published, { sub: 'agent-7', iss: issuer, aud: audience });
    assert.equal(refusal(await within(5_000, 'a verdict with the key set down', verifier.verify(token))), 'key-set-unavailable');
  });

  void test('a key set needs an issuer and an audience', () => {
    assert.throws(() => agentTokenVerifier({ keys: { kind: 'jwks', url: jwks.url }, audience }), /issuer and audience/);
    assert.throws(() => agentTokenVerifier({ keys: { kind: 'jwks', url: jwks.url }, issuer }), /issuer and audience/);
  });
});
