import { BehaviorSubject, type Observable } from 'rxjs';
import type { SubmitOutcomeCommand } from '../../ports/backend/contract.js';
import { randomCommandId } from '../../ports/ids.js';
import type { Outcome } from '../../domain/interaction/outcome.js';
import { systemClock, type Clock, type TimerHandle } from '../../ports/clock.js';
import { InMemoryOutboxStorage, type OutboxEntry, type OutboxStorage } from './outbox-storage.js';
import type { FailedOutcome, OutboxState, PendingOutcome } from '../../state/outbox-state.js';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './retry-policy.js';

export type { FailedOutcome, OutboxState, PendingOutcome } from '../../state/outbox-state.js';

/** Why the server refused a command, as its `command-rejected` event says. */
export interface RejectionReason {
  readonly code: string;
  readonly message: string;
}

export interface OutboxOptions {
  readonly storage: OutboxStorage;
  /** Hands a command to the back end. It may throw or lose the command; either way it is retried. */
  readonly send: (command: SubmitOutcomeCommand) => void;
  readonly clock?: Clock;
  readonly retry?: RetryPolicy;
}

/**
 * Delivers outcomes to the server exactly once, however unreliable the way there (SPEC DISP-4).
 *
 * An outcome is stored before it is first sent, then sent again with the same command id, with
 * exponential back-off, until the server acknowledges or refuses it; the server applies a command id
 * once, so a repeat is harmless. Stored outcomes are picked up again by {@link Outbox.start} after a
 * reload. If IndexedDB cannot be used the outbox carries on in memory and says so in its state.
 *
 * Every storage operation runs through one queue, in the order the outbox decided on it, so storage
 * always ends up as the outbox's own view of what is pending, whatever answers arrive meanwhile.
 * Answers arrive through {@link Outbox.acknowledge} and {@link Outbox.reject}; `connectOutbox` wires
 * them to the back end's events.
 */
export class Outbox {
  private readonly subject: BehaviorSubject<OutboxState>;
  private readonly sendCommand: (command: SubmitOutcomeCommand) => void;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private storage: OutboxStorage;
  private readonly entries = new Map<string, OutboxEntry>();
  /** Entries whose first write has not finished: not sent before they are safe. */
  private readonly unstored = new Set<string>();
  private failed: readonly FailedOutcome[] = [];
  private storageQueue: Promise<unknown> = Promise.resolve();
  private started: Promise<void> | undefined;
  /** Ids answered while the stored entries were loading; the load must not bring them back. */
  private answeredDuringLoad: Set<string> | undefined;
  private timer: { readonly handle: TimerHandle; readonly dueAt: number } | undefined;
  private disposed = false;

  constructor(options: OutboxOptions) {
    this.storage = options.storage;
    this.sendCommand = options.send;
    this.clock = options.clock ?? systemClock;
    this.retry = options.retry ?? defaultRetryPolicy;
    this.subject = new BehaviorSubject(this.snapshot());
  }

  get state$(): Observable<OutboxState> {
    return this.subject.asObservable();
  }

  get state(): OutboxState {
    return this.subject.getValue();
  }

  /** Loads what an earlier page left in storage and sends it at once. Calling it again is harmless. */
  start(): Promise<void> {
    this.started ??= this.loadStoredEntries();
    return this.started;
  }

  /**
   * Stores the outcome, then sends it. Resolves with the command id (the idempotency key) once the
   * outcome is stored and first sent; from then on it is delivered even if the page reloads, unless
   * `state.persistent` is false. An id already pending keeps its first outcome.
   */
  async enqueue(outcome: Outcome, commandId: string = randomCommandId()): Promise<string> {
    if (this.disposed) throw new Error('The outbox is disposed; the outcome was not stored.');
    if (this.entries.has(commandId)) {
      // Already pending: wait for its first write, so the promise still means "stored".
      await this.settled();
      return commandId;
    }
    const now = this.clock.now();
    const entry: OutboxEntry = {
      command: { type: 'submit-outcome', commandId, outcome },
      enqueuedAt: now,
      attempts: 0,
      nextAttemptAt: now,
    };
    this.entries.set(commandId, entry);
    this.unstored.add(commandId);
    this.publish();
    const stored = await this.store((storage) => storage.put(entry));
    this.unstored.delete(commandId);
    if (this.disposed) {
      if (stored) return commandId;
      throw new Error('The outbox was disposed before the outcome could be stored.');
    }
    const current = this.entries.get(commandId);
    if (current) this.attempt(current);
    return commandId;
  }

  /** The server applied the command: forget it. Unknown and repeated acknowledgements do nothing. */
  acknowledge(commandId: string): void {
    if (!this.settle(commandId)) return;
    this.publish();
  }

  /**
   * The server refused the command. If it may succeed later, it stays pending and is sent again at
   * its deadline; otherwise it moves to the failed list, for the agent to see.
   */
  reject(commandId: string, retryable: boolean, reason: RejectionReason): void {
    const entry = this.entries.get(commandId);
    if (!entry || retryable) return;
    this.settle(commandId);
    const failure: FailedOutcome = {
      commandId,
      interactionId: entry.command.outcome.interactionId,
      outcome: entry.command.outcome,
      code: reason.code,
      message: reason.message,
      failedAt: this.clock.now(),
    };
    this.failed = [...this.failed, failure];
    this.publish();
  }

