// 8. Command → answer round trip over outbound-kit.v1: the kit's protocol client (what
// createWebSocketBackend runs) against a raw `ws` client sending the same frames, on the reference
// server over real WebSockets on 127.0.0.1, interleaved round by round (server/bench/round-trip.ts,
// run here as its own process and stopped whatever happens).
//
// Contract: `measureProtocolRoundTrip({ rounds, commands })` resolves to
// `{ kitMs, rawMs, ratio: { median, min, max, rounds }, overheadMs, commands, events: { kitPerSecond,
// rawPerSecond, ratio, met, burst } }` (medians).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, ratio, round } from './stats.mjs';

export const PROTOCOL_GOAL = 'kit round trip within 10 % (or 0.5 ms) of a raw ws client; at least 1,000 events applied per second';

/** @param {{ rounds: number, commands: number, burst: number }} options */
export async function measureProtocolRoundTrip({ rounds, commands, burst }) {
  const cwd = fileURLToPath(new URL('../../server/', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/round-trip.ts', `--rounds=${rounds}`, `--commands=${commands}`, `--burst=${burst}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const deadline = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(deadline);
  if (code !== 0) throw new Error(`protocol round trip bench exited with ${code}: ${err.slice(-500)}`);
  const { kitMs, rawMs, kitEventsPerSecond, rawEventsPerSecond } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  const r = ratio(kitMs, rawMs);
  const throughput = ratio(kitEventsPerSecond, rawEventsPerSecond);
  const overheadMs = median(kitMs) - median(rawMs);
  return {
    kitMs: round(median(kitMs), 3),
    rawMs: round(median(rawMs), 3),
    ratio: { median: round(r.median, 3), min: round(r.min, 3), max: round(r.max, 3), rounds: r.rounds },
    overheadMs: round(overheadMs, 3),
    met: r.median <= 1.1 || overheadMs <= 0.5,
    commands,
    // Events applied per second by the kit's whole session (validation, reducer, store) against a
    // raw client that only parses them: the goal is the burst a snapshot or replay brings.
    events: {
      kitPerSecond: round(median(kitEventsPerSecond), 0),
      rawPerSecond: round(median(rawEventsPerSecond), 0),
      ratio: { median: round(throughput.median, 3), min: round(throughput.min, 3), max: round(throughput.max, 3), rounds: throughput.rounds },
      met: median(kitEventsPerSecond) >= 1000,
      burst,
    },
  };
}
