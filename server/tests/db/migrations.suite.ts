import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { migrate, MIGRATIONS, type Migration } from '../../src/db/migrations.js';
import { readInteger, readText } from '../../src/db/rows.js';
import type { TestDatabase, TestEngine } from '../support/engines.js';

/** The schema the storage layer promises: table, column, type. */
const EXPECTED_COLUMNS: readonly (readonly [string, string, string])[] = [
  ['campaigns', 'id', 'text'],
  ['campaigns', 'name', 'text'],
  ['campaigns', 'description', 'text'],
  ['campaigns', 'status', 'text'],
  ['campaigns', 'dialing_mode', 'text'],
  ['campaigns', 'definition', 'jsonb'],
  ['records', 'id', 'text'],
  ['records', 'campaign_id', 'text'],
  ['records', 'chain_id', 'text'],
  ['records', 'data', 'jsonb'],
  ['records', 'state', 'text'],
  ['records', 'claimed_by', 'text'],
  ['records', 'claimed_at', 'bigint'],
  ['records', 'version', 'integer'],
  ['record_numbers', 'record_id', 'text'],
  ['record_numbers', 'id', 'text'],
  ['record_numbers', 'e164', 'text'],
  ['record_numbers', 'type', 'text'],
  ['record_numbers', 'call_window', 'jsonb'],
  ['record_numbers', 'blocked', 'text'],
  ['interactions', 'id', 'text'],
  ['interactions', 'agent_id', 'text'],
  ['interactions', 'record_id', 'text'],
  ['interactions', 'state', 'jsonb'],
  ['interactions', 'version', 'integer'],
  ['interactions', 'closed', 'boolean'],
  ['outcomes', 'record_id', 'text'],
  ['outcomes', 'command_id', 'text'],
  ['outcomes', 'outcome', 'jsonb'],
  ['outcomes', 'recorded_at', 'bigint'],
  ['callbacks', 'id', 'text'],
  ['callbacks', 'record_id', 'text'],
  ['callbacks', 'agent_id', 'text'],
  ['callbacks', 'due_at', 'bigint'],
  ['callbacks', 'number', 'jsonb'],
  ['callbacks', 'state', 'text'],
  ['dnc', 'e164', 'text'],
  ['dnc', 'added_at', 'bigint'],
  ['dnc', 'source', 'text'],
  ['agent_logs', 'agent_id', 'text'],
  ['agent_logs', 'epoch', 'text'],
  ['agent_logs', 'last_seq', 'bigint'],
  ['event_log', 'agent_id', 'text'],
  ['event_log', 'seq', 'bigint'],
  ['event_log', 'corr', 'text'],
  ['event_log', 'event', 'jsonb'],
  ['event_log', 'at', 'bigint'],
  ['command_answers', 'agent_id', 'text'],
  ['command_answers', 'command_id', 'text'],
  ['command_answers', 'body_hash', 'text'],
  ['command_answers', 'answer', 'jsonb'],
  ['command_answers', 'received_at', 'bigint'],
  ['command_answers', 'answered_at', 'bigint'],
  ['timers', 'id', 'bigint'],
  ['timers', 'agent_id', 'text'],
  ['timers', 'kind', 'text'],
  ['timers', 'due_at', 'bigint'],
  ['timers', 'payload', 'jsonb'],
];

async function appliedVersions(db: Database): Promise<number[]> {
  const { rows } = await db.query('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((row) => readInteger(row, 'version'));
}

async function tableExists(db: Database, name: string): Promise<boolean> {
  const { rows } = await db.query('SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1', [name]);
  return readInteger(rows[0] ?? {}, 'n') === 1;
}

const latest = MIGRATIONS.length;
const withSecond = (second: Migration['statements']): Migration[] => [...MIGRATIONS, { version: latest + 1, name: 'a test migration', statements: second }];

/** Registers the tests of the migrations on a database of `engine`'s own: they empty it. */
export function migrationsSuite(engine: TestEngine): void {
  void describe('migrations', () => {
    // A database of their own, emptied before each test: the others' is never dropped under them.
    let opened: TestDatabase;
    let db: Database;
    before(async () => {
      opened = await engine.open();
      db = opened.db;
    });
    beforeEach(async () => {
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
    });

    void it('gives a new database every table and column of the schema, and records each migration applied', async () => {
      const result = await migrate(db);
      assert.deepEqual(result, { applied: MIGRATIONS.map((m) => m.version), version: latest });
      assert.deepEqual(await appliedVersions(db), MIGRATIONS.map((m) => m.version));
      const { rows } = await db.query('SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()');
      const found = new Set(rows.map((row) => `${readText(row, 'table_name')}.${readText(row, 'column_name')}:${readText(row, 'data_type')}`));
      const missing = EXPECTED_COLUMNS.map(([table, column, type]) => `${table}.${column}:${type}`).filter((entry) => !found.has(entry));
      assert.deepEqual(missing, []);
    });

    void it('applies nothing the second time, nor after a restart when the data is kept', async () => {
      await migrate(db);
      assert.deepEqual(await migrate(db), { applied: [], version: latest });
      if (opened.restart) {
        db = await opened.restart();
        assert.deepEqual(await appliedVersions(db), MIGRATIONS.map((m) => m.version), 'the schema survived the restart');
        assert.deepEqual(await migrate(db), { applied: [], version: latest });
      }
    });

    void it('applies a later migration to a database at an earlier version, and only that one', async () => {
      await migrate(db);
      const result = await migrate(db, withSecond(['CREATE TABLE later_table (id integer)']));
      assert.deepEqual(result, { applied: [latest + 1], version: latest + 1 });
      assert.ok(await tableExists(db, 'later_table'));
    });

    void it('leaves the database as it was when a migration fails part way', async () => {
      await migrate(db);
      await assert.rejects(migrate(db, withSecond(['CREATE TABLE half_done (id integer)', 'SELECT no_such_column FROM half_done'])), /no_such_column/);
      assert.equal(await tableExists(db, 'half_done'), false);
      assert.deepEqual(await appliedVersions(db), MIGRATIONS.map((m) => m.version));
    });

    void it('refuses to start on a migration that changed after it was applied, and on a schema newer than the server', async () => {
      await migrate(db, withSecond(['CREATE TABLE v2_table (id integer)']));
      await assert.rejects(migrate(db, withSecond(['CREATE TABLE v2_table (id bigint)'])), /changed after it was applied/);
      await assert.rejects(migrate(db, MIGRATIONS), /does not know/);
    });

    void it('refuses a list of migrations out of order', async () => {
      await assert.rejects(migrate(db, [{ version: 2, name: 'skips one', statements: ['SELECT 1'] }]), /expected 1/);
      assert.equal(await tableExists(db, 'schema_migrations'), false);
    });

    if (engine.kind === 'postgres') {
      void it('migrates once when several server nodes start at once: one applies the schema, the others wait and apply nothing', async () => {
        const first = await engine.open();
        assert.ok(first.otherNode);
        const nodes = [first.db, ...(await Promise.all([first.otherNode(), first.otherNode(), first.otherNode()]))];
        const results = await Promise.all(nodes.map((node) => migrate(node)));
        const appliers = results.filter((result) => result.applied.length > 0);
        assert.equal(appliers.length, 1, 'exactly one node applied migrations');
        assert.deepEqual(appliers[0]?.applied, MIGRATIONS.map((m) => m.version));
        assert.deepEqual(await appliedVersions(first.db), MIGRATIONS.map((m) => m.version));
      });
    }
  });
}
