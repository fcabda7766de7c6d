/**
 * The engines every storage test runs on: PGlite in memory, PGlite on a data directory (which a
 * restart reopens), and a real PostgreSQL (whose second pool stands for a second server node).
 * `useEngines()` registers the file's hooks: the PostgreSQL cluster and the PGlite template are
 * made before the tests, and everything opened is closed after them, also when a test failed.
 */
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { openPgliteDatabase, PgliteDatabase } from '../../src/db/pglite-database.js';
import { openPostgresDatabase } from '../../src/db/postgres-database.js';
import { freshMemoryPglite, freshPgliteDataDir, pgliteTemplate } from './pglite.js';
import { startPostgres, type PostgresCluster } from './postgres.js';

export type EngineKind = 'pglite-memory' | 'pglite-directory' | 'postgres';

export interface TestDatabase {
  readonly db: Database;
  /**
   * Closes the database (`db`, or what the last restart gave) and opens the same storage again, as
   * a restarted server does; null in memory.
   */
  readonly restart: (() => Promise<Database>) | null;
  /** Another server node on the same storage, with connections of its own; PostgreSQL only. */
  readonly otherNode: (() => Promise<Database>) | null;
}

export interface TestEngine {
  readonly name: string;
  readonly kind: EngineKind;
  /** A new, empty database of its own (not migrated). */
  open(): Promise<TestDatabase>;
}

export function useEngines(): readonly TestEngine[] {
  let cluster: PostgresCluster | null = null;
  let scratch: string | null = null;
  const opened: Database[] = [];
  const track = async (opening: Promise<Database>) => {
    const db = await opening;
    opened.push(db);
    return db;
  };
  const prepared = (async () => {
    scratch = mkdtempSync(join(tmpdir(), 'outbound-kit-db-test-'));
    // Side by side: the cluster's processes start while PGlite's WebAssembly compiles here.
    [cluster] = await Promise.all([startPostgres(), pgliteTemplate()]);
  })();
  // Not left unhandled before `before` awaits it.
  prepared.catch(() => undefined);

  before(() => prepared);
  after(async () => {
    await prepared.catch(() => undefined);
    const closing = await Promise.allSettled(opened.map((db) => db.close()));
    await cluster?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    const failed = closing.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });

  const ready = async <T>(value: () => T | null, what: string): Promise<T> => {
    await prepared;
    const found = value();
    if (found === null) throw new Error(`${what} is not ready`);
    return found;
  };

  return [
    {
      name: 'PGlite in memory',
      kind: 'pglite-memory',
      async open() {
        await prepared;
        const db = await track(freshMemoryPglite().then((pglite) => new PgliteDatabase(pglite)));
        return { db, restart: null, otherNode: null };
      },
    },
    {
      name: 'PGlite on a data directory',
      kind: 'pglite-directory',
      async open() {
        const dataDir = await freshPgliteDataDir(await ready(() => scratch, 'the scratch directory'));
        let current = await track(openPgliteDatabase(dataDir));
        return {
          db: current,
          restart: async () => {
            await current.close();
            current = await track(openPgliteDatabase(dataDir));
            return current;
          },
          otherNode: null,
        };
      },
    },
    {
      name: 'PostgreSQL',
      kind: 'postgres',
      async open() {
        const url = await (await ready(() => cluster, 'the PostgreSQL cluster')).createDatabase();
        let current = await track(openPostgresDatabase(url));
        return {
          db: current,
          restart: async () => {
            await current.close();
            current = await track(openPostgresDatabase(url));
            return current;
          },
          otherNode: () => track(openPostgresDatabase(url)),
        };
      },
    },
  ];
}
