import { AsyncLocalStorage } from 'node:async_hooks';
import type { Queryable, SqlValue } from './database.js';

/**
 * Knows whether code runs inside one of a database's transactions, so that the database can refuse
 * to be used there directly (see `Database.transaction`): a mistake that would otherwise hang.
 */
export class TransactionGuard {
  private readonly inside = new AsyncLocalStorage<true>();

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.inside.run(true, work);
  }

  refuseInside(what: string): void {
    if (this.inside.getStore() === true) {
      throw new Error(`${what} on the database from inside one of its transactions: use the transaction's own handle`);
    }
  }
}

/** A transaction's handle that refuses statements once its transaction is over, whoever kept it. */
export class TransactionHandle implements Queryable {
  private open = true;

  constructor(private readonly run: (sql: string, params: SqlValue[]) => Promise<unknown[]>) {}

  async query<Row = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<{ readonly rows: Row[] }> {
    if (!this.open) throw new Error('this transaction is over: its handle cannot run statements');
    return { rows: (await this.run(sql, [...params])) as Row[] };
  }

  end(): void {
    this.open = false;
  }
}
