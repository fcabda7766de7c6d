// 3. Typing: keystrokes through CDP (Input.dispatchKeyEvent, as puppeteer's keyboard sends them)
// into the kit's controls and into a hand-written form with the same DOM (the captured DOM as a
// plain custom element that keeps what is typed). Interleaved rounds; ratios of the p50 and p95.
import { quantile, ratio } from './stats.mjs';

export const TYPING = [
  { name: 'disposition note', fixture: 'inCall30', tag: 'disposition-panel', capture: 'dispo30', selector: 'textarea' },
  {
    name: 'record field (text)',
    fixture: 'preview20',
    tag: 'outbound-preview',
    capture: 'preview20',
    selector: '.editable input:not([type=checkbox])',
  },
];

const TEXT = 'Customer asked for a call back next week about the renewal. ';

async function type(t, count) {
  for (let i = 0; i < count; i += 1) {
    await t.page.keyboard.press(TEXT[i % TEXT.length] === ' ' ? 'Space' : TEXT[i % TEXT.length]);
    await t.call('nextFrame');
    await t.call('nextFrame');
  }
  return t.call('keystrokes');
}

async function kitSample(t, s, keys) {
  await t.open('kit.html', t.throttle);
  await t.call('setup', s.fixture, `<${s.tag}></${s.tag}>`);
  await t.call('firstRender', [s.tag]);
  await t.call('nextFrame');
  const before = await t.call('value', s.tag, s.selector);
  await t.call('focus', s.tag, s.selector);
  const timings = await type(t, keys);
  const after = await t.call('value', s.tag, s.selector);
  if (after.length !== before.length + keys) throw new Error(`typing: the kit's ${s.selector} took ${after.length - before.length} of ${keys} keys`);
  if (s.tag === 'disposition-panel') {
    // The note must reach the store's draft (saved when the agent pauses or leaves the field), or
    // the kit did not do its work. Tab leaves it.
    await t.page.keyboard.press('Tab');
    // The save is a command (its rules may still be loading on a busy machine): give it a second.
    let note = '';
    for (let frame = 0; frame < 60 && note !== after; frame += 1) {
      await t.call('nextFrame');
      note = await t.call('draftNote');
    }
    if (note !== after) throw new Error(`typing: the draft note is "${note}", the field shows "${after}"`);
  }
  return timings;
}

async function baseSample(t, s, keys) {
  await t.open('base.html?variant=vanilla', t.throttle);
  await t.call('setup', s.capture);
  await t.call('firstRender');
  await t.call('nextFrame');
  const before = await t.call('value', 'bench-mirror', s.selector);
  await t.call('focus', 'bench-mirror', s.selector);
  const timings = await type(t, keys);
  const after = await t.call('value', 'bench-mirror', s.selector);
  if (after.length !== before.length + keys) throw new Error(`typing: the baseline's ${s.selector} took ${after.length - before.length} of ${keys} keys`);
  return timings;
}

export async function measureTyping(t, scenario, rounds, keys) {
  const kit = { p50: [], p95: [], processing: [], all: [] };
  const base = { p50: [], p95: [], processing: [], all: [] };
  const add = (into, timings) => {
    into.p50.push(quantile(timings.latency, 0.5));
    into.p95.push(quantile(timings.latency, 0.95));
    into.processing.push(quantile(timings.processing, 0.5));
    into.all.push(...timings.latency);
  };
  for (let r = 0; r < rounds; r += 1) {
    if (r % 2 === 0) {
      add(kit, await kitSample(t, scenario, keys));
      add(base, await baseSample(t, scenario, keys));
    } else {
      add(base, await baseSample(t, scenario, keys));
      add(kit, await kitSample(t, scenario, keys));
    }
  }
  const summary = (side) => ({
    p50: quantile(side.all, 0.5),
    p95: quantile(side.all, 0.95),
    processingP50: quantile(side.processing, 0.5),
  });
  return {
    name: scenario.name,
    kit: summary(kit),
    base: summary(base),
    p50Ratio: ratio(kit.p50, base.p50),
    p95Ratio: ratio(kit.p95, base.p95),
  };
}
