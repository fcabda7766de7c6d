import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { within } from './helpers/deadline.js';
import { TestClient } from './helpers/test-client.js';

const serverDir = new URL('..', import.meta.url).pathname;

void describe('main: the server as `npm start` runs it, in a child process', () => {
  void test('prints its address and development tokens, serves them, and shuts down on SIGTERM with bye and 1001', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SHUTDOWN_DRAIN_MS: '200' };
    for (const name of ['AUTH_SECRET', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'ALLOWED_ORIGINS', 'HOST']) delete env[name];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const banner = await within(
        15_000,
        'the address and agent-8’s token on stderr',
        new Promise<string>((resolve) => {
          const look = () => (/agent-8: \S+/.test(stderr) ? resolve(stderr) : child.stderr.once('data', look));
          look();
        }),
      );
      const wsUrl = /(ws:\/\/127\.0\.0\.1:\d+\/v1)/.exec(banner)?.[1];
      const token = /agent-7: (\S+)/.exec(banner)?.[1];
      assert.ok(wsUrl && token, banner);
      const { client, welcome } = await TestClient.signedIn(wsUrl, token);
      assert.equal(welcome.agentId, 'agent-7');
      assert.ok(stdout.length > 0, 'JSON logs on stdout');
      for (const line of stdout.trim().split('\n')) assert.doesNotThrow(() => JSON.parse(line) as unknown, `not a JSON log line: ${line}`);
      assert.ok(!stdout.includes(token.split('.')[2] ?? token), 'a token in the logs');

      child.kill('SIGTERM');
      assert.equal((await client.next('bye')).code, 'going-away');
      assert.equal((await client.closed('the 1001 close on SIGTERM')).code, 1001);
      assert.equal(await within(5_000, 'the server process exiting after SIGTERM', exited), 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
