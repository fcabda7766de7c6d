/**
 * The engines every storage test runs on: PGlite in memory, PGlite on a data directory (which a
 * restart reopens), and a real PostgreSQL (whose second pool stands for a second server node).
 * `useEngines()` starts the PostgreSQL cluster and finds (or makes) the PGlite template at once,
 * and registers the file's `after` hook: everything opened is closed, and the cluster stopped,
 * also when a test failed.
 */
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrations.js';
import { openPgliteDatabase, PgliteDatabase } from '../../src/db/pglite-database.js';
import { openPostgresDatabase } from '../../src/db/postgres-database.js';
import { freshMemoryPglite, freshPgliteDataDir, pgliteTemplate } from './pglite.js';
import { startPostgres } from './postgres.js';
import { atProcessEnd } from './process-end.js';
import { scratchRoot } from './scratch.js';

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
  const scratch = mkdtempSync(join(scratchRoot(), 'outbound-kit-db-test-'));
  const opened: Database[] = [];
  const track = async (opening: Promise<Database>) => {
    const db = await opening;
    opened.push(db);
    return db;
  };
  // Started at once and side by side: the cluster's processes come up on another core while
  // PGlite works here, and each engine waits only for what it needs.
  const cluster = startPostgres();
  // Awaited by whoever needs them (a failure surfaces there); not left unhandled meanwhile.
  cluster.catch(() => undefined);
  pgliteTemplate().catch(() => undefined);

  // Without the after hook (the process ended early), the copies must not be left behind.
  const forget = atProcessEnd(() => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 }));
  after(async () => {
    forget();
    const closing = await Promise.allSettled(opened.map((db) => db.close()));
    const started = await cluster.catch(() => null);
    await started?.stop();
    rmSync(scratch, { recursive: true, force: true });
    const failed = closing.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });

  return [
    {
      name: 'PGlite in memory',
      kind: 'pglite-memory',
      async open() {
        const db = await track(freshMemoryPglite().then((pglite) => new PgliteDatabase(pglite)));
        return { db, restart: null, otherNode: null };
      },
    },
    {
      name: 'PGlite on a data directory',
      kind: 'pglite-directory',
      async open() {
        const dataDir = await freshPgliteDataDir(scratch);
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
        const url = await (await cluster).createDatabase();
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

/**
 * One migrated database of an engine, opened before the tests of the `describe` it is used in and
 * shared by them: tests keep apart by their own ids. `db` is whatever handle is open now (a
 * restart replaces it), so read it when a test runs, not before.
 */
export interface EngineDatabase {
  readonly name: string;
  readonly kind: EngineKind;
  readonly db: Database;
  /** Closes `db` and opens the same storage again; null in memory. */
  readonly restart: (() => Promise<Database>) | null;
  /** Another server node on the same database; null but on PostgreSQL. */
  readonly otherNode: (() => Promise<Database>) | null;
}

export function useMigratedDatabase(engine: TestEngine): EngineDatabase {
  let opened: TestDatabase | null = null;
  let current: Database | null = null;
  const open = () => {
    if (opened === null) throw new Error(`the database on ${engine.name} is not open yet: use it inside a test`);
    return opened;
  };
  before(async () => {
    opened = await engine.open();
    current = opened.db;
    await migrate(current);
  });
  return {
    name: engine.name,
    kind: engine.kind,
    get db() {
      open();
      return current as Database;
    },
    restart:
      engine.kind === 'pglite-memory'
        ? null
        : async () => {
            const restart = open().restart;
            if (!restart) throw new Error(`${engine.name} cannot restart`);
            current = await restart();
            return current;
          },
    otherNode:
      engine.kind === 'postgres'
        ? () => {
            const otherNode = open().otherNode;
            if (!otherNode) throw new Error(`${engine.name} has no other node`);
            return otherNode();
          }
        : null,
  };
}
