import { createHash } from 'node:crypto';
import type { Database, Queryable } from './database.js';
import { initialSchema } from './migrations/0001-initial-schema.js';
import { readInteger, readText } from './rows.js';

export interface Migration {
  /** 1, 2, 3, …: applied in this order, each once. */
  readonly version: number;
  readonly name: string;
  /** One statement each (PGlite's extended protocol runs one at a time). */
  readonly statements: readonly string[];
}

/** The schema's history. Append only: an applied migration that changed is refused at start. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial schema', statements: initialSchema }];

export interface MigrationResult {
  /** The versions this call applied, in order; empty when the database was up to date. */
  readonly applied: readonly number[];
  /** The schema's version now. */
  readonly version: number;
}

/**
 * Any 64-bit number the server's nodes agree on: the advisory lock that lets one node migrate
 * while another starting at the same moment waits, then finds nothing left to do.
 */
const MIGRATION_LOCK = 7_262_533_164_917_201;

/**
 * Brings the schema up to date, all in one transaction: PostgreSQL's DDL is transactional, so a
 * failing migration leaves the database as it was. Safe to call on every start.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, now: () => number = Date.now): Promise<MigrationResult> {
  checkSequence(migrations);
  return db.transaction(async (tx) => {
    // Held until this transaction ends. First, so that even creating the bookkeeping table is done
    // by one node only (two concurrent CREATE TABLE IF NOT EXISTS can both try, and one fail).
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at bigint NOT NULL
    )`);
    const done = await appliedMigrations(tx);
    const known = new Map(migrations.map((migration) => [migration.version, migration]));
    for (const [version, checksum] of done) {
      const migration = known.get(version);
      if (!migration) throw new Error(`the database's schema has migration ${version}, which this server does not know: it is older than the schema`);
      if (checksumOf(migration) !== checksum) throw new Error(`migration ${version} (${migration.name}) changed after it was applied`);
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)', [
        migration.version,
        migration.name,
        checksumOf(migration),
        now(),
      ]);
      applied.push(migration.version);
    }
    return { applied, version: migrations.at(-1)?.version ?? 0 };
  });
}

async function appliedMigrations(tx: Queryable): Promise<Map<number, string>> {
  const { rows } = await tx.query('SELECT version, checksum FROM schema_migrations ORDER BY version');
  return new Map(rows.map((row) => [readInteger(row, 'version'), readText(row, 'checksum')]));
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    if (migration.statements.length === 0) throw new Error(`migration ${migration.version} has no statements`);
  });
}

function checksumOf(migration: Migration): string {
  return createHash('sha256').update(JSON.stringify(migration.statements)).digest('hex');
}
