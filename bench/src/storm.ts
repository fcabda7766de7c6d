import { frameIntervals } from './harness.js';

/**
 * Emits `rate` events a second for `ms` (in batches, on timer tasks, as socket messages would land)
 * and records the frame intervals and, per frame, how long the oldest update not yet painted waited
 * (elements render in rAF, so what arrived before a frame's rAF is painted by that frame).
 */
export async function runStorm(rate: number, ms: number, emit: (n: number) => void) {
  let sent = 0;
  let pendingSince = -1;
  const waits: number[] = [];
  const start = performance.now();
  let running = true;
  const pump = () => {
    if (!running) return;
    const now = performance.now();
    const due = Math.min(Math.floor(((now - start) * rate) / 1000) - sent, rate / 10);
    if (due > 0 && pendingSince < 0) pendingSince = now;
    for (let i = 0; i < due; i += 1) emit(sent++);
    setTimeout(pump, 0);
  };
  pump();
  // The frame after a rAF: what had arrived before it has been rendered (elements render in rAF).
  const intervals = await frameIntervals(ms, () => {
    const since = pendingSince;
    pendingSince = -1;
    if (since >= 0) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => waits.push(performance.now() - since);
      channel.port2.postMessage(0);
    }
  });
  running = false;
  return { intervals, waits, sent, seconds: (performance.now() - start) / 1000 };
}

