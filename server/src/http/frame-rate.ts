/** How many frames a connection may send: a steady rate, and a burst above it. */
export interface FrameRateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export const DEFAULT_FRAME_RATE: FrameRateLimit = { perSecond: 50, burst: 100 };

/**
 * A token bucket for one connection: it holds up to `burst` frames' worth and refills at
 * `perSecond`. A desk sends a few frames a second (commands, pongs), so only a broken or hostile
 * client empties it.
 */
export class FrameBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly limit: FrameRateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limit.burst;
    this.refilledAt = this.now();
  }

  /** Counts one frame: false when the connection is over its limit. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.limit.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** How long a client that emptied the bucket should wait: until it is full again. */
  get refillMs(): number {
    return Math.ceil((this.limit.burst / this.limit.perSecond) * 1000);
  }
}
