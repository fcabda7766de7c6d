import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openDatabase, type Database, type Queryable } from '../../src/db/database.js';
import { readInteger } from '../../src/db/rows.js';
import { deferred, delay } from '../support/async.js';
import type { EngineDatabase } from '../support/engines.js';

async function count(db: Queryable, tag: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*) AS n FROM probe WHERE tag = $1', [tag]);
  return readInteger(rows[0] ?? {}, 'n');
}

/** Registers the tests of the SQL interface (query, transaction) on `target`'s database. */
export function sqlInterfaceSuite(target: EngineDatabase): void {
  void describe('the SQL interface', () => {
    let db: Database;
    before(async () => {
      db = target.db;
      await db.query('CREATE TABLE probe (id serial PRIMARY KEY, tag text NOT NULL, n integer)');
    });

    void it('runs parameterised statements and returns their rows', async () => {
      const { rows } = await db.query<{ tag: string; n: number }>('INSERT INTO probe (tag, n) VALUES ($1, $2), ($1, $3) RETURNING tag, n', ['params', 1, 2]);
      assert.deepEqual(rows, [
        { tag: 'params', n: 1 },
        { tag: 'params', n: 2 },
      ]);
      // A value is a value, never SQL: a quote in it is data.
      await db.query('INSERT INTO probe (tag) VALUES ($1)', ["params'); DROP TABLE probe; --"]);
      assert.equal(await count(db, "params'); DROP TABLE probe; --"), 1);
    });

    void it('commits a transaction whose work resolves, and gives back what it returned', async () => {
      const result = await db.transaction(async (tx) => {
        await tx.query('INSERT INTO probe (tag) VALUES ($1)', ['commit']);
        await tx.query('INSERT INTO probe (tag) VALUES ($1)', ['commit']);
        return count(tx, 'commit');
      });
      assert.equal(result, 2);
      assert.equal(await count(db, 'commit'), 2);
    });

    void it('rolls back a transaction whose work throws, and passes the error on', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO probe (tag) VALUES ($1)', ['rollback']);
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      assert.equal(await count(db, 'rollback'), 0);
    });

    void it('does not commit a transaction in which a statement failed, even when the work caught the error', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO probe (tag) VALUES ($1)', ['aborted']);
          await tx.query('INSERT INTO probe (tag) VALUES (NULL)').catch(() => undefined);
          return 'looks fine';
        }),
      );
      assert.equal(await count(db, 'aborted'), 0);
    });

    void it('keeps a statement from outside out of a running transaction: it never sees work that is rolled back', async () => {
      const inserted = deferred();
      const gate = deferred();
      const transaction = db.transaction(async (tx) => {
        await tx.query('INSERT INTO probe (tag) VALUES ($1)', ['isolation']);
        inserted.resolve();
        await gate.promise;
        throw new Error('roll back');
      });
      await inserted.promise;
      // Issued while the transaction is open (on PGlite's one session it would run inside it).
      const outside = count(db, 'isolation');
      await delay(50);
      gate.resolve();
      await assert.rejects(transaction, /roll back/);
      assert.equal(await outside, 0);
      assert.equal(await count(db, 'isolation'), 0);
    });

    void it('runs many statements and transactions issued at once, each whole', async () => {
      const work = Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? db.query('INSERT INTO probe (tag, n) VALUES ($1, $2)', ['burst', i])
          : db.transaction(async (tx) => {
              await tx.query('INSERT INTO probe (tag, n) VALUES ($1, $2)', ['burst', i]);
              await tx.query('INSERT INTO probe (tag, n) VALUES ($1, $2)', ['burst', i]);
            }),
      );
      await Promise.all(work);
      assert.equal(await count(db, 'burst'), 30);
    });

    void it('refuses the database itself inside one of its transactions (it would hang), and a nested transaction', async () => {
      await assert.rejects(
        db.transaction(async () => {
          await db.query('SELECT 1');
        }),
        /inside one of its transactions/,
      );
      await assert.rejects(
        db.transaction(() => db.transaction(async () => 1)),
        /inside one of its transactions/,
      );
      // Still usable afterwards.
      assert.equal(await db.transaction(async (tx) => (await tx.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one), 1);
    });

    void it("refuses a transaction's handle once its transaction is over", async () => {
      let kept: Queryable | null = null;
      await db.transaction(async (tx) => {
        kept = tx;
      });
      assert.ok(kept);
      await assert.rejects((kept as Queryable).query('SELECT 1'), /transaction is over/);
    });

    if (target.kind === 'postgres') {
      void it('is what openDatabase gives for a URL, refused once closed; a URL where nothing answers fails at once', async () => {
        const { rows } = await db.query<{ database: string; port: string }>("SELECT current_database() AS database, current_setting('port') AS port");
        const byUrl = await openDatabase({ url: `postgresql://postgres@127.0.0.1:${rows[0]?.port}/${rows[0]?.database}`, dataDir: '/the/url/wins' });
        try {
          assert.equal(byUrl.engine, 'postgres');
          assert.equal(await count(byUrl, 'params'), 2, 'the same database: it sees the rows written above');
        } finally {
          await byUrl.close();
        }
        await assert.rejects(byUrl.query('SELECT 1'), /closed/);
        await assert.rejects(byUrl.transaction(async () => 1), /closed/);
        // Port 1 on loopback: nothing listens there.
        await assert.rejects(openDatabase({ url: 'postgresql://postgres@127.0.0.1:1/none' }), /ECONNREFUSED/);
      });
    }
  });
}
