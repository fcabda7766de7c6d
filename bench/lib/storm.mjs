// 4. Update storm: the store receiving `rate` server events a second with 50 mounted kit elements.
// Per round, interleaved: an idle page (frame-rate calibration), the kit with a mix of 50 elements,
// the kit with 50 campaign lists, and 50 plain Lit tables with the same DOM rendering once per frame.
import { fps, quantile, ratio } from './stats.mjs';

const mix = ['campaign-list', 'agent-status', 'campaign-notices', 'outbound-interaction', 'call-controls'];
const MIXED = Array.from({ length: 50 }, (_, i) => mix[i % mix.length]);
const LISTS = Array.from({ length: 50 }, () => 'campaign-list');

async function kit(t, tags, rate, ms) {
  await t.open('kit.html', t.throttle);
  await t.call('setup', 'inCall30+campaigns50', tags.map((tag) => `<${tag}></${tag}>`).join(''));
  await t.call('firstRender', [...new Set(tags)]);
  for (let i = 0; i < 3; i += 1) await t.call('nextFrame');
  return t.call('storm', rate, ms);
}

const VARIANTS = {
  idle: async (t, rate, ms) => {
    await t.open('blank.html', t.throttle);
    return { intervals: await t.call('idle', ms), waits: [], sent: 0 };
  },
  kitMixed: (t, rate, ms) => kit(t, MIXED, rate, ms),
  kitLists: (t, rate, ms) => kit(t, LISTS, rate, ms),
  litLists: async (t, rate, ms) => {
    await t.open('base.html?variant=lit', t.throttle);
    await t.call('setupTables', 50);
    for (let i = 0; i < 3; i += 1) await t.call('nextFrame');
    return t.call('storm', rate, ms);
  },
};

export async function measureStorm(t, rate, rounds, ms) {
  const names = Object.keys(VARIANTS);
  const fpsOf = Object.fromEntries(names.map((n) => [n, []]));
  const p95Of = Object.fromEntries(names.map((n) => [n, []]));
  const sentRate = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(i + r) % names.length];
      const result = await VARIANTS[name](t, rate, ms);
      fpsOf[name].push(fps(result.intervals));
      p95Of[name].push(quantile(result.waits, 0.95));
      if (result.sent) sentRate[name].push(result.sent / result.seconds);
    }
  }
  const med = (values) => quantile(values, 0.5);
  return {
    rate,
    fps: Object.fromEntries(names.map((n) => [n, med(fpsOf[n])])),
    p95UpdateToPaint: Object.fromEntries(names.map((n) => [n, med(p95Of[n])])),
    achievedRate: Object.fromEntries(Object.entries(sentRate).filter(([, v]) => v.length).map(([n, v]) => [n, med(v)])),
    kitMixedFpsOverIdle: ratio(fpsOf.kitMixed, fpsOf.idle),
    kitListsFpsOverIdle: ratio(fpsOf.kitLists, fpsOf.idle),
    litListsFpsOverIdle: ratio(fpsOf.litLists, fpsOf.idle),
    p95KitListsOverLit: ratio(p95Of.kitLists, p95Of.litLists),
  };
}
