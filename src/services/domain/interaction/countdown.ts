/**
 * A time limit as a deadline (an absolute time), never a count of ticks: a throttled background tab
 * that wakes late still sees the right remaining time. Paused, it keeps the time that was left.
 */
export type Countdown =
  | { readonly state: 'running'; readonly deadline: number }
  | { readonly state: 'paused'; readonly remainingMs: number };

export function startCountdown(now: number, seconds: number): Countdown {
  return { state: 'running', deadline: now + seconds * 1000 };
}

export function remainingMs(countdown: Countdown, now: number): number {
  return countdown.state === 'paused' ? countdown.remainingMs : Math.max(0, countdown.deadline - now);
}

export function isExpired(countdown: Countdown, now: number): boolean {
  return countdown.state === 'running' && now >= countdown.deadline;
}

export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.state === 'paused' ? countdown : { state: 'paused', remainingMs: remainingMs(countdown, now) };
}

export function resumeCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.state === 'running' ? countdown : { state: 'running', deadline: now + countdown.remainingMs };
}

export function extendCountdown(countdown: Countdown, seconds: number): Countdown {
  const ms = seconds * 1000;
  return countdown.state === 'paused'
    ? { state: 'paused', remainingMs: countdown.remainingMs + ms }
    : { state: 'running', deadline: countdown.deadline + ms };
}

/** Whole seconds left, rounded up, so "00:01" shows until the limit is really reached. */
export function secondsLeft(countdown: Countdown, now: number): number {
  return Math.ceil(remainingMs(countdown, now) / 1000);
}

/** The announcement threshold (seconds) crossed between two readings, if any (A11Y-2). */
export function crossedThreshold(
  beforeMs: number,
  afterMs: number,
  thresholdsSeconds: readonly number[] = [10, 5],
): number | null {
  const crossed = thresholdsSeconds.filter((s) => beforeMs > s * 1000 && afterMs <= s * 1000);
  return crossed.length ? Math.min(...crossed) : null;
}
