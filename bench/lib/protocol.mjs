// 8. Command → answer round trip over outbound-kit.v1: the kit's protocol client (what
// createWebSocketBackend runs) against a raw `ws` client sending the same frames, on the reference
// server over real WebSockets on 127.0.0.1, interleaved round by round (server/bench/round-trip.ts,
// run here as its own process and stopped whatever happens).
//
// Contract: `measureProtocolRoundTrip({ rounds, commands })` resolves to
// `{ kitMs, rawMs, ratio: { median, min, max, rounds }, overheadMs, commands }` (medians, ms).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, ratio, round } from './stats.mjs';

export const PROTOCOL_GOAL = 'kit round trip within 10 % (or 0.5 ms) of a raw ws client';

/** @param {{ rounds: number, commands: number }} options */
export async function measureProtocolRoundTrip({ rounds, commands }) {
  const cwd = fileURLToPath(new URL('../../server/', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/round-trip.ts', `--rounds=${rounds}`, `--commands=${commands}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const deadline = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(deadline);
  if (code !== 0) throw new Error(`protocol round trip bench exited with ${code}: ${err.slice(-500)}`);
  const { kitMs, rawMs } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  const r = ratio(kitMs, rawMs);
  const overheadMs = median(kitMs) - median(rawMs);
  return {
    kitMs: round(median(kitMs), 3),
    rawMs: round(median(rawMs), 3),
    ratio: { median: round(r.median, 3), min: round(r.min, 3), max: round(r.max, 3), rounds: r.rounds },
    overheadMs: round(overheadMs, 3),
    met: r.median <= 1.1 || overheadMs <= 0.5,
    commands,
  };
}
