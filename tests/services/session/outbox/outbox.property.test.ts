import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { mergeMap, type Observable } from 'rxjs';
import type { SubmitOutcomeCommand } from '../../../../src/services/ports/backend/contract.js';
import { emptyOutcomeDraft, type Outcome } from '../../../../src/services/domain/interaction/outcome.js';
import { connectOutboxToEvents } from '../../../support/outbox-answers.js';
import { Outbox } from '../../../../src/services/session/outbox/outbox.js';
import { IndexedDbOutboxStorage } from '../../../../src/services/session/outbox/outbox-storage.js';
import { defaultRetryPolicy } from '../../../../src/services/session/outbox/retry-policy.js';
import { ManualClock } from '../../../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../../../src/services/backend/simulator/embedded-simulator.js';

/** One thing that happens to the agent's page, the network or the clock. */
type Step =
  | { readonly kind: 'enqueue' }
  | { readonly kind: 'lose-sends'; readonly count: number; readonly throws: boolean }
  | { readonly kind: 'lose-acks'; readonly count: number }
  | { readonly kind: 'duplicate-acks'; readonly count: number }
  | { readonly kind: 'reload'; readonly awaitStart: boolean }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'let-storage-catch-up' };

const count = (max: number) => fc.integer({ min: 1, max });

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'enqueue' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lose-sends' as const), count: count(4), throws: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lose-acks' as const), count: count(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-acks' as const), count: count(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reload' as const), awaitStart: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 40_000 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'let-storage-catch-up' as const }) },
);

function outcome(interactionId: string): Outcome {
  return {
    ...emptyOutcomeDraft,
    callResult: 'answered',
    interactionId,
    recordId: `record-of-${interactionId}`,
    campaignId: 'collections',
    close: 'done',
  };
}

function isAcceptance(event: unknown): boolean {
  return typeof event === 'object' && event !== null && 'type' in event && event.type === 'command-accepted';
}

let databaseCount = 0;

/** Plays one schedule against a real simulator and real IndexedDB, then checks exactly-once. */
async function playSchedule(steps: readonly Step[], latencyMs: number): Promise<void> {
  const clock = new ManualClock();
  const simulator = new EmbeddedSimulator({ campaigns: [], latencyMs }, { clock });
  const databaseName = `outbox-property-${Date.now()}-${(databaseCount += 1)}`;
  const faults = { sendsToLose: 0, lostSendsThrow: false, acksToLose: 0, acksToDuplicate: 0 };

  const lossySend = (command: SubmitOutcomeCommand) => {
    if (faults.sendsToLose > 0) {
      faults.sendsToLose -= 1;
      if (faults.lostSendsThrow) throw new Error('The network is unreachable.');
      return;
    }
    simulator.send(command);
  };
  const lossyAnswers: Observable<unknown> = simulator.events.pipe(
    mergeMap((event) => {
      if (!isAcceptance(event)) return [event];
      if (faults.acksToLose > 0) {
        faults.acksToLose -= 1;
        return [];
      }
      if (faults.acksToDuplicate > 0) {
        faults.acksToDuplicate -= 1;
        return [event, event];
      }
      return [event];
    }),
  );

  function openPage() {
    const storage = new IndexedDbOutboxStorage(databaseName);
    const outbox = new Outbox({ storage, clock, send: lossySend, retry: defaultRetryPolicy });
    const answers = connectOutboxToEvents(outbox, lossyAnswers);
    return { storage, outbox, answers, started: outbox.start() };
  }
  async function closePage(closing: ReturnType<typeof openPage>) {
    closing.outbox.dispose();
    closing.answers.unsubscribe();
    await closing.storage.close();
  }

  let page = openPage();
  const enqueued: string[] = [];
  try {
    for (const step of steps) {
      switch (step.kind) {
        case 'enqueue': {
          const interactionId = `i-${enqueued.length}`;
          enqueued.push(interactionId);
          await page.outbox.enqueue(outcome(interactionId), `cmd-${enqueued.length}`);
          break;
        }
        case 'lose-sends':
          faults.sendsToLose = step.count;
          faults.lostSendsThrow = step.throws;
          break;
        case 'lose-acks':
          faults.acksToLose = step.count;
          break;
        case 'duplicate-acks':
          faults.acksToDuplicate = step.count;
          break;
        case 'reload':
          // Abrupt: no waiting for the old page's queued writes; closing the database drops them.
          await closePage(page);
          page = openPage();
          if (step.awaitStart) await page.started;
          break;
        case 'advance':
          clock.advance(step.ms);
          break;
        case 'let-storage-catch-up':
          await page.outbox.settled();
          break;
      }
    }

    Object.assign(faults, { sendsToLose: 0, acksToLose: 0, acksToDuplicate: 0 });
    await page.started;
    for (let round = 0; round < 10 && page.outbox.state.pending.length > 0; round += 1) {
      clock.advance(defaultRetryPolicy.maxDelayMs + latencyMs);
      await page.outbox.settled();
    }
    // The last acknowledgements' deletes may still be queued.
    await page.outbox.settled();

    const applied = simulator.appliedOutcomes.map((o) => o.interactionId);
    for (const interactionId of enqueued) {
      expect(applied.filter((id) => id === interactionId), `${interactionId} applied`).to.have.length(1);
    }
    expect(applied).to.have.length(enqueued.length);
    expect(page.outbox.state.pending).to.deep.equal([]);
    expect(page.outbox.state.failed).to.deep.equal([]);
    expect(page.outbox.state.persistent).to.equal(true);
    expect(await page.storage.load()).to.deep.equal([]);
  } finally {
    await closePage(page);
    simulator.dispose();
    await deleteDB(databaseName);
  }
}

describe('Outbox under random failures', () => {
  it('DISP-4: whatever is lost, duplicated or reloaded, every outcome is applied exactly once and the outbox empties', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0, 40, 2500),
        playSchedule,
      ),
      { numRuns: 80 },
    );
  });
});
