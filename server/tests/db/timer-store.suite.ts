import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { TimerStore, type Timer } from '../../src/db/timer-store.js';
import { deferred, within } from '../support/async.js';
import type { EngineDatabase } from '../support/engines.js';

const T = 1_700_000_000_000;

/** Registers the tests of timer store on `target`'s database. */
export function timerStoreSuite(target: EngineDatabase): void {
  void describe('the timer store', () => {
    let db: Database;
    let timers: TimerStore;
    // Taken anew for each test: a restart replaces the database's handle.
    beforeEach(() => {
      db = target.db;
      timers = new TimerStore(db);
    });
    // `due` claims every due timer whatever test scheduled it: each test starts with none.
    beforeEach(async () => {
      await db.query('DELETE FROM timers');
    });

    void it('hands out the timers due by now, earliest first, each once; later ones wait', async () => {
      const late = await timers.schedule('reservation-timeout', T + 5_000, { recordId: 'r-2' }, 'agent-1');
      const second = await timers.schedule('callback-due', T + 200, { callbackId: 'cb-1' });
      const first = await timers.schedule('callback-due', T + 100, ['any', 'json'], 'agent-2');
      assert.deepEqual(await timers.due(T + 1_000), [
        { id: first, kind: 'callback-due', dueAt: T + 100, payload: ['any', 'json'], agentId: 'agent-2' },
        { id: second, kind: 'callback-due', dueAt: T + 200, payload: { callbackId: 'cb-1' }, agentId: null },
      ]);
      assert.deepEqual(await timers.due(T + 1_000), [], 'handed out once');
      assert.deepEqual((await timers.due(T + 5_000)).map((timer) => timer.id), [late]);
    });

    void it('hands out at most the limit asked, the rest at the next poll', async () => {
      for (let i = 0; i < 5; i += 1) await timers.schedule('tick', T + i, { i });
      assert.deepEqual((await timers.due(T + 10, 3)).map((timer) => timer.payload), [{ i: 0 }, { i: 1 }, { i: 2 }]);
      assert.deepEqual((await timers.due(T + 10, 3)).map((timer) => timer.payload), [{ i: 3 }, { i: 4 }]);
    });

    void it('never hands out a cancelled timer; cancelling one fired or cancelled says so', async () => {
      const cancelled = await timers.schedule('tick', T, {});
      const fired = await timers.schedule('tick', T, {});
      assert.equal(await timers.cancel(cancelled), true);
      assert.equal(await timers.cancel(cancelled), false);
      assert.deepEqual((await timers.due(T)).map((timer) => timer.id), [fired]);
      assert.equal(await timers.cancel(fired), false);
    });

    void it('puts timers back when the transaction that claimed them rolls back', async () => {
      const id = await timers.schedule('tick', T, { n: 1 });
      await assert.rejects(
        db.transaction(async (tx) => {
          assert.equal((await new TimerStore(tx).due(T)).length, 1);
          throw new Error('acting on the timer failed');
        }),
        /acting on the timer failed/,
      );
      assert.deepEqual((await timers.due(T)).map((timer) => timer.id), [id]);
    });

    void it('hands each timer to exactly one of several pollers polling at once, and every timer to one', async () => {
      const nodes = target.otherNode ? [db, await target.otherNode()] : [db];
      const ids = new Set<number>();
      for (let i = 0; i < 120; i += 1) ids.add(await timers.schedule('tick', T - i, { i }));
      const handedOut: Timer[][] = Array.from({ length: 6 }, () => []);
      await Promise.all(
        handedOut.map(async (mine, poller) => {
          const store = new TimerStore(nodes[poller % nodes.length] ?? db);
          for (;;) {
            const batch = await store.due(T, 7);
            if (batch.length === 0) return;
            mine.push(...batch);
          }
        }),
      );
      const all = handedOut.flat().map((timer) => timer.id);
      assert.equal(all.length, 120, 'as many hand-outs as timers');
      assert.deepEqual(new Set(all), ids, 'each timer handed out once');
      assert.deepEqual(await timers.due(T), []);
    });

    if (target.kind === 'postgres') {
      // Needs two connections: on PGlite's one session the second poll simply waits its turn.
      void it("skips timers another node is claiming without waiting, and gets them once that node's claim rolls back", async () => {
        assert.ok(target.otherNode);
        const other = new TimerStore(await target.otherNode());
        const early = await timers.schedule('tick', T - 2, {});
        const later = await timers.schedule('tick', T - 1, {});
        const claimed = deferred<number[]>();
        const gate = deferred();
        const first = db.transaction(async (tx) => {
          claimed.resolve((await new TimerStore(tx).due(T, 1)).map((timer) => timer.id));
          await gate.promise;
          throw new Error('the node crashed');
        });
        assert.deepEqual(await claimed.promise, [early]);
        const polled = await within(other.due(T), 3000);
        assert.notEqual(polled, 'still waiting');
        assert.deepEqual(polled === 'still waiting' ? null : polled.map((timer) => timer.id), [later]);
        gate.resolve();
        await assert.rejects(first, /crashed/);
        assert.deepEqual((await other.due(T)).map((timer) => timer.id), [early]);
      });
    }

    if (target.kind !== 'pglite-memory') {
      void it('keeps scheduled timers across a restart', async () => {
        const id = await timers.schedule('callback-due', T, { callbackId: 'cb-restart' }, 'agent-1');
        assert.ok(target.restart);
        db = await target.restart();
        timers = new TimerStore(db);
        assert.deepEqual(await timers.due(T), [{ id, kind: 'callback-due', dueAt: T, payload: { callbackId: 'cb-restart' }, agentId: 'agent-1' }]);
      });
    }
  });
}
