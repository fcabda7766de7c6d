// `npm run bench`: how the kit performs for what it exists for, each figure against a baseline
// measured in the same run, interleaved, as a ratio (median of per-round ratios, min–max). Absolute
// milliseconds are printed for trends and never gate. `npm run bench:short` (`--short`) runs every
// part once with tiny counts, to prove the harness works: it fails only when the harness is broken.
//
// Options: --short, --skip=size,first,typing,storm,churn,scale,call,protocol, --rounds=N, --call-setup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.mjs';
import { launch, tab } from './lib/browser.mjs';
import { buildBench } from './lib/build.mjs';
import { calibrate } from './lib/calibrate.mjs';
import { measureCallSetup } from './lib/call-setup.mjs';
import { measureChurn } from './lib/churn.mjs';
import { measureProtocolRoundTrip } from './lib/protocol.mjs';
import { FIRST_RENDER, capture, measureFirstRender } from './lib/first-render.mjs';
import { SCALE, measureScale } from './lib/scale.mjs';
import { measureSize } from './lib/size.mjs';
import { measureStorm } from './lib/storm.mjs';
import { TYPING, measureTyping } from './lib/typing.mjs';
import { printReport } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const short = args.includes('--short');
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const rounds = Number(option('rounds') ?? (short ? 1 : 5));

const plan = short
  ? { throttles: [1], calibrateMs: 400, keys: 4, stormRates: [1000], stormMs: 400, calls: 5, cycles: 10, scaleKeys: 3, scrollFrames: 20, typingRounds: 1, stormRounds: 1 }
  : { throttles: [1, 4], calibrateMs: 2000, keys: 30, stormRates: [1000, 3000, 10000], stormMs: 2000, calls: 500, cycles: 1000, scaleKeys: 15, scrollFrames: 120, typingRounds: rounds, stormRounds: Math.max(3, Math.ceil(rounds / 2)) };

const log = (text) => process.stderr.write(`${text}\n`);
const started = Date.now();
const results = { date: new Date().toISOString(), mode: short ? 'short' : 'full', rounds, plan, calibration: [], byThrottle: {} };

const buildDir = await buildBench(root);
const { server, url } = await serveStatic({ root: buildDir, port: 0 });
const browser = await launch();
try {
  const t = await tab(browser, url);
  t.throttle = 1;

  if (!skip.has('size')) {
    log('size…');
    results.size = await measureSize(root, { alone: !short });
  }

  for (const throttle of short ? [1, 4] : plan.throttles) {
    t.throttle = throttle;
    log(`calibration at ${throttle}× CPU…`);
    results.calibration.push(await calibrate(t, plan.calibrateMs));
  }

  // The baselines' DOM: each kit element as it renders, captured unthrottled in this run.
  t.throttle = 1;
  const captureScenarios = [...FIRST_RENDER, ...(skip.has('scale') || short ? [] : SCALE)];
  for (const scenario of short ? FIRST_RENDER : captureScenarios) {
    log(`capture ${scenario.name}…`);
    await capture(t, buildDir, scenario);
  }

  for (const throttle of plan.throttles) {
    t.throttle = throttle;
    /** @type {Record<string, unknown[]>} */
    const out = (results.byThrottle[`${throttle}x`] = {});
    if (!skip.has('first')) {
      out.firstRender = [];
      for (const scenario of FIRST_RENDER) {
        log(`first render at ${throttle}×: ${scenario.name}…`);
        out.firstRender.push(await measureFirstRender(t, scenario, rounds));
      }
    }
    if (!skip.has('typing')) {
      out.typing = [];
      for (const scenario of TYPING) {
        log(`typing at ${throttle}×: ${scenario.name}…`);
        out.typing.push(await measureTyping(t, scenario, plan.typingRounds, plan.keys));
      }
    }
    if (!skip.has('storm')) {
      out.storm = [];
      for (const rate of plan.stormRates) {
        log(`update storm at ${throttle}×: ${rate} events/s…`);
        out.storm.push(await measureStorm(t, rate, plan.stormRounds, plan.stormMs));
      }
    }
    if (!skip.has('scale') && !short) {
      out.scale = [];
      for (const scenario of SCALE) {
        log(`scale at ${throttle}×: ${scenario.name}…`);
        out.scale.push(await measureScale(t, scenario, Math.max(2, Math.ceil(rounds / 2)), plan.scaleKeys, plan.scrollFrames));
      }
    }
  }
  if (short && !skip.has('scale')) {
    // The scale pages once, small, so the harness cannot rot.
    t.throttle = 1;
    await capture(t, buildDir, SCALE[1]);
    results.byThrottle['1x'].scale = [await measureScale(t, SCALE[1], 1, plan.scaleKeys, plan.scrollFrames)];
  }

  if (!skip.has('churn')) {
    t.throttle = 1;
    log(`shift churn: ${plan.calls} calls, ${plan.cycles} mount/unmount cycles of each element…`);
    results.churn = await measureChurn(t, plan.calls, plan.cycles, FIRST_RENDER.map((s) => s.capture));
  }

  // Call setup through a real Kamailio: part of the full run (--call-setup runs it in any mode);
  // the short mode makes one round unthrottled, a few seconds, so this harness cannot rot either.
  if (!skip.has('call')) {
    for (const throttle of short ? [1] : plan.throttles) {
      log(`call setup through Kamailio at ${throttle}× CPU…`);
      const callRounds = short && !args.includes('--call-setup') ? 1 : Math.max(7, rounds);
      (results.byThrottle[`${throttle}x`] ??= {}).callSetup = await measureCallSetup({ tab: t, rounds: callRounds, throttle, buildDir });
    }
  } else results.callSetup = await measureCallSetup({});

  if (!skip.has('protocol')) {
    log('command → answer round trip over outbound-kit.v1, kit client against a raw ws client…');
    results.protocol = await measureProtocolRoundTrip(short ? { rounds: 1, commands: 10, burst: 50 } : { rounds: Math.max(5, rounds), commands: 300, burst: 500 });
  }
} finally {
  await browser.close();
  server.close();
}

results.seconds = (Date.now() - started) / 1000;
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, short ? 'short.json' : 'latest.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
console.log(`\n${short ? 'bench:short' : 'bench'}: harness ok in ${results.seconds.toFixed(0)} s; results in ${file.slice(root.length)}`);
