import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { RecordStore, type StoredRecord } from '../../src/db/record-store.js';
import { readText } from '../../src/db/rows.js';
import { deferred, within } from '../support/async.js';
import type { EngineDatabase } from '../support/engines.js';
import { campaign, list, record } from '../support/records.js';

const NOW = 1_700_000_000_000;

/** Registers the tests of record store on `target`'s database. */
export function recordStoreSuite(target: EngineDatabase): void {
  void describe('the record store', () => {
    let db: Database;
    let records: RecordStore;
    // Taken anew for each test: a restart replaces the database's handle.
    beforeEach(() => {
      db = target.db;
      records = new RecordStore(db, () => NOW);
    });

    void it('loads a campaign and reads it back; loading it again with changes updates it', async () => {
      await records.loadCampaign(campaign('c-load'));
      assert.deepEqual(await records.campaign('c-load'), campaign('c-load'));
      await records.loadCampaign(campaign('c-load', { status: 'stopped', definition: { policy: { maxAttempts: 5 } } }));
      assert.deepEqual(await records.campaign('c-load'), campaign('c-load', { status: 'stopped', definition: { policy: { maxAttempts: 5 } } }));
      assert.equal(await records.campaign('no-such-campaign'), null);
    });

    void it('loads records with their numbers, in order, and gives them back as loaded', async () => {
      await records.loadCampaign(campaign('c-rec'));
      const loaded = record('r-1', 'c-rec');
      await records.loadRecords([loaded]);
      assert.deepEqual(await records.record('r-1'), { record: loaded, state: 'ready', claimedBy: null, claimedAt: null, version: 1 });
    });

    void it('changes nothing when the same list is loaded again, and bumps the version of a record whose data or numbers changed', async () => {
      await records.loadCampaign(campaign('c-reload'));
      await records.loadRecords([record('r-same', 'c-reload'), record('r-data', 'c-reload'), record('r-numbers', 'c-reload')]);
      const changedNumbers = [
        { id: 'work', e164: '+15555550199', type: 'work' as const, blocked: 'invalid' as const },
        { id: 'home', e164: '+15555550100', type: 'home' as const },
      ];
      await records.loadRecords([
        record('r-same', 'c-reload'),
        record('r-data', 'c-reload', { contactName: 'Renamed' }),
        record('r-numbers', 'c-reload', { numbers: changedNumbers }),
      ]);
      assert.equal((await records.record('r-same'))?.version, 1);
      assert.deepEqual(await records.record('r-data'), { record: record('r-data', 'c-reload', { contactName: 'Renamed' }), state: 'ready', claimedBy: null, claimedAt: null, version: 2 });
      const renumbered = await records.record('r-numbers');
      assert.equal(renumbered?.version, 2);
      assert.deepEqual(renumbered?.record.numbers, changedNumbers, 'mobile removed, work added first, home lost its window');
    });

    void it('refuses a record of an unknown campaign, a number that is not E.164, and a number id given twice', async () => {
      await assert.rejects(records.loadRecords([record('orphan', 'no-such-campaign')]), /foreign key/);
      await records.loadCampaign(campaign('c-bad'));
      await assert.rejects(records.loadRecords([record('bad-number', 'c-bad', { numbers: [{ id: 'n', e164: '555-0100', type: 'home' }] })]), /not E.164/);
      const twice = [
        { id: 'n', e164: '+15555550100', type: 'home' as const },
        { id: 'n', e164: '+15555550101', type: 'work' as const },
      ];
      await assert.rejects(records.loadRecords([record('twice', 'c-bad', { numbers: twice })]), /twice/);
      assert.equal(await records.record('bad-number'), null);
    });

    void it("claims a campaign's ready records in list order for the agent, then says none is left", async () => {
      await records.loadCampaign(campaign('c-claim'));
      await records.loadCampaign(campaign('c-elsewhere'));
      await records.loadRecords([...list('c-claim', 3), ...list('c-elsewhere', 1)]);
      const first = await records.claimNext('c-claim', 'agent-1', NOW + 1);
      assert.deepEqual({ ...first, record: first?.record.id }, { record: 'c-claim-1', state: 'claimed', claimedBy: 'agent-1', claimedAt: NOW + 1, version: 2 });
      assert.equal((await records.claimNext('c-claim', 'agent-2', NOW))?.record.id, 'c-claim-2');
      assert.equal((await records.claimNext('c-claim', 'agent-1', NOW))?.record.id, 'c-claim-3');
      assert.equal(await records.claimNext('c-claim', 'agent-1', NOW), null);
      assert.equal((await records.record('c-elsewhere-1'))?.state, 'ready', "another campaign's record was not touched");
    });

    void it('puts a released record back in its place, and never gives a closed record again', async () => {
      await records.loadCampaign(campaign('c-release'));
      await records.loadRecords(list('c-release', 3));
      await records.claimNext('c-release', 'agent-1', NOW);
      await records.claimNext('c-release', 'agent-1', NOW);
      assert.equal(await records.release('c-release-1'), true);
      assert.equal(await records.release('c-release-1'), false, 'it is not claimed any more');
      assert.deepEqual(await records.record('c-release-1').then((found) => found && { state: found.state, claimedBy: found.claimedBy }), { state: 'ready', claimedBy: null });
      assert.equal((await records.claimNext('c-release', 'agent-2', NOW))?.record.id, 'c-release-1', 'first in the list again');
      assert.equal(await records.close('c-release-2'), true);
      assert.equal(await records.close('c-release-2'), false);
      assert.equal(await records.release('c-release-2'), false);
      assert.equal((await records.claimNext('c-release', 'agent-2', NOW))?.record.id, 'c-release-3');
      assert.equal(await records.claimNext('c-release', 'agent-2', NOW), null);
      assert.equal((await records.record('c-release-2'))?.claimedBy, 'agent-1', 'who had the closed record stays known');
    });

    void it("keeps a record's claim or closing when its list is loaded again", async () => {
      await records.loadCampaign(campaign('c-keep'));
      await records.loadRecords(list('c-keep', 2));
      await records.claimNext('c-keep', 'agent-1', NOW);
      await records.close('c-keep-2');
      await records.loadRecords(list('c-keep', 2).map((item) => ({ ...item, contactName: 'Reloaded' })));
      const [claimed, closed] = await Promise.all([records.record('c-keep-1'), records.record('c-keep-2')]);
      assert.deepEqual([claimed?.state, claimed?.claimedBy, claimed?.record.contactName], ['claimed', 'agent-1', 'Reloaded']);
      assert.equal(closed?.state, 'closed');
    });

    void it('keeps the Do-Not-Call list, and shows a listed number of a record as blocked dnc (another block stays)', async () => {
      assert.equal(await records.addToDnc('+15555550101', 'agent-1'), true);
      assert.equal(await records.addToDnc('+15555550101', 'registry'), false);
      assert.equal(await records.isOnDnc('+15555550101'), true);
      assert.equal(await records.isOnDnc('+15555550100'), false);
      await assert.rejects(records.addToDnc('0101', 'agent-1'), RangeError);
      await records.loadCampaign(campaign('c-dnc'));
      await records.loadRecords([
        record('r-dnc', 'c-dnc', {
          numbers: [
            { id: 'home', e164: '+15555550100', type: 'home' },
            { id: 'mobile', e164: '+15555550101', type: 'mobile' },
            { id: 'work', e164: '+15555550101', type: 'work', blocked: 'attempt-limit' },
          ],
        }),
      ]);
      const claimed = await records.claimNext('c-dnc', 'agent-1', NOW);
      assert.deepEqual(
        claimed?.record.numbers.map((number) => [number.id, number.blocked]),
        [
          ['home', undefined],
          ['mobile', 'dnc'],
          ['work', 'attempt-limit'],
        ],
      );
    });

    void it('never gives one record to two agents claiming at once, nor tells one that none is left while one is', async () => {
      const nodes = target.otherNode ? [db, await target.otherNode(), await target.otherNode()] : [db];
      await records.loadCampaign(campaign('c-race'));
      await records.loadRecords(list('c-race', 80));
      const claimedBy = new Map<string, string[]>();
      let noneLeft = 0;
      // 20 agents claim 4 records each, all at once, spread over the nodes' pools: exactly enough,
      // so each claim must get a record (a claim that waited on a locked row and then gave up
      // would say none is left) and no record may be given twice.
      await Promise.all(
        Array.from({ length: 20 }, async (_, agent) => {
          const store = new RecordStore(nodes[agent % nodes.length] ?? db);
          for (let n = 0; n < 4; n += 1) {
            const claimed: StoredRecord | null = await store.claimNext('c-race', `agent-${agent}`, NOW);
            if (claimed === null) noneLeft += 1;
            else claimedBy.set(claimed.record.id, [...(claimedBy.get(claimed.record.id) ?? []), `agent-${agent}`]);
          }
        }),
      );
      const twice = [...claimedBy].filter(([, agents]) => agents.length > 1);
      assert.deepEqual(twice, [], 'no record was given twice');
      assert.equal(noneLeft, 0, 'no claim came back empty while records were ready');
      assert.equal(claimedBy.size, 80, 'every record was given');
      assert.equal(await records.claimNext('c-race', 'agent-late', NOW), null);
      const { rows } = await db.query("SELECT id, claimed_by FROM records WHERE campaign_id = $1 AND state = 'claimed'", ['c-race']);
      assert.equal(rows.length, 80);
      for (const row of rows) assert.deepEqual(claimedBy.get(readText(row, 'id')), [readText(row, 'claimed_by')]);
    });

    if (target.kind === 'postgres') {
      // Needs two connections: on PGlite's one session the second claim simply waits its turn.
      void it('skips a record another node is claiming without waiting for it, and gets it back once that claim rolls back', async () => {
        assert.ok(target.otherNode);
        const other = new RecordStore(await target.otherNode());
        await records.loadCampaign(campaign('c-skip'));
        await records.loadRecords(list('c-skip', 2));
        const claimed = deferred<string | undefined>();
        const gate = deferred();
        const first = db.transaction(async (tx) => {
          claimed.resolve((await new RecordStore(tx).claimNext('c-skip', 'agent-1', NOW))?.record.id);
          await gate.promise;
          throw new Error('the agent went away before the claim was committed');
        });
        assert.equal(await claimed.promise, 'c-skip-1');
        const second = await within(other.claimNext('c-skip', 'agent-2', NOW), 3000);
        assert.notEqual(second, 'still waiting');
        assert.equal(second === 'still waiting' ? null : second?.record.id, 'c-skip-2', 'the record being claimed was skipped');
        assert.equal(await within(other.claimNext('c-skip', 'agent-3', NOW), 3000), null, 'none left but the one being claimed: none, at once');
        gate.resolve();
        await assert.rejects(first, /went away/);
        assert.equal((await other.claimNext('c-skip', 'agent-3', NOW))?.record.id, 'c-skip-1');
      });
    }

    if (target.kind !== 'pglite-memory') {
      void it('keeps campaigns, records, claims and the Do-Not-Call list across a restart', async () => {
        await records.loadCampaign(campaign('c-restart'));
        await records.loadRecords(list('c-restart', 2));
        await records.claimNext('c-restart', 'agent-1', NOW);
        await records.addToDnc('+15555550177', 'agent-1');
        assert.ok(target.restart);
        db = await target.restart();
        records = new RecordStore(db, () => NOW);
        assert.equal((await records.campaign('c-restart'))?.name, 'Campaign c-restart');
        assert.equal((await records.record('c-restart-1'))?.claimedBy, 'agent-1');
        assert.equal((await records.claimNext('c-restart', 'agent-2', NOW))?.record.id, 'c-restart-2');
        assert.equal(await records.isOnDnc('+15555550177'), true);
      });
    }
  });
}
