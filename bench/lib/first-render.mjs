// 2. First render: define → next frame, the kit element on a filled store against the same DOM as a
// plain Lit element and as a hand-written custom element. One fresh page load per sample.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ratio } from './stats.mjs';

export const FIRST_RENDER = [
  { name: 'outbound-preview (20 fields)', capture: 'preview20', fixture: 'preview20', tag: 'outbound-preview' },
  { name: 'disposition-panel (30 codes)', capture: 'dispo30', fixture: 'inCall30', tag: 'disposition-panel' },
  { name: 'reschedule-callback (in call)', capture: 'callback', fixture: 'inCall30', tag: 'reschedule-callback' },
  { name: 'campaign-list (50 campaigns)', capture: 'list50', fixture: 'campaigns50', tag: 'campaign-list' },
];

/** Renders the kit element once and stores its DOM and styles for the baselines. */
export async function capture(t, buildDir, scenario) {
  await t.open('kit.html');
  await t.call('setup', scenario.fixture, `<${scenario.tag}></${scenario.tag}>`);
  await t.call('firstRender', [scenario.tag]);
  await t.call('nextFrame');
  const captured = await t.call('capture', scenario.tag);
  writeFileSync(join(buildDir, 'capture', `${scenario.capture}.json`), JSON.stringify(captured));
  return captured.nodes;
}

const VARIANTS = {
  kit: async (t, s) => {
    await t.open('kit.html', t.throttle);
    await t.call('setup', s.fixture, `<${s.tag}></${s.tag}>`);
    const ms = await t.call('firstRender', [s.tag]);
    const nodes = await t.call('shadowNodes', s.tag);
    if (nodes < 1) throw new Error(`first render: <${s.tag}> rendered ${nodes} nodes`);
    return { ms, nodes };
  },
  lit: async (t, s) => {
    await t.open('base.html?variant=lit', t.throttle);
    await t.call('setup', s.capture);
    const ms = await t.call('firstRender');
    return { ms, nodes: await t.call('shadowNodes') };
  },
  vanilla: async (t, s) => {
    await t.open('base.html?variant=vanilla', t.throttle);
    await t.call('setup', s.capture);
    const ms = await t.call('firstRender');
    return { ms, nodes: await t.call('shadowNodes') };
  },
};

/** Interleaved rounds (the order rotates each round); per-round ratios kit / baseline. */
export async function measureFirstRender(t, scenario, rounds) {
  const names = Object.keys(VARIANTS);
  const samples = { kit: [], lit: [], vanilla: [] };
  const nodes = {};
  for (let r = 0; r < rounds; r += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(i + r) % names.length];
      const { ms, nodes: n } = await VARIANTS[name](t, scenario);
      samples[name].push(ms);
      nodes[name] = n;
    }
  }
  return {
    name: scenario.name,
    ms: { kit: median(samples.kit), lit: median(samples.lit), vanilla: median(samples.vanilla) },
    samples,
    nodes,
    kitOverLit: ratio(samples.kit, samples.lit),
    kitOverVanilla: ratio(samples.kit, samples.vanilla),
  };
}
