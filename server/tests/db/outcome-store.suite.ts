import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Outcome } from '../../../src/services/domain/interaction/outcome.js';
import type { Database } from '../../src/db/database.js';
import { OutcomeStore, type OutcomeResult } from '../../src/db/outcome-store.js';
import { RecordStore } from '../../src/db/record-store.js';
import type { EngineDatabase } from '../support/engines.js';
import { campaign, list } from '../support/records.js';

const NOW = 1_700_000_000_000;

function outcome(recordId: string, overrides: Partial<Outcome> = {}): Outcome {
  return {
    interactionId: `int-${recordId}`,
    recordId,
    campaignId: 'c-outcomes',
    close: 'done',
    callResult: 'answer',
    dnc: false,
    dispositionCodeIds: ['paid'],
    note: 'Promised to pay on Friday',
    callback: null,
    fieldEdits: { email: 'new@example.com' },
    ...overrides,
  };
}

/** Registers the tests of outcome store on `target`'s database. */
export function outcomeStoreSuite(target: EngineDatabase): void {
  void describe('the outcome store', () => {
    let db: Database;
    let outcomes: OutcomeStore;
    // Taken anew for each test: a restart replaces the database's handle.
    beforeEach(() => {
      db = target.db;
      outcomes = new OutcomeStore(db, () => NOW);
    });
    before(async () => {
      const records = new RecordStore(target.db);
      await records.loadCampaign(campaign('c-outcomes'));
      await records.loadRecords(list('c-outcomes', 12));
    });

    void it('stores an outcome once: its retry is a duplicate, and the first outcome stays', async () => {
      assert.equal(await outcomes.record(outcome('c-outcomes-1'), 'cmd-1'), 'stored');
      assert.equal(await outcomes.record(outcome('c-outcomes-1', { note: 'sent again' }), 'cmd-1'), 'duplicate');
      assert.deepEqual(await outcomes.outcomeOf('c-outcomes-1'), { outcome: outcome('c-outcomes-1'), commandId: 'cmd-1', recordedAt: NOW });
    });

    void it("refuses another command's outcome for a record already closed", async () => {
      await outcomes.record(outcome('c-outcomes-2'), 'cmd-2');
      assert.equal(await outcomes.record(outcome('c-outcomes-2', { callResult: 'busy' }), 'cmd-2-other'), 'already-closed');
      assert.equal((await outcomes.outcomeOf('c-outcomes-2'))?.commandId, 'cmd-2');
    });

    void it('treats a command id reused for another record as the bug it is, and an unknown record as an error', async () => {
      await outcomes.record(outcome('c-outcomes-3'), 'cmd-3');
      await assert.rejects(outcomes.record(outcome('c-outcomes-4'), 'cmd-3'), /already stored the outcome of record c-outcomes-3/);
      assert.equal(await outcomes.outcomeOf('c-outcomes-4'), null);
      await assert.rejects(outcomes.record(outcome('no-such-record'), 'cmd-unknown'), /foreign key/);
    });

    void it('stores exactly one of many outcomes racing for one record; retries racing are duplicates', async () => {
      const nodes = target.otherNode ? [db, await target.otherNode()] : [db];
      const racing: OutcomeResult[] = await Promise.all(
        Array.from({ length: 12 }, (_, i) => new OutcomeStore(nodes[i % nodes.length] ?? db).record(outcome('c-outcomes-5', { note: `agent ${i}` }), `race-${i}`)),
      );
      assert.equal(racing.filter((result) => result === 'stored').length, 1);
      assert.equal(racing.filter((result) => result === 'already-closed').length, 11);
      const winner = racing.indexOf('stored');
      assert.equal((await outcomes.outcomeOf('c-outcomes-5'))?.commandId, `race-${winner}`);

      const retries: OutcomeResult[] = await Promise.all(
        Array.from({ length: 8 }, (_, i) => new OutcomeStore(nodes[i % nodes.length] ?? db).record(outcome('c-outcomes-6'), 'retried')),
      );
      assert.deepEqual([...retries].sort(), ['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'stored']);
    });

    void it("stores the outcome and closes the record in the caller's transaction: both or neither", async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          assert.equal(await new OutcomeStore(tx).record(outcome('c-outcomes-7'), 'cmd-7'), 'stored');
          assert.equal(await new RecordStore(tx).close('c-outcomes-7'), true);
          throw new Error('the answer could not be logged');
        }),
        /could not be logged/,
      );
      assert.equal(await outcomes.outcomeOf('c-outcomes-7'), null);
      assert.equal((await new RecordStore(db).record('c-outcomes-7'))?.state, 'ready');
      await db.transaction(async (tx) => {
        await new OutcomeStore(tx).record(outcome('c-outcomes-7'), 'cmd-7');
        await new RecordStore(tx).close('c-outcomes-7');
      });
      assert.equal((await outcomes.outcomeOf('c-outcomes-7'))?.commandId, 'cmd-7');
      assert.equal((await new RecordStore(db).record('c-outcomes-7'))?.state, 'closed');
    });

    if (target.kind !== 'pglite-memory') {
      void it('keeps outcomes across a restart: a retry after it is still a duplicate', async () => {
        await outcomes.record(outcome('c-outcomes-8'), 'cmd-8');
        assert.ok(target.restart);
        db = await target.restart();
        outcomes = new OutcomeStore(db, () => NOW);
        assert.equal(await outcomes.record(outcome('c-outcomes-8'), 'cmd-8'), 'duplicate');
        assert.deepEqual((await outcomes.outcomeOf('c-outcomes-8'))?.outcome, outcome('c-outcomes-8'));
      });
    }
  });
}
