import { Pool, type PoolClient } from 'pg';
import type { Database, Queryable, SqlValue } from './database.js';
import { TransactionGuard, TransactionHandle } from './transaction-guard.js';

export interface PostgresOptions {
  /** Connections this node keeps at most (the pool's `max`). */
  readonly maxConnections?: number;
  /**
   * Told when an idle connection breaks (the server restarted, a network cut). The pool drops that
   * connection and opens another when next needed; without a listener `pg` would crash the process.
   */
  readonly onIdleConnectionError?: (error: Error) => void;
}

/** PostgreSQL through a `pg` pool. Checks the server answers before returning, so a bad URL fails here. */
export async function openPostgresDatabase(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  pool.on('error', (error) => options.onIdleConnectionError?.(error));
  try {
    const { rows } = await pool.query<{ ok: number }>('SELECT 1 AS ok');
    if (rows[0]?.ok !== 1) throw new Error('PostgreSQL did not answer SELECT 1 with 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresDatabase(pool);
}

/**
 * A pool: each statement outside a transaction takes any free connection; a transaction keeps one
 * connection from BEGIN to COMMIT. Server nodes each have their own pool on the same database, so
 * whatever must not happen twice is decided by PostgreSQL's row locks, never by this process.
 */
class PostgresDatabase implements Database {
  readonly engine = 'postgres';
  private readonly guard = new TransactionGuard();
  private closed = false;

  constructor(private readonly pool: Pool) {}

  async query<Row = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<{ readonly rows: Row[] }> {
    this.guard.refuseInside('a query');
    this.refuseClosed();
    const result = await this.pool.query(sql, [...params]);
    return { rows: result.rows as Row[] };
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    this.guard.refuseInside('a transaction');
    this.refuseClosed();
    const client = await this.pool.connect();
    const tx = new TransactionHandle(async (sql, params) => (await client.query(sql, params)).rows as unknown[]);
    // A connection whose ROLLBACK failed is in an unknown state: the pool must close it, not reuse it.
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await this.guard.run(() => work(tx));
      tx.end();
      await commit(client);
      return result;
    } catch (error) {
      tx.end();
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Resolves once every connection is closed, those checked out included, when they come back.
    await this.pool.end();
  }

  private refuseClosed(): void {
    if (this.closed) throw new Error('the database is closed');
  }
}

/**
 * COMMIT of a transaction in which a statement failed (and `work` caught the error) does not fail:
 * PostgreSQL rolls back and answers with the command tag ROLLBACK. That must not pass as success.
 */
async function commit(client: PoolClient): Promise<void> {
  const result = await client.query('COMMIT');
  if (result.command !== 'COMMIT') throw new Error(`the transaction was rolled back at COMMIT (PostgreSQL answered ${result.command})`);
}
