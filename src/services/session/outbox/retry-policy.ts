/** How long the outbox waits after a send before it tries again, if no answer came. */
export interface RetryPolicy {
  /** The wait after the first send; each further send doubles it. */
  readonly initialDelayMs: number;
  /** The wait never grows beyond this, however many sends failed. */
  readonly maxDelayMs: number;
  /**
   * Up to this fraction of the wait is taken off, by an amount derived from the command id, so the
   * outboxes of many agents that lost the server together do not all come back at the same instant.
   * 0 turns it off. The same command and attempt always get the same wait.
   */
  readonly jitterRatio: number;
}

export const defaultRetryPolicy: RetryPolicy = { initialDelayMs: 1000, maxDelayMs: 30_000, jitterRatio: 0.1 };

/** The wait after the `attempts`-th send of a command (1 for the first send). */
export function retryDelayMs(policy: RetryPolicy, attempts: number, commandId: string): number {
  const doublings = Math.max(0, attempts - 1);
  // Capped before the power grows past what a double holds exactly.
  const exponential = policy.initialDelayMs * 2 ** Math.min(doublings, 52);
  const capped = Math.min(policy.maxDelayMs, exponential);
  // Jitter only shortens the wait, so the cap stays a true upper bound.
  return Math.round(capped * (1 - policy.jitterRatio * unitHash(`${commandId}:${attempts}`)));
}

/** A stable number in [0, 1) for a string (FNV-1a): jitter that tests can predict. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
