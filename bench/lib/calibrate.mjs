// The idle page's frame cadence at a given CPU throttling rate: the reference for every frame rate,
// and the sign that the machine is too busy to trust this run.
import { loadavg, cpus } from 'node:os';
import { fps, quantile } from './stats.mjs';

export async function calibrate(t, ms) {
  await t.open('blank.html', t.throttle);
  const intervals = await t.call('idle', ms);
  const result = {
    throttle: t.throttle,
    fps: fps(intervals),
    medianFrameMs: quantile(intervals, 0.5),
    p95FrameMs: quantile(intervals, 0.95),
    maxFrameMs: Math.max(...intervals),
    loadAverage: loadavg()[0],
    cores: cpus().length,
  };
  const reasons = [];
  if (result.fps < 55) reasons.push(`an idle page runs at ${result.fps.toFixed(1)} fps`);
  if (result.p95FrameMs > 25) reasons.push(`idle frames take up to ${result.p95FrameMs.toFixed(1)} ms (p95)`);
  if (result.loadAverage > result.cores) reasons.push(`load average ${result.loadAverage.toFixed(2)} on ${result.cores} cores`);
  return { ...result, tooBusy: reasons.length > 0, reasons };
}
