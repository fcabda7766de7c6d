import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, SqlValue } from './database.js';
import { TransactionGuard, TransactionHandle } from './transaction-guard.js';

/** Data directories open in this process: a second PGlite on the same files would corrupt them. */
const openDirectories = new Set<string>();

/** Embedded PGlite, its files in `dataDir` (created if missing), or in memory when none is given. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir === undefined) return new PgliteDatabase(await PGlite.create('memory://'));
  const directory = resolve(dataDir);
  if (openDirectories.has(directory)) throw new Error(`PGlite's data directory ${directory} is already open in this process`);
  openDirectories.add(directory);
  try {
    mkdirSync(directory, { recursive: true });
    return new PgliteDatabase(await PGlite.create(directory), () => openDirectories.delete(directory));
  } catch (error) {
    openDirectories.delete(directory);
    throw error;
  }
}

/**
 * PGlite is one PostgreSQL backend, one session: a statement sent while a transaction is open would
 * run inside that transaction. So everything goes through one queue here: a transaction holds it
 * from BEGIN to COMMIT, and a statement from outside waits for its turn, seeing only committed work.
 * (PGlite queues its own calls the same way; this queue does not depend on that.)
 */
export class PgliteDatabase implements Database {
  readonly engine = 'pglite';
  private readonly guard = new TransactionGuard();
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  /** Wraps an open PGlite; `onClosed` is told once it is closed. */
  constructor(
    private readonly pglite: PGlite,
    private readonly onClosed: () => void = () => undefined,
  ) {}

  async query<Row = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<{ readonly rows: Row[] }> {
    this.guard.refuseInside('a query');
    return this.inTurn(async () => ({ rows: (await this.pglite.query<Row>(sql, [...params])).rows }));
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    this.guard.refuseInside('a transaction');
    // PGlite's own transaction: BEGIN, then COMMIT, or ROLLBACK when `work` throws; a COMMIT that
    // PostgreSQL turned into a rollback (a statement failed and `work` caught it) throws too.
    return this.inTurn(() =>
      this.pglite.transaction(async (pgTx) => {
        const tx = new TransactionHandle(async (sql, params) => (await pgTx.query(sql, params)).rows);
        try {
          return await this.guard.run(() => work(tx));
        } finally {
          tx.end();
        }
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Queued behind whatever runs now, so a statement under way is not cut off.
    const closing = this.tail.then(() => this.pglite.close());
    this.tail = closing.catch(() => undefined);
    try {
      await closing;
    } finally {
      this.onClosed();
    }
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    const turn = this.tail.then(work);
    // The next in line waits for this one to settle, whether it succeeded or not.
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}
