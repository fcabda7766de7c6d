// The printed table: one row per figure, the kit's value, the baseline's, the ratio (median of
// per-round ratios, min–max), the goal, and whether it is met. Ratios decide; milliseconds inform.

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const x = (r) => (r && Number.isFinite(r.median) ? `${r.median.toFixed(2)} [${r.min.toFixed(2)}–${r.max.toFixed(2)}]` : '–');
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');

export function rowsOf(results) {
  const rows = [];
  const add = (item, figure, kit, base, ratio, goal, ok) => rows.push({ item, figure, kit, base, ratio, goal, verdict: verdict(ok) });
  const size = results.size;
  if (size?.skipped) add('1 size', 'all', size.skipped, '', '', '', null);
  else if (size) {
    const core = size.rows.find((r) => r.kind === 'core');
    add('1 size', 'core gzip / brotli', `${kb(core.gzip)} / ${kb(core.brotli)}`, `${kb(size.baseline.gzip)} / ${kb(size.baseline.brotli)}`, `${core.gzipRatio.toFixed(2)} / ${core.brotliRatio.toFixed(2)}`, 'core ≤ 30 KB gzip', core.gzip <= size.coreGzipBudget);
    add('1 size', 'sip.js only in the lazy WebRTC chunk', size.coreHasSip ? 'in the core!' : 'not in the core', size.webrtcChunk ?? 'no WebRTC chunk', '', 'sip.js lazy only', !size.coreHasSip);
    for (const row of size.rows.filter((r) => r.kind !== 'core' && r.kind !== 'chunk')) {
      add('1 size', row.label, `${kb(row.gzip)} / ${kb(row.brotli)}`, `${kb(size.baseline.gzip)} / ${kb(size.baseline.brotli)}`, `${row.gzipRatio.toFixed(2)} / ${row.brotliRatio.toFixed(2)}`, '', null);
    }
  }
  for (const [throttle, out] of Object.entries(results.byThrottle)) {
    for (const f of out.firstRender ?? []) {
      add(`2 first render ${throttle}`, `${f.name} vs plain Lit`, ms(f.ms.kit), ms(f.ms.lit), x(f.kitOverLit), '≤ 1.10', f.kitOverLit.median <= 1.1);
      add(`2 first render ${throttle}`, `${f.name} vs hand-written`, ms(f.ms.kit), ms(f.ms.vanilla), x(f.kitOverVanilla), '', null);
    }
    for (const k of out.typing ?? []) {
      add(`3 typing ${throttle}`, `${k.name}: key → frame p50`, ms(k.kit.p50), ms(k.base.p50), x(k.p50Ratio), '≤ 1.20', k.p50Ratio.median <= 1.2);
      add(`3 typing ${throttle}`, `${k.name}: key → frame p95`, ms(k.kit.p95), ms(k.base.p95), x(k.p95Ratio), '≤ 1.20', k.p95Ratio.median <= 1.2);
      add(`3 typing ${throttle}`, `${k.name}: processing per key (p50)`, ms(k.kit.processingP50), ms(k.base.processingP50), '', '< 2 ms', k.kit.processingP50 < 2);
    }
    for (const s of out.storm ?? []) {
      add(`4 storm ${throttle}`, `${s.rate}/s: fps, 50 mixed kit elements vs idle`, s.fps.kitMixed.toFixed(1), s.fps.idle.toFixed(1), x(s.kitMixedFpsOverIdle), '≥ 0.95', s.kitMixedFpsOverIdle.median >= 0.95);
      add(`4 storm ${throttle}`, `${s.rate}/s: fps, 50 kit lists vs idle (plain Lit lists: ${s.fps.litLists.toFixed(1)})`, s.fps.kitLists.toFixed(1), s.fps.idle.toFixed(1), x(s.kitListsFpsOverIdle), '≥ 0.95', s.kitListsFpsOverIdle.median >= 0.95);
      add(`4 storm ${throttle}`, `${s.rate}/s: p95 update → paint, 50 lists, kit vs plain Lit`, ms(s.p95UpdateToPaint.kitLists), ms(s.p95UpdateToPaint.litLists), x(s.p95KitListsOverLit), '≤ 1.20', s.p95KitListsOverLit.median <= 1.2);
    }
    for (const s of out.scale ?? []) {
      add(`7 scale ${throttle}`, `${s.name}: first frame vs plain Lit`, ms(s.first.ms.kit), ms(s.first.ms.lit), x(s.first.kitOverLit), '≤ 1.20', s.first.kitOverLit.median <= 1.2);
      add(`7 scale ${throttle}`, `${s.name}: first frame vs hand-written`, ms(s.first.ms.kit), ms(s.first.ms.vanilla), x(s.first.kitOverVanilla), '', null);
      add(`7 scale ${throttle}`, `${s.name}: ${s.key} → frame p50 (processing ${ms(s.keyProcessing.kit)} vs ${ms(s.keyProcessing.lit)})`, ms(s.keyP50.kit), ms(s.keyP50.lit), x(s.keyP50Ratio), '≤ 1.20', s.keyP50Ratio.median <= 1.2);
      add(`7 scale ${throttle}`, `${s.name}: scroll fps`, s.scrollFps.kit.toFixed(1), s.scrollFps.lit.toFixed(1), x(s.scrollFpsRatio), '≥ 55 fps', s.scrollFps.kit >= 55);
    }
    const call = out.callSetup;
    if (call?.status === 'measured') {
      const goal = '≤ 1.05 (or +50 ms)';
      const row = (figure, m) => add(`6 call setup ${throttle}`, `${figure} (${m.ratio.rounds} rounds, overhead ${m.overheadMs >= 0 ? '+' : ''}${m.overheadMs.toFixed(1)} ms)`, ms(m.kitMs), ms(m.rawMs), x(m.ratio), goal, m.ratio.median <= 1.05 || m.overheadMs <= 50);
      row('Accept → connected, kit WebRTC phone vs raw sip.js', call.connected);
      row('Accept → first audio packet, kit WebRTC phone vs raw sip.js', call.firstAudio);
    }
  }
  const c = results.churn;
  if (c) {
    add('5 churn', `heap growth: ${c.calls} calls (engine alone: ${kb(c.engineCalls.heapBytes)})`, kb(c.kit.afterCalls.heapBytes), kb(c.engineCalls.heapBytes), '', '', null);
    add('5 churn', `heap growth: ${c.cycles} mount/unmount × each element (blank page: same DOM hand-written)`, kb(c.kit.afterMounts.heapBytes), kb(c.blankMounts.heapBytes), '', '', null);
    add('5 churn', 'heap growth, whole shift', kb(c.kit.total.heapBytes), kb(c.engineCalls.heapBytes + c.blankMounts.heapBytes), '', '< 1 MB', c.kit.total.heapBytes < 1024 * 1024);
    add('5 churn', 'DOM nodes / JS listeners growth', `${c.kit.total.nodes} / ${c.kit.total.listeners}`, `${c.engineCalls.nodes + c.blankMounts.nodes} / ${c.engineCalls.listeners + c.blankMounts.listeners}`, '', '', null);
    add('5 churn', 'detached elements alive after GC', `${c.kit.detachedCount} ${JSON.stringify(c.kit.detached)}`, `${c.blankMounts.detachedCount}`, '', '0', c.kit.detachedCount === 0);
    const s = c.kit.openSelections;
    add('5 churn', 'open store subscriptions beyond the mounted desk', `${s.afterMounts - s.atStart} (${s.atStart} → ${s.afterCalls} → ${s.afterMounts})`, '', '', '0', s.afterMounts === s.atStart);
  }
  const cs = results.callSetup;
  if (cs) add('6 call setup', 'Accept → connected → first audio packet', cs.status === 'measured' ? ms(cs.kitMs) : cs.status, cs.status === 'measured' ? ms(cs.rawMs) : '', cs.status === 'measured' ? x(cs.ratio) : '', '≤ 1.05 (or +50 ms)', cs.status === 'measured' ? cs.ratio.median <= 1.05 || cs.overheadMs <= 50 : null);
  const p = results.protocol;
  if (p) {
    add('8 protocol', `command → answer round trip (median of ${p.commands})`, `${p.kitMs} ms`, `${p.rawMs} ms`, x(p.ratio), '≤ 1.10 (or +0.5 ms)', p.met);
    add('8 protocol', `events applied per second (bursts of ${p.events.burst} commands)`, `${p.events.kitPerSecond}/s`, `${p.events.rawPerSecond}/s (parse only)`, x(p.events.ratio), '≥ 1,000/s', p.events.met);
  }
  return rows;
}

export function printReport(results) {
  for (const c of results.calibration) {
    console.log(
      `calibration ${c.throttle}× CPU: idle page ${c.fps.toFixed(1)} fps (frame p50 ${c.medianFrameMs.toFixed(1)} ms, p95 ${c.p95FrameMs.toFixed(1)} ms), load ${c.loadAverage.toFixed(2)} on ${c.cores} cores` +
        (c.tooBusy ? ` — MACHINE TOO BUSY TO TRUST ABSOLUTE FIGURES: ${c.reasons.join('; ')}` : ''),
    );
  }
  const rows = rowsOf(results);
  const header = { item: 'item', figure: 'figure', kit: 'kit', base: 'baseline', ratio: 'ratio kit/base [min–max]', goal: 'goal', verdict: '' };
  const cols = Object.keys(header);
  const widths = cols.map((c) => Math.max(header[c].length, ...rows.map((r) => String(r[c]).length)));
  const line = (r) => cols.map((c, i) => String(r[c]).padEnd(widths[i])).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}
