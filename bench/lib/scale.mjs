// 7. Scale: campaign-list with 1,000 campaigns, disposition-panel with 500 nested codes. First frame
// (as in 2), keyboard latency for what the element offers (neither has a filter or type-ahead of its
// own: the list's arrow-key grid navigation, the radio group's arrow keys, which select as they
// move), and the page's frame rate while scrolling, against the same rows as a plain Lit element
// (and, for the first frame, as a hand-written element).
import { measureFirstRender } from './first-render.mjs';
import { fps, quantile, ratio } from './stats.mjs';

export const SCALE = [
  {
    name: 'campaign-list (1,000 campaigns)',
    capture: 'list1000',
    fixture: 'campaigns1000',
    tag: 'campaign-list',
    selector: 'tbody td[tabindex="0"]',
    key: 'ArrowDown',
  },
  {
    name: 'disposition-panel (500 nested codes)',
    capture: 'dispo500',
    fixture: 'inCall500',
    tag: 'disposition-panel',
    selector: 'input[type=radio]',
    key: 'ArrowDown',
  },
];

async function open(t, side, s) {
  if (side === 'kit') {
    await t.open('kit.html', t.throttle);
    await t.call('setup', s.fixture, `<${s.tag}></${s.tag}>`);
    await t.call('firstRender', [s.tag]);
    return s.tag;
  }
  await t.open('base.html?variant=lit', t.throttle);
  await t.call('setup', s.capture);
  await t.call('firstRender');
  return 'bench-mirror';
}

async function keysAndScroll(t, side, s, keys, scrollCount) {
  const host = await open(t, side, s);
  for (let i = 0; i < 2; i += 1) await t.call('nextFrame');
  await t.call('focus', host, s.selector);
  for (let i = 0; i < keys; i += 1) {
    await t.page.keyboard.press(s.key);
    await t.call('nextFrame');
    await t.call('nextFrame');
  }
  const timings = await t.call('keystrokes');
  const intervals = await t.call('scroll', scrollCount);
  return { p50: quantile(timings.latency, 0.5), p95: quantile(timings.latency, 0.95), processing: quantile(timings.processing, 0.5), fps: fps(intervals) };
}

export async function measureScale(t, s, rounds, keys, scrollCount) {
  const first = await measureFirstRender(t, s, rounds);
  const kit = [];
  const lit = [];
  for (let r = 0; r < rounds; r += 1) {
    const order = r % 2 === 0 ? ['kit', 'lit'] : ['lit', 'kit'];
    for (const side of order) (side === 'kit' ? kit : lit).push(await keysAndScroll(t, side, s, keys, scrollCount));
  }
  const med = (rows, key) => quantile(rows.map((row) => row[key]), 0.5);
  return {
    name: s.name,
    first,
    key: s.key,
    keyP50: { kit: med(kit, 'p50'), lit: med(lit, 'p50') },
    keyP95: { kit: med(kit, 'p95'), lit: med(lit, 'p95') },
    keyProcessing: { kit: med(kit, 'processing'), lit: med(lit, 'processing') },
    keyP50Ratio: ratio(kit.map((x) => x.p50), lit.map((x) => x.p50)),
    scrollFps: { kit: med(kit, 'fps'), lit: med(lit, 'fps') },
    scrollFpsRatio: ratio(kit.map((x) => x.fps), lit.map((x) => x.fps)),
  };
}
