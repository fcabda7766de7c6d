import type { Outcome } from '../domain/interaction/outcome.js';

/** An outcome the server has not acknowledged yet: what the agent sees as pending. */
export interface PendingOutcome {
  readonly commandId: string;
  readonly interactionId: string;
  readonly enqueuedAt: number;
  /** Sends so far; 0 until the outcome is stored and first sent. */
  readonly attempts: number;
  /** When it is sent again if no answer comes, on the outbox's clock. */
  readonly nextAttemptAt: number;
}

/** An outcome the server refused for good. It is no longer sent; the agent has to act on it. */
export interface FailedOutcome {
  readonly commandId: string;
  readonly interactionId: string;
  readonly outcome: Outcome;
  /** The server's reason. */
  readonly code: string;
  readonly message: string;
  readonly failedAt: number;
}

export interface OutboxState {
  /** Oldest first. */
  readonly pending: readonly PendingOutcome[];
  readonly failed: readonly FailedOutcome[];
  /** False when entries live in memory only (IndexedDB could not be used): a reload loses them. */
  readonly persistent: boolean;
}
