// Statistics for noisy machines: medians, quantiles, and ratios taken per round (A and B measured
// back to back), so that what slowed one round slowed both sides of its ratio.

export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** Per-round ratios a[i] / b[i]: median, min and max. */
export function ratio(a, b) {
  const ratios = a.map((value, i) => value / b[i]).filter((v) => Number.isFinite(v));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), rounds: ratios.length };
}

/** Frames per second from rAF intervals (ms). */
export const fps = (intervals) => (intervals.length ? 1000 / (intervals.reduce((s, v) => s + v, 0) / intervals.length) : NaN);

export const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
