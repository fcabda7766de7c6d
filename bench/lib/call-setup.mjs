// 6. Call setup through the real Kamailio: the agent's Accept → connected → first audio packet,
// with the kit's WebRTC phone against a bare sip.js answerer in the same page (bench/src/page-call.ts),
// the same contact calling both, interleaved round by round (kit, raw / raw, kit / ...) after one
// unmeasured warm-up call of each.
//
// Contract: `measureCallSetup({ tab, rounds, throttle, buildDir })` resolves to
// `{ status: 'measured', kitMs, rawMs, ratio: { median, min, max, rounds }, overheadMs, ... }` where
// the headline figures are Accept → first audio packet (the whole of item 6; `connected` holds the
// same for Accept → connected, i.e. the caller's ACK in), or, without a tab, to
// `{ status: 'not measured yet', reason }`. Kamailio is started here with scripts/kamailio.mjs's
// `startKamailio` and that one process is stopped again, whatever happens.
import { serveStatic } from '../../scripts/static-server.mjs';
import { startKamailio } from '../../scripts/kamailio.mjs';
import { median, ratio, round } from './stats.mjs';

/** @import { BenchWindow, Tab } from './browser.mjs' */

export const CALL_SETUP_GOAL = 'kit overhead ≤ 5 % (or 50 ms) over a raw sip.js call';

/** kit and raw per-round figures (ms) → medians, the per-round ratio, the overhead. */
function compare(kit, raw) {
  const kitMs = median(kit);
  const rawMs = median(raw);
  const r = ratio(kit, raw);
  const overheadMs = kitMs - rawMs;
  return {
    kitMs: round(kitMs, 1),
    rawMs: round(rawMs, 1),
    ratio: { median: round(r.median, 3), min: round(r.min, 3), max: round(r.max, 3), rounds: r.rounds },
    overheadMs: round(overheadMs, 1),
    met: r.median <= 1.05 || overheadMs <= 50,
    perRound: { kit: kit.map((v) => round(v, 1)), raw: raw.map((v) => round(v, 1)) },
  };
}

/**
 * @param {object} [options]
 * @param {Tab} [options.tab]
 * @param {number} [options.rounds]
 * @param {number} [options.throttle]
 * @param {string} [options.buildDir]
 */
export async function measureCallSetup({ tab, rounds = 7, throttle = 1, buildDir } = {}) {
  if (!tab || !buildDir) {
    return { status: 'not measured yet', reason: 'not run here (--skip=call, or no browser tab given)', goal: CALL_SETUP_GOAL };
  }
  const kamailio = await startKamailio();
  // The page talks to Kamailio's WebSocket on another port, which the bench server's CSP
  // (connect-src 'self') would block: this page is served without it.
  const { server, url } = await serveStatic({ root: buildDir, port: 0, csp: false });
  const { page, cdp, errors } = tab;
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(new URL('call.html', url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window, { timeout: 30_000 });
    await page.evaluate((ws) => /** @type {BenchWindow} */ (window).bench.start(ws), kamailio.wsUrl);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const call = (side) => page.evaluate((s) => /** @type {BenchWindow} */ (window).bench[s](), side);
    // Warm-up: the first call of each side pays for code paths and devices met once per page
    // (not in a one-round run, the short mode, which only proves the harness works).
    if (rounds > 1) {
      await call('kit');
      await call('raw');
    }
    const kit = [];
    const raw = [];
    for (let i = 0; i < rounds; i += 1) {
      // Who goes first alternates (kit, raw / raw, kit...), so going second is no advantage to either.
      if (i % 2 === 0) {
        kit.push(await call('kit'));
        raw.push(await call('raw'));
      } else {
        raw.push(await call('raw'));
        kit.push(await call('kit'));
      }
    }
    if (errors.length) throw new Error(`page errors on call.html: ${errors.join(' | ')}`);
    const firstAudio = compare(kit.map((r) => r.firstAudioMs), raw.map((r) => r.firstAudioMs));
    const connected = compare(kit.map((r) => r.connectedMs), raw.map((r) => r.connectedMs));
    return {
      status: 'measured',
      throttle,
      goal: CALL_SETUP_GOAL,
      ...firstAudio,
      firstAudio,
      connected,
      met: firstAudio.met && connected.met,
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await page.evaluate(() => /** @type {BenchWindow} */ (window).bench?.stop?.()).catch(() => undefined);
    await page.goto('about:blank').catch(() => undefined);
    server.close();
    await kamailio.dispose();
  }
}
