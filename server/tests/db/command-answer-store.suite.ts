import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { CommandAnswerStore, type BeginResult } from '../../src/db/command-answer-store.js';
import type { Database } from '../../src/db/database.js';
import { deferred, within } from '../support/async.js';
import type { EngineDatabase } from '../support/engines.js';

const DAY = 24 * 60 * 60 * 1000;
const getRecord = (commandId: string, campaignId = 'spring') => ({ type: 'get-record', commandId, campaignId });
const accepted = (commandId: string) => ({ type: 'command-accepted', commandId });

/** Registers the tests of command answer store on `target`'s database. */
export function commandAnswerStoreSuite(target: EngineDatabase): void {
  void describe('the command answer store', () => {
    let db: Database;
    let clock = 1_700_000_000_000;
    let commands: CommandAnswerStore;
    const nodes = async () => (target.otherNode ? [db, await target.otherNode()] : [db]);
    // Taken anew for each test: a restart replaces the database's handle.
    beforeEach(() => {
      db = target.db;
      commands = new CommandAnswerStore(db, () => clock);
    });

    void it('BE-5 knows a new id as new, its retry before an answer as in flight, and after it as answered, with that answer', async () => {
      assert.deepEqual(await commands.begin('agent-1', 'c-1', getRecord('c-1')), { status: 'new' });
      assert.deepEqual(await commands.begin('agent-1', 'c-1', getRecord('c-1')), { status: 'in-flight' });
      assert.equal(await commands.answer('agent-1', 'c-1', accepted('c-1')), true);
      assert.deepEqual(await commands.begin('agent-1', 'c-1', getRecord('c-1')), { status: 'answered', answer: accepted('c-1') });
    });

    void it('BE-5 says mismatch for an id that comes with another body, in flight or answered; key order is no difference', async () => {
      await commands.begin('agent-1', 'c-2', getRecord('c-2'));
      assert.deepEqual(await commands.begin('agent-1', 'c-2', getRecord('c-2', 'autumn')), { status: 'mismatch' });
      assert.deepEqual(await commands.begin('agent-1', 'c-2', { campaignId: 'spring', commandId: 'c-2', type: 'get-record' }), { status: 'in-flight' });
      await commands.answer('agent-1', 'c-2', accepted('c-2'));
      assert.deepEqual(await commands.begin('agent-1', 'c-2', getRecord('c-2', 'autumn')), { status: 'mismatch' });
    });

    void it("BE-5 keeps each agent's ids apart: another agent's same id is new", async () => {
      await commands.begin('agent-1', 'shared-id', getRecord('shared-id'));
      assert.deepEqual(await commands.begin('agent-2', 'shared-id', getRecord('shared-id', 'autumn')), { status: 'new' });
    });

    void it('BE-5 keeps the first answer: a second one is refused, and answering an id never begun is an error', async () => {
      await commands.begin('agent-1', 'c-3', getRecord('c-3'));
      assert.equal(await commands.answer('agent-1', 'c-3', accepted('c-3')), true);
      assert.equal(await commands.answer('agent-1', 'c-3', { type: 'command-rejected', commandId: 'c-3' }), false);
      assert.deepEqual(await commands.begin('agent-1', 'c-3', getRecord('c-3')), { status: 'answered', answer: accepted('c-3') });
      await assert.rejects(commands.answer('agent-1', 'never-begun', accepted('never-begun')), /never begun/);
    });

    void it('keeps an answer that is JSON null as an answer, not as none', async () => {
      await commands.begin('agent-1', 'null-answer', getRecord('null-answer'));
      await commands.answer('agent-1', 'null-answer', null);
      assert.deepEqual(await commands.begin('agent-1', 'null-answer', getRecord('null-answer')), { status: 'answered', answer: null });
    });

    void it('BE-5 purges answers older than the cut-off and keeps newer ones and every command still in flight', async () => {
      // Earlier tests' answers are older still: gone first, so that the count below is this test's.
      clock += 10 * DAY;
      const start = clock;
      await commands.purgeAnsweredBefore(start);
      await commands.begin('purge', 'old', getRecord('old'));
      await commands.answer('purge', 'old', accepted('old'));
      await commands.begin('purge', 'old-in-flight', getRecord('old-in-flight'));
      clock = start + DAY;
      await commands.begin('purge', 'recent', getRecord('recent'));
      await commands.answer('purge', 'recent', accepted('recent'));
      clock = start + DAY + 1;
      assert.equal(await commands.purgeAnsweredBefore(clock - DAY), 1);
      assert.deepEqual(await commands.begin('purge', 'recent', getRecord('recent')), { status: 'answered', answer: accepted('recent') });
      assert.deepEqual(await commands.begin('purge', 'old-in-flight', getRecord('old-in-flight')), { status: 'in-flight' });
      assert.deepEqual(await commands.begin('purge', 'old', getRecord('old')), { status: 'new' }, 'a purged id is unknown again');
    });

    void it('BE-5 gives exactly one "new" when one id is begun many times at once; with two bodies, the loser is a mismatch', async () => {
      const all = await nodes();
      for (const round of [1, 2, 3, 4, 5]) {
        const id = `race-${round}`;
        const results: BeginResult[] = await Promise.all(
          Array.from({ length: 16 }, (_, i) => new CommandAnswerStore(all[i % all.length] ?? db).begin('racer', id, getRecord(id, i % 4 === 3 ? 'autumn' : 'spring'))),
        );
        const winners = results.flatMap((result, i) => (result.status === 'new' ? [i] : []));
        assert.equal(winners.length, 1, `round ${round}: ${JSON.stringify(results)}`);
        const winnerBody = (winners[0] ?? 0) % 4 === 3 ? 'autumn' : 'spring';
        results.forEach((result, i) => {
          if (i === winners[0]) return;
          assert.equal(result.status, (i % 4 === 3 ? 'autumn' : 'spring') === winnerBody ? 'in-flight' : 'mismatch');
        });
      }
    });

    void it("BE-5 makes a begin wait for another's uncommitted begin of the id: in flight once that commits, new if it rolls back", async () => {
      const [, other = db] = await nodes();
      for (const ending of ['commit', 'rollback'] as const) {
        const id = `held-${ending}`;
        const begun = deferred<BeginResult>();
        const gate = deferred();
        const first = db.transaction(async (tx) => {
          begun.resolve(await new CommandAnswerStore(tx).begin('holder', id, getRecord(id)));
          await gate.promise;
          if (ending === 'rollback') throw new Error('applying the command failed');
        });
        assert.deepEqual(await begun.promise, { status: 'new' });
        const second = new CommandAnswerStore(other).begin('holder', id, getRecord(id));
        assert.equal(await within(second, 150), 'still waiting');
        gate.resolve();
        await first.catch(() => undefined);
        assert.deepEqual(await second, ending === 'commit' ? { status: 'in-flight' } : { status: 'new' });
      }
    });

    if (target.kind !== 'pglite-memory') {
      void it('BE-5 keeps answers across a restart: a retry after it is answered again, not applied again', async () => {
        await commands.begin('restart', 'before-restart', getRecord('before-restart'));
        await commands.answer('restart', 'before-restart', accepted('before-restart'));
        assert.ok(target.restart);
        db = await target.restart();
        commands = new CommandAnswerStore(db, () => clock);
        assert.deepEqual(await commands.begin('restart', 'before-restart', getRecord('before-restart')), { status: 'answered', answer: accepted('before-restart') });
      });
    }
  });
}
