// The command a server team runs, bundled as it is packed (dist/cli.mjs): usage errors, and a
// server that cannot be reached, each said plainly with the exit code a CI job reads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, describe, test } from 'node:test';

const run = (args: string[]) => spawnSync(process.execPath, ['dist/cli.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

void describe('outbound-kit-conformance, the bundled command', () => {
  before(() => {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
  });

  void test('without --url and --token it says what is missing and exits 2', () => {
    const result = run([]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--url and --token are required/);
  });

  void test('an unknown group is named, exit 2', () => {
    const result = run(['--url', 'ws://127.0.0.1:9/v1', '--token', 't', '--group', 'protocol,vibes']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown group\(s\): vibes/);
  });

  void test('a server that cannot be reached fails every check saying so, exit 1', () => {
    const result = run(['--url', 'ws://127.0.0.1:9/v1', '--token', 't', '--group', 'protocol', '--deadline-ms', '1000']);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /FAIL protocol\/negotiation/);
    assert.match(result.stdout, /could not connect to ws:\/\/127\.0\.0\.1:9\/v1/);
    assert.match(result.stdout, /0 passed, 7 failed, 0 skipped/);
  });
});