  /** The agent has seen a failed outcome: take it off the failed list. */
  dismissFailure(commandId: string): void {
    const remaining = this.failed.filter((failure) => failure.commandId !== commandId);
    if (remaining.length === this.failed.length) return;
    this.failed = remaining;
    this.publish();
  }

  /** Sends every pending outcome now, without waiting for its deadline (the connection is back). */
  retryNow(): void {
    if (this.disposed) return;
    for (const entry of this.sendable()) this.attempt(entry);
  }

  /**
   * Resolves when every storage operation asked for so far has finished (or fallen back to memory).
   * Tests use it; an application need not.
   */
  async settled(): Promise<void> {
    await this.storageQueue;
  }

  /** Stops sending and clears the retry timer. Storage operations already queued still run. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.subject.complete();
  }

  private async loadStoredEntries(): Promise<void> {
    this.answeredDuringLoad = new Set();
    const loaded = await this.queue(
      (storage) => storage.load(),
      (): OutboxEntry[] => [],
    );
    const answered = this.answeredDuringLoad;
    this.answeredDuringLoad = undefined;
    if (this.disposed) return;
    for (const entry of loaded) {
      const commandId = entry.command.commandId;
      // Enqueued again meanwhile: the entry in memory is the newer one. Answered meanwhile: its
      // delete was queued after this load, so storage forgets it too.
      if (this.entries.has(commandId) || answered.has(commandId)) continue;
      this.entries.set(commandId, entry);
    }
    this.publish();
    this.retryNow();
  }

  /** Sends an entry and sets the deadline for the next send, in case no answer comes. */
  private attempt(entry: OutboxEntry): void {
    // A transport that answers synchronously may have settled it while others were being sent.
    if (this.entries.get(entry.command.commandId) !== entry) return;
    const attempts = entry.attempts + 1;
    const commandId = entry.command.commandId;
    const next: OutboxEntry = {
      ...entry,
      attempts,
      nextAttemptAt: this.clock.now() + retryDelayMs(this.retry, attempts, commandId),
    };
    // Recorded before sending: a transport that answers at once must find the entry up to date.
    this.entries.set(commandId, next);
    void this.store((storage) => storage.put(next));
    this.publish();
    try {
      this.sendCommand(next.command);
    } catch {
      // A throwing transport is an unreachable server: the deadline set above is the retry.
    }
    this.schedule();
  }

  /** Removes an answered entry from memory and storage; false if it was not pending. */
  private settle(commandId: string): boolean {
    if (!this.entries.delete(commandId)) return false;
    this.answeredDuringLoad?.add(commandId);
    void this.store((storage) => storage.delete(commandId));
    this.schedule();
    return true;
  }

  private sendDue(): void {
    this.timer = undefined;
    if (this.disposed) return;
    const now = this.clock.now();
    for (const entry of this.sendable()) if (entry.nextAttemptAt <= now) this.attempt(entry);
    this.schedule();
  }

  /** One timer, at the earliest deadline. */
  private schedule(): void {
    if (this.disposed) return;
    const deadlines = this.sendable().map((entry) => entry.nextAttemptAt);
    if (deadlines.length === 0) {
      this.clearTimer();
      return;
    }
    const dueAt = Math.min(...deadlines);
    if (this.timer?.dueAt === dueAt) return;
    this.clearTimer();
    const handle = this.clock.setTimer(() => this.sendDue(), Math.max(0, dueAt - this.clock.now()));
    this.timer = { handle, dueAt };
  }

  private clearTimer(): void {
    if (this.timer) this.clock.clearTimer(this.timer.handle);
    this.timer = undefined;
  }

  private sendable(): OutboxEntry[] {
    return [...this.entries.values()].filter((entry) => !this.unstored.has(entry.command.commandId));
  }

  /** Queues a write; resolves false if storage failed and the outbox fell back to memory. */
  private store(write: (storage: OutboxStorage) => Promise<void>): Promise<boolean> {
    return this.queue(
      async (storage) => {
        await write(storage);
        return true;
      },
      () => false,
    );
  }

  /**
   * Runs a storage operation after every one queued before it. The storage is looked up when the
   * operation runs, so operations queued before a fall-back run against the memory storage.
   */
  private queue<T>(operation: (storage: OutboxStorage) => Promise<T>, onFailure: () => T): Promise<T> {
    // The queue itself never rejects: a failure is handled here, so later operations still run.
    const handled = this.storageQueue.then(() => operation(this.storage)).catch(() => {
      this.fallBackToMemory();
      return onFailure();
    });
    this.storageQueue = handled;
    return handled;
  }

  /** Storage failed: carry on with what is pending now, in memory, and say that a reload loses it. */
  private fallBackToMemory(): void {
    if (!this.storage.persistent) return;
    this.storage = new InMemoryOutboxStorage(this.entries.values());
    this.publish();
  }

  private publish(): void {
    this.subject.next(this.snapshot());
  }

  private snapshot(): OutboxState {
    const pending = [...this.entries.values()]
      .sort((a, b) => a.enqueuedAt - b.enqueuedAt)
      .map(
        (entry): PendingOutcome => ({
          commandId: entry.command.commandId,
          interactionId: entry.command.outcome.interactionId,
          enqueuedAt: entry.enqueuedAt,
          attempts: entry.attempts,
          nextAttemptAt: entry.nextAttemptAt,
        }),
      );
    return { pending, failed: this.failed, persistent: this.storage.persistent };
  }
}
