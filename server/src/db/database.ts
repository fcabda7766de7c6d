/**
 * The one SQL interface the server's stores speak, whichever engine is behind it: PostgreSQL
 * through a `pg` pool (many server nodes share it) or PGlite embedded in the process (one node, no
 * setup). Both are PostgreSQL, so the stores' SQL is the same on either.
 */

/**
 * A value for a `$n` placeholder. Documents travel as JSON text cast in the SQL (`$1::jsonb`):
 * `pg` would turn a JS array into a PostgreSQL array and PGlite would serialise by the column's
 * type, so passing objects would mean different things on the two engines.
 */
export type SqlValue = string | number | bigint | boolean | null;

/** Something SQL can be run on: the database itself, or one transaction of it. */
export interface Queryable {
  /** Runs one statement with its parameters. Rows are as the driver parsed them: read them with `rows.ts`. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<{ readonly rows: Row[] }>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when
   * it throws. Rows a claim must own are locked by the claim's own SQL (`FOR UPDATE SKIP LOCKED`,
   * or an `UPDATE` of the row), which is what keeps two agents or two nodes apart.
   *
   * Inside `work`, use `tx` only: the database itself refuses queries from inside one of its own
   * transactions, because on PGlite they would wait for the transaction forever and on PostgreSQL
   * they would run on another connection, outside it, and could wait on its locks forever.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Waits for what is running, then releases the engine. Nothing can be run afterwards. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL's connection string (the server passes `DATABASE_URL`); wins over `dataDir`. */
  readonly url?: string;
  /** Where embedded PGlite keeps its files; in memory when absent. */
  readonly dataDir?: string;
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite. Migrations are not run here: see `migrate`. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined && options.url !== '') {
    const { openPostgresDatabase } = await import('./postgres-database.js');
    return openPostgresDatabase(options.url);
  }
  // Loaded only when used: PGlite's WebAssembly is not needed by a server on PostgreSQL.
  const { openPgliteDatabase } = await import('./pglite-database.js');
  return openPgliteDatabase(options.dataDir);
}
