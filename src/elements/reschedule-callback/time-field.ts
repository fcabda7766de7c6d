import { parseWallTime } from '../../services/domain/callback/time-zones.js';

const DAY = 24 * 60;

/** Minutes after midnight as `HH:MM`. */
export function wallTime(minutes: number): string {
  const wrapped = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * The time typed in a time field stepped by the arrow keys: by `step` minutes, onto the step's grid
 * when `snap` (09:07 up by 15 is 09:15, down is 09:00), wrapping round midnight. Text that is not a time starts
 * from `fallback` (minutes after midnight).
 */
export function stepWallTime(typed: string, step: number, fallback: number, snap = true): string {
  const current = parseWallTime(typed.trim());
  if (current === null) return wallTime(fallback);
  if (!snap) return wallTime(current + step);
  const size = Math.abs(step);
  const onGrid = current % size === 0;
  if (step > 0) return wallTime(onGrid ? current + size : Math.ceil(current / size) * size);
  return wallTime(onGrid ? current - size : Math.floor(current / size) * size);
}
