import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../../src/db/database.js';
import { scratchRoot } from '../support/scratch.js';

// openDatabase's default path from nothing, as a server starts on a new machine: PGlite runs
// initdb (seconds; the other tests copy a template instead). Its URL path is tested with the
// other PostgreSQL tests (sql-interface.suite.ts). Opening PGlite in memory from nothing, the same
// PGlite.create without files, is not repeated here: it would cost as long again.
void describe('openDatabase', () => {
  let scratch: string;
  const opened: Database[] = [];
  const open = async (...args: Parameters<typeof openDatabase>) => {
    const db = await openDatabase(...args);
    opened.push(db);
    return db;
  };
  before(() => {
    scratch = mkdtempSync(join(scratchRoot(), 'outbound-kit-open-'));
  });
  after(async () => {
    await Promise.all(opened.map((db) => db.close()));
    rmSync(scratch, { recursive: true, force: true });
  });

  void it('opens PGlite on a directory it creates, refuses it while closed or open twice, and finds the data again after reopening', async () => {
    const dataDir = join(scratch, 'not', 'yet', 'there');
    const first = await open({ dataDir });
    await first.query('CREATE TABLE kept (v text)');
    await first.query('INSERT INTO kept VALUES ($1)', ['still here']);
    await assert.rejects(open({ dataDir }), /already open/);
    await first.close();
    await assert.rejects(first.query('SELECT 1'), /closed/);
    await assert.rejects(first.transaction(async () => 1), /closed/);
    const again = await open({ dataDir });
    assert.equal(again.engine, 'pglite');
    assert.deepEqual((await again.query('SELECT v FROM kept')).rows, [{ v: 'still here' }]);
  });
});
