import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, readConfig } from '../src/config.js';

const SECRET = 'a-secret-that-is-at-least-32-bytes-long';

void describe('configuration', () => {
  void test('defaults: 127.0.0.1:8787, development auth, the demo origins, 50 frames/s burst 100', () => {
    const config = readConfig({}, []);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8787);
    assert.deepEqual(config.auth, { kind: 'development' });
    assert.deepEqual(config.allowedOrigins, ['http://127.0.0.1:8000', 'http://localhost:8000']);
    assert.deepEqual(config.frameRate, { perSecond: 50, burst: 100 });
    assert.equal(config.logLevel, 'info');
    assert.equal(config.databaseUrl, undefined);
  });

  void test('the environment, and flags over it', () => {
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      AUTH_SECRET: SECRET,
      ALLOWED_ORIGINS: 'https://Desk.Example.com, https://desk.example.com:8443/',
      DATABASE_URL: 'postgres://user:pw@db/outbound',
      DATA_DIR: '/var/lib/outbound',
      FRAME_RATE: '20',
    };
    const config = readConfig(env, ['--port', '9001', '--frame-burst', '40']);
    assert.equal(config.port, 9001, 'the flag wins');
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.auth, { kind: 'shared-secret', secret: SECRET });
    assert.deepEqual(config.allowedOrigins, ['https://desk.example.com', 'https://desk.example.com:8443'], 'origins normalised');
    assert.deepEqual(config.frameRate, { perSecond: 20, burst: 40 });
    assert.equal(config.databaseUrl, 'postgres://user:pw@db/outbound');
    assert.equal(config.dataDir, '/var/lib/outbound');
  });

  void test('a key set with its issuer and audience; a configured server lets in no origin by default', () => {
    const config = readConfig({ JWKS_URL: 'https://idp.example/jwks.json', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'outbound-kit' }, []);
    assert.equal(config.auth.kind, 'jwks');
    assert.equal(config.auth.kind === 'jwks' && config.auth.url.href, 'https://idp.example/jwks.json');
    assert.deepEqual(config.allowedOrigins, []);
  });

  void test('every problem is reported at once', () => {
    assert.throws(
      () => readConfig({ PORT: '70000', AUTH_SECRET: 'short', ALLOWED_ORIGINS: 'not an origin', LOG_LEVEL: 'loud' }, []),
      (error: unknown) => error instanceof ConfigError && error.problems.length === 4,
    );
    assert.throws(() => readConfig({ AUTH_SECRET: SECRET, JWKS_URL: 'https://idp.example/jwks.json' }, []), /not both/);
    assert.throws(() => readConfig({ JWKS_URL: 'https://idp.example/jwks.json' }, []), /JWT_ISSUER and JWT_AUDIENCE/);
    assert.throws(() => readConfig({}, ['--auth-secret', SECRET]), /Unknown option/, 'the secret is never a flag');
  });
});
