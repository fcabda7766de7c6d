import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { EventLogStore } from '../../src/db/event-log-store.js';
import { readInteger } from '../../src/db/rows.js';
import { deferred, within } from '../support/async.js';
import type { EngineDatabase } from '../support/engines.js';

async function storedSeqs(db: Database, agentId: string): Promise<number[]> {
  const { rows } = await db.query('SELECT seq FROM event_log WHERE agent_id = $1 ORDER BY seq', [agentId]);
  return rows.map((row) => readInteger(row, 'seq'));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Registers the tests of event log store on `target`'s database. */
export function eventLogStoreSuite(target: EngineDatabase): void {
  void describe('the event log store', () => {
    let db: Database;
    let log: EventLogStore;
    let clock = 1_700_000_000_000;
    // Taken anew for each test: a restart replaces the database's handle.
    beforeEach(() => {
      db = target.db;
      log = new EventLogStore(db, () => clock);
    });

    void it("BE-2 opens an agent's log on first use under a random epoch, which then stays; each agent has its own", async () => {
      const epoch = await log.epochOf('epoch-agent');
      assert.match(epoch, /^[A-Za-z0-9_-]{16}$/);
      assert.equal(await log.epochOf('epoch-agent'), epoch);
      assert.notEqual(await log.epochOf('epoch-other'), epoch);
      assert.deepEqual(await log.head('epoch-agent'), { epoch, lastSeq: 0 });
    });

    void it("BE-2 numbers each agent's events 1, 2, 3 … on their own, keeping corr, event and time", async () => {
      clock += 1;
      assert.equal(await log.append('seq-a', null, { type: 'agent-state-changed', n: 1 }), 1);
      assert.equal(await log.append('seq-b', 'cmd-1', { type: 'command-accepted', commandId: 'cmd-1' }), 1);
      assert.equal(await log.append('seq-a', 'cmd-2', { type: 'command-accepted', commandId: 'cmd-2' }), 2);
      assert.equal(await log.append('seq-a', null, 'a raw event need not be an object'), 3);
      const epoch = await log.epochOf('seq-a');
      assert.deepEqual(await log.since('seq-a', epoch, 0, 100), [
        { seq: 1, corr: null, event: { type: 'agent-state-changed', n: 1 }, at: clock },
        { seq: 2, corr: 'cmd-2', event: { type: 'command-accepted', commandId: 'cmd-2' }, at: clock },
        { seq: 3, corr: null, event: 'a raw event need not be an object', at: clock },
      ]);
      assert.deepEqual(await log.head('seq-a'), { epoch, lastSeq: 3 });
    });

    void it('BE-2 replays exactly the events after the last one the client applied, and nothing when it has them all', async () => {
      for (const n of range(1, 5)) await log.append('replay', null, { n });
      const epoch = await log.epochOf('replay');
      assert.deepEqual((await log.since('replay', epoch, 2, 100))?.map((entry) => entry.event), [{ n: 3 }, { n: 4 }, { n: 5 }]);
      assert.deepEqual(await log.since('replay', epoch, 5, 100), []);
    });

    void it('BE-2 cannot replay (a snapshot instead) for another epoch, an unknown agent, a seq never given, or beyond the window', async () => {
      for (const n of range(1, 10)) await log.append('no-replay', null, { n });
      const epoch = await log.epochOf('no-replay');
      assert.equal(await log.since('no-replay', 'another-epoch', 5, 100), null);
      assert.equal(await log.since('nobody', epoch, 0, 100), null);
      assert.equal(await log.since('no-replay', epoch, 11, 100), null);
      assert.equal(await log.since('no-replay', epoch, 4, 5), null, 'six events back is beyond a window of five');
      assert.equal((await log.since('no-replay', epoch, 5, 5))?.length, 5, 'five back is within it');
      await assert.rejects(log.since('no-replay', epoch, -1, 5), RangeError);
    });

    void it('BE-2 trims to the newest entries; a resume from before them gets a snapshot, and seq goes on counting', async () => {
      for (const n of range(1, 8)) await log.append('trim', null, { n });
      const epoch = await log.epochOf('trim');
      assert.equal(await log.trim('trim', 3), 5);
      assert.deepEqual(await storedSeqs(db, 'trim'), [6, 7, 8]);
      assert.equal(await log.since('trim', epoch, 4, 100), null, 'seq 5 is gone');
      assert.deepEqual((await log.since('trim', epoch, 5, 100))?.map((entry) => entry.seq), [6, 7, 8]);
      assert.equal(await log.trim('trim', 3), 0);
      assert.equal(await log.append('trim', null, { n: 9 }), 9);
      assert.equal(await log.trim('trim', 0), 4);
      assert.deepEqual(await log.since('trim', epoch, 9, 100), [], 'a client that has everything resumes with nothing to replay');
      assert.equal(await log.since('trim', epoch, 8, 100), null);
    });

    void it('BE-2 gives no seq to an append that was rolled back: the next one takes it (no gap)', async () => {
      await log.append('rollback', null, { n: 1 });
      await assert.rejects(
        db.transaction(async (tx) => {
          assert.equal(await new EventLogStore(tx).append('rollback', null, { n: 'lost' }), 2);
          throw new Error('the command failed');
        }),
        /the command failed/,
      );
      assert.equal(await log.append('rollback', null, { n: 2 }), 2);
      assert.deepEqual(await storedSeqs(db, 'rollback'), [1, 2]);
    });

    void it("BE-2 makes an append wait for another's uncommitted append of the same agent, then take the seq after it", async () => {
      const other = target.otherNode ? await target.otherNode() : db;
      await log.append('waits', null, { n: 1 });
      const appended = deferred<number>();
      const gate = deferred();
      const first = db.transaction(async (tx) => {
        appended.resolve(await new EventLogStore(tx).append('waits', null, { by: 'first' }));
        await gate.promise;
      });
      assert.equal(await appended.promise, 2);
      const second = new EventLogStore(other).append('waits', null, { by: 'second' });
      assert.equal(await within(second, 150), 'still waiting', 'the second append waits for the first transaction');
      gate.resolve();
      await first;
      assert.equal(await second, 3);
      assert.deepEqual(await storedSeqs(db, 'waits'), [1, 2, 3]);
    });

    void it('BE-2 gives concurrent appends of one agent seq 1..n, each once, none missing, each with its own event', async () => {
      const nodes = target.otherNode ? [db, await target.otherNode()] : [db];
      const count = 60;
      const seqs = await Promise.all(range(1, count).map((n) => new EventLogStore(nodes[n % nodes.length] ?? db).append('burst', `cmd-${n}`, { n })));
      assert.deepEqual([...seqs].sort((a, b) => a - b), range(1, count));
      assert.deepEqual(await storedSeqs(db, 'burst'), range(1, count));
      const entries = await log.since('burst', await log.epochOf('burst'), 0, count);
      assert.ok(entries);
      for (const entry of entries) {
        const n = (entry.event as { n: number }).n;
        assert.equal(entry.corr, `cmd-${n}`);
        assert.equal(seqs[n - 1], entry.seq, `the event appended as ${n} is at the seq its append returned`);
      }
    });

    void it('BE-2 opens one log, under one epoch, for an agent whose first events arrive at once', async () => {
      const nodes = target.otherNode ? [db, await target.otherNode()] : [db];
      const results = await Promise.all(range(1, 10).map((n) => (n % 2 ? new EventLogStore(nodes[n % nodes.length] ?? db).epochOf('first-use') : new EventLogStore(nodes[n % nodes.length] ?? db).append('first-use', null, { n }).then(() => null))));
      const epochs = new Set(results.filter((epoch) => epoch !== null));
      assert.equal(epochs.size, 1);
      assert.deepEqual(await storedSeqs(db, 'first-use'), range(1, 5));
    });

    void it('refuses an event JSON cannot carry', async () => {
      await assert.rejects(log.append('not-json', null, undefined), /not JSON/);
      assert.deepEqual(await storedSeqs(db, 'not-json'), []);
    });

    if (target.kind !== 'pglite-memory') {
      void it('BE-2 keeps the log, its epoch and its seq across a restart', async () => {
        for (const n of range(1, 3)) await log.append('restart', null, { n });
        const epoch = await log.epochOf('restart');
        assert.ok(target.restart);
        db = await target.restart();
        log = new EventLogStore(db, () => clock);
        assert.deepEqual(await log.head('restart'), { epoch, lastSeq: 3 });
        assert.deepEqual((await log.since('restart', epoch, 1, 100))?.map((entry) => entry.event), [{ n: 2 }, { n: 3 }]);
        assert.equal(await log.append('restart', null, { n: 4 }), 4);
      });
    }
  });
}
