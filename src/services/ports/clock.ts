/**
 * Time for the simulator, injected so tests and stories can drive it. Timers are deadlines on this
 * clock, never counts of ticks.
 */
export interface Clock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export type TimerHandle = { readonly id: number };

/** The real clock of the page or process. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    return { id: setTimeout(callback, delayMs) as unknown as number };
  },
  clearTimer(handle) {
    clearTimeout(handle.id);
  },
};

interface ManualTimer {
  readonly handle: TimerHandle;
  readonly dueAt: number;
  readonly callback: () => void;
}

/** A clock that moves only when told to: `advance(ms)` fires every timer due, in deadline order. */
export class ManualClock implements Clock {
  private current: number;
  private timers: ManualTimer[] = [];
  private nextId = 1;

  constructor(startAt = Date.UTC(2026, 10, 2, 9, 0, 0)) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): TimerHandle {
    const handle = { id: this.nextId++ };
    this.timers.push({ handle, callback, dueAt: this.current + Math.max(0, delayMs) });
    return handle;
  }

  clearTimer(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.handle.id !== handle.id);
  }

  /** Moves time forward, firing timers (including ones they schedule) whose deadline is reached. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (let due = this.nextDue(target); due; due = this.nextDue(target)) {
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = due.dueAt;
      due.callback();
    }
    this.current = target;
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  private nextDue(limit: number): ManualTimer | undefined {
    let earliest: ManualTimer | undefined;
    for (const timer of this.timers) {
      if (timer.dueAt <= limit && (!earliest || timer.dueAt < earliest.dueAt)) earliest = timer;
    }
    return earliest;
  }
}
