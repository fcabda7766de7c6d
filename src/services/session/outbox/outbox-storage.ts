import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SubmitOutcomeCommand } from '../../ports/backend/contract.js';

/** An outcome waiting in the outbox until the server acknowledges it. */
export interface OutboxEntry {
  /** The exact command sent each time, so every retry carries the same idempotency key. */
  readonly command: SubmitOutcomeCommand;
  /** When it was handed to the outbox, on the outbox's clock. */
  readonly enqueuedAt: number;
  /** How many times it has been sent. */
  readonly attempts: number;
  /** The deadline for the next send if no answer came, on the outbox's clock. */
  readonly nextAttemptAt: number;
}

/** Where the outbox keeps its entries, keyed by command id. */
export interface OutboxStorage {
  /** Whether entries outlive the page. */
  readonly persistent: boolean;
  load(): Promise<OutboxEntry[]>;
  /** Adds or replaces the entry with the same command id. */
  put(entry: OutboxEntry): Promise<void>;
  /** Removes an entry; an unknown id is not an error. */
  delete(commandId: string): Promise<void>;
}

export const defaultOutboxDatabaseName = 'outbound-kit-outbox';

const storeName = 'entries';

interface OutboxDatabase extends DBSchema {
  entries: { key: string; value: OutboxEntry };
}

/** Keeps entries in IndexedDB, so an outcome survives a reload or a crashed tab. */
export class IndexedDbOutboxStorage implements OutboxStorage {
  readonly persistent = true;
  private connection: Promise<IDBPDatabase<OutboxDatabase>> | undefined;
  private closed = false;

  constructor(readonly databaseName: string = defaultOutboxDatabaseName) {}

  async load(): Promise<OutboxEntry[]> {
    return (await this.open()).getAll(storeName);
  }

  async put(entry: OutboxEntry): Promise<void> {
    await (await this.open()).put(storeName, entry);
  }

  async delete(commandId: string): Promise<void> {
    await (await this.open()).delete(storeName, commandId);
  }

  /**
   * Closes the connection once the transactions already started have finished; later calls fail.
   * That is what a page being unloaded does to its writes, which is how tests rehearse a reload.
   */
  async close(): Promise<void> {
    this.closed = true;
    const connection = this.connection;
    this.connection = undefined;
    if (connection) (await connection.catch(() => undefined))?.close();
  }

  private open(): Promise<IDBPDatabase<OutboxDatabase>> {
    if (this.closed) return Promise.reject(new Error(`The outbox database ${this.databaseName} was closed.`));
    this.connection ??= openDB<OutboxDatabase>(this.databaseName, 1, {
      upgrade(database) {
        database.createObjectStore(storeName, { keyPath: 'command.commandId' });
      },
      // Another tab upgrading or deleting the database must not wait on us: let go, reopen on next use.
      blocking: () => this.forget(),
      terminated: () => this.forget(),
    });
    return this.connection;
  }

  private forget(): void {
    const connection = this.connection;
    this.connection = undefined;
    void connection?.then((database) => database.close());
  }
}

/** Keeps entries in memory only: the outbox's fallback when IndexedDB cannot be opened. */
export class InMemoryOutboxStorage implements OutboxStorage {
  readonly persistent = false;
  private readonly entries = new Map<string, OutboxEntry>();

  constructor(initial: Iterable<OutboxEntry> = []) {
    for (const entry of initial) this.entries.set(entry.command.commandId, entry);
  }

  async load(): Promise<OutboxEntry[]> {
    return [...this.entries.values()];
  }

  async put(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.command.commandId, entry);
  }

  async delete(commandId: string): Promise<void> {
    this.entries.delete(commandId);
  }
}
