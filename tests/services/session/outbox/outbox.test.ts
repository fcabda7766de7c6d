import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import type { Subscription } from 'rxjs';
import type { SubmitOutcomeCommand } from '../../../../src/services/ports/backend/contract.js';
import { emptyOutcomeDraft, type Outcome } from '../../../../src/services/domain/interaction/outcome.js';
import { connectOutboxToEvents } from '../../../support/outbox-answers.js';
import { Outbox, type OutboxState } from '../../../../src/services/session/outbox/outbox.js';
import { IndexedDbOutboxStorage } from '../../../../src/services/session/outbox/outbox-storage.js';
import { retryDelayMs, type RetryPolicy } from '../../../../src/services/session/outbox/retry-policy.js';
import { ManualClock } from '../../../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../../../src/services/backend/simulator/embedded-simulator.js';
import type { ScheduledStep } from '../../../../src/services/backend/simulator/scenario.js';

const noJitter: RetryPolicy = { initialDelayMs: 1000, maxDelayMs: 30_000, jitterRatio: 0 };

function outcome(interactionId: string): Outcome {
  return {
    ...emptyOutcomeDraft,
    callResult: 'answered',
    note: `Outcome of ${interactionId}`,
    interactionId,
    recordId: `record-of-${interactionId}`,
    campaignId: 'collections',
    close: 'done',
  };
}

/** How the way to the server behaves: delivers, throws (offline) or loses commands silently. */
type Link = 'up' | 'throws' | 'loses';

let databaseCount = 0;
const teardowns: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const teardown of teardowns.splice(0).reverse()) await teardown();
});

/** One agent's page against one server: the outbox can be reloaded on the same database. */
function setUp(scenario: { schedule?: readonly ScheduledStep[]; latencyMs?: number } = {}) {
  const clock = new ManualClock();
  const simulator = new EmbeddedSimulator({ campaigns: [], ...scenario }, { clock });
  const databaseName = `outbox-test-${Date.now()}-${(databaseCount += 1)}`;
  const link = { state: 'up' as Link, sent: [] as SubmitOutcomeCommand[] };
  const send = (command: SubmitOutcomeCommand) => {
    link.sent.push(command);
    if (link.state === 'throws') throw new Error('The network is unreachable.');
    if (link.state === 'up') simulator.send(command);
  };
  teardowns.push(async () => {
    simulator.dispose();
    await deleteDB(databaseName);
  });

  function openPage() {
    const storage = new IndexedDbOutboxStorage(databaseName);
    const outbox = new Outbox({ storage, clock, send, retry: noJitter });
    const answers: Subscription = connectOutboxToEvents(outbox, simulator.events);
    /** What a page reload does: timers and subscriptions die, writes not yet started are lost. */
    const close = async () => {
      outbox.dispose();
      answers.unsubscribe();
      await storage.close();
    };
    teardowns.push(close);
    return { outbox, storage, close };
  }

  /** What IndexedDB holds, read through a connection of its own. */
  async function stored() {
    const reader = new IndexedDbOutboxStorage(databaseName);
    const entries = await reader.load();
    await reader.close();
    return entries;
  }

  return { clock, simulator, databaseName, link, openPage, stored };
}

function applied(simulator: EmbeddedSimulator, interactionId: string): number {
  return simulator.appliedOutcomes.filter((o) => o.interactionId === interactionId).length;
}

describe('Outbox', () => {
  it('DISP-4: an outcome is stored before it is sent, and forgotten once the server acknowledges it', async () => {
    const { clock, simulator, openPage, stored } = setUp();
    const { outbox } = openPage();
    await outbox.start();

    const commandId = await outbox.enqueue(outcome('i-1'), 'cmd-1');
    expect(commandId).to.equal('cmd-1');
    expect(simulator.receivedCommands).to.deep.equal([
      { type: 'submit-outcome', commandId: 'cmd-1', outcome: outcome('i-1') },
    ]);
    expect((await stored()).map((entry) => entry.command.commandId)).to.deep.equal(['cmd-1']);

    clock.advance(0);
    await outbox.settled();
    expect(outbox.state.pending).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: the agent sees an outcome as pending, with its attempts and next deadline, until it is delivered', async () => {
    const { clock, link, openPage } = setUp();
    const { outbox } = openPage();
    const states: OutboxState[] = [];
    outbox.state$.subscribe((state) => states.push(state));
    link.state = 'throws';
    const start = clock.now();

    await outbox.enqueue(outcome('i-1'), 'cmd-1');

    expect(outbox.state).to.deep.equal({
      pending: [{ commandId: 'cmd-1', interactionId: 'i-1', enqueuedAt: start, attempts: 1, nextAttemptAt: start + 1000 }],
      failed: [],
      persistent: true,
    });
    // Visible from the moment it is handed over, before it is even stored.
    expect(states.map((s) => s.pending.map((p) => p.attempts))).to.deep.equal([[], [0], [1]]);
    link.state = 'up';
    clock.advance(1000);
    await outbox.settled();
    expect(states.at(-1)?.pending).to.deep.equal([]);
  });

  it('DISP-4: while the server cannot be reached the outcome stays pending and is sent again at each deadline, backing off', async () => {
    const { clock, simulator, link, openPage, stored } = setUp();
    const { outbox } = openPage();
    const start = clock.now();
    link.state = 'throws';

    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    await outbox.settled();
    expect((await stored())[0]).to.include({ attempts: 1, nextAttemptAt: start + 1000 });

    clock.advance(999);
    expect(link.sent).to.have.length(1);
    clock.advance(1);
    expect(link.sent).to.have.length(2);
    expect(outbox.state.pending[0]).to.include({ attempts: 2, nextAttemptAt: start + 3000 });

    // Now the network takes commands but loses them: no answer comes, so the deadline still holds.
    link.state = 'loses';
    clock.advance(2000);
    expect(link.sent).to.have.length(3);
    expect(outbox.state.pending[0]).to.include({ attempts: 3, nextAttemptAt: start + 7000 });

    link.state = 'up';
    clock.advance(3999);
    expect(simulator.receivedCommands).to.have.length(0);
    clock.advance(1);
    await outbox.settled();
    expect(link.sent.map((c) => c.commandId)).to.deep.equal(['cmd-1', 'cmd-1', 'cmd-1', 'cmd-1']);
    expect(outbox.state.pending).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: retries back off exponentially up to a cap, with a little jitter that never exceeds it', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50, 2000].map((attempt) => retryDelayMs(noJitter, attempt, 'cmd'));
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000]);

    const jittered = { ...noJitter, jitterRatio: 0.1 };
    for (const commandId of ['a', 'b', 'c', 'cmd-42']) {
      for (const attempt of [1, 3, 9]) {
        const delay = retryDelayMs(jittered, attempt, commandId);
        const plain = retryDelayMs(noJitter, attempt, commandId);
        expect(delay).to.be.within(plain * 0.9, plain);
        expect(retryDelayMs(jittered, attempt, commandId)).to.equal(delay);
      }
    }
  });

  it("DISP-4: an outcome the server refuses for good is shown as failed with the server's reason, and not sent again", async () => {
    const refusal = {
      type: 'command-rejected',
      commandId: 'cmd-1',
      code: 'interaction-closed',
      message: 'The interaction was already closed by a supervisor.',
      retryable: false,
    };
    const { clock, link, openPage, stored } = setUp({ schedule: [{ atMs: 10, rawEvent: refusal }] });
    const { outbox } = openPage();
    // The command travels into the void; the server's refusal is what comes back.
    link.state = 'loses';

    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    clock.advance(10);
    await outbox.settled();

    expect(outbox.state.pending).to.deep.equal([]);
    expect(outbox.state.failed).to.deep.equal([
      {
        commandId: 'cmd-1',
        interactionId: 'i-1',
        outcome: outcome('i-1'),
        code: 'interaction-closed',
        message: 'The interaction was already closed by a supervisor.',
        failedAt: clock.now(),
      },
    ]);
    expect(await stored()).to.deep.equal([]);
    clock.advance(60_000);
    expect(link.sent).to.have.length(1);

    outbox.dismissFailure('cmd-1');
    expect(outbox.state.failed).to.deep.equal([]);
  });

  it('DISP-4: an outcome refused for now stays pending and is sent again at its deadline', async () => {
    const busy = {
      type: 'command-rejected',
      commandId: 'cmd-1',
      code: 'server-busy',
      message: 'Try again shortly.',
      retryable: true,
    };
    const { clock, simulator, link, openPage } = setUp({ schedule: [{ atMs: 10, rawEvent: busy }] });
    const { outbox } = openPage();
    link.state = 'loses';

    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    clock.advance(10);
    expect(outbox.state.pending.map((p) => p.commandId)).to.deep.equal(['cmd-1']);
    expect(outbox.state.failed).to.deep.equal([]);

    link.state = 'up';
    clock.advance(990);
    await outbox.settled();
    expect(outbox.state.pending).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: an outcome survives a reload and is delivered once', async () => {
    const { clock, simulator, link, openPage, stored } = setUp();
    const firstPage = openPage();
    link.state = 'throws';
    await firstPage.outbox.enqueue(outcome('i-1'), 'cmd-1');
    await firstPage.close();

    link.state = 'up';
    const secondPage = openPage();
    await secondPage.outbox.start();
    expect(secondPage.outbox.state.pending).to.have.length(1);
    expect(secondPage.outbox.state.pending[0]).to.include({ commandId: 'cmd-1', interactionId: 'i-1', attempts: 2 });

    clock.advance(0);
    await secondPage.outbox.settled();
    expect(secondPage.outbox.state.pending).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
    // The first page's retry timer died with it.
    clock.advance(60_000);
    expect(simulator.receivedCommands).to.have.length(1);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: an outcome applied by the server whose acknowledgement was lost in a reload is sent again but applied once', async () => {
    const { clock, simulator, openPage, stored } = setUp({ latencyMs: 200 });
    const firstPage = openPage();
    await firstPage.outbox.enqueue(outcome('i-1'), 'cmd-1');
    expect(applied(simulator, 'i-1')).to.equal(1);
    await firstPage.close();

    const secondPage = openPage();
    await secondPage.outbox.start();
    clock.advance(200);
    await secondPage.outbox.settled();

    expect(simulator.receivedCommands.map((c) => c.commandId)).to.deep.equal(['cmd-1', 'cmd-1']);
    expect(applied(simulator, 'i-1')).to.equal(1);
    expect(secondPage.outbox.state.pending).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
  });

  it('DISP-4: repeated and unknown acknowledgements do no harm', async () => {
    const { clock, link, openPage, stored } = setUp();
    const { outbox } = openPage();
    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    link.state = 'loses';
    await outbox.enqueue(outcome('i-2'), 'cmd-2');
    clock.advance(0);
    await outbox.settled();
    const before = outbox.state;

    outbox.acknowledge('cmd-1');
    outbox.acknowledge('cmd-1');
    outbox.acknowledge('login-7');
    outbox.reject('cmd-1', false, { code: 'late', message: 'A refusal after the acknowledgement.' });
    await outbox.settled();

    expect(outbox.state).to.deep.equal(before);
    expect(outbox.state.pending.map((p) => p.commandId)).to.deep.equal(['cmd-2']);
    expect((await stored()).map((entry) => entry.command.commandId)).to.deep.equal(['cmd-2']);
  });

  it('DISP-4: an acknowledgement that arrives before the send was recorded in storage still empties storage', async () => {
    const { clock, simulator, databaseName, stored } = setUp();
    // A transport that hears the answer during the send itself, before the outbox's write finished.
    const storage = new IndexedDbOutboxStorage(databaseName);
    const outbox = new Outbox({
      storage,
      clock,
      retry: noJitter,
      send: (command) => {
        simulator.send(command);
        clock.advance(0);
      },
    });
    const answers = connectOutboxToEvents(outbox, simulator.events);
    teardowns.push(async () => {
      answers.unsubscribe();
      outbox.dispose();
      await storage.close();
    });

    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    expect(outbox.state.pending).to.deep.equal([]);
    await outbox.settled();
    expect(await stored()).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: outcomes enqueued while stored ones are loading are neither lost nor sent twice', async () => {
    const { clock, simulator, link, openPage, stored } = setUp();
    const firstPage = openPage();
    link.state = 'throws';
    await firstPage.outbox.enqueue(outcome('i-1'), 'cmd-1');
    await firstPage.outbox.enqueue(outcome('i-2'), 'cmd-2');
    await firstPage.close();

    link.state = 'up';
    const { outbox } = openPage();
    const starting = outbox.start();
    // One new outcome, and one the host re-submits under the id it already has in storage.
    await Promise.all([outbox.enqueue(outcome('i-3'), 'cmd-3'), outbox.enqueue(outcome('i-1'), 'cmd-1'), starting]);
    clock.advance(0);
    await outbox.settled();

    for (const interactionId of ['i-1', 'i-2', 'i-3']) expect(applied(simulator, interactionId)).to.equal(1);
    expect(simulator.appliedOutcomes).to.have.length(3);
    expect(outbox.state.pending).to.deep.equal([]);
    expect(await stored()).to.deep.equal([]);
  });

  it('DISP-4: an outcome refused while stored ones are loading is not brought back by the load', async () => {
    const { link, openPage, stored } = setUp();
    const firstPage = openPage();
    link.state = 'loses';
    await firstPage.outbox.enqueue(outcome('i-1'), 'cmd-1');
    await firstPage.close();

    const { outbox } = openPage();
    const starting = outbox.start();
    const enqueuing = outbox.enqueue(outcome('i-1'), 'cmd-1');
    outbox.reject('cmd-1', false, { code: 'interaction-closed', message: 'Closed by a supervisor.' });
    await Promise.all([starting, enqueuing]);
    await outbox.settled();

    expect(outbox.state.pending).to.deep.equal([]);
    expect(outbox.state.failed.map((f) => f.commandId)).to.deep.equal(['cmd-1']);
    expect(await stored()).to.deep.equal([]);
    expect(link.sent).to.have.length(1);
  });

  it('DISP-4: retryNow sends every pending outcome without waiting for its deadline', async () => {
    const { clock, simulator, link, openPage } = setUp();
    const { outbox } = openPage();
    link.state = 'throws';
    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    link.state = 'up';

    outbox.retryNow();
    clock.advance(0);
    await outbox.settled();
    expect(outbox.state.pending).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: if IndexedDB cannot be opened the outbox keeps outcomes in memory, delivers them, and says persistence is off', async () => {
    const { clock, simulator, databaseName, link, openPage } = setUp();
    // A newer version of the database than the outbox knows makes opening it fail, as a browser can.
    (await openDB(databaseName, 2)).close();
    const { outbox } = openPage();
    expect(outbox.state.persistent).to.equal(true);

    await outbox.start();
    expect(outbox.state.persistent).to.equal(false);

    link.state = 'throws';
    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    expect(outbox.state.pending.map((p) => p.commandId)).to.deep.equal(['cmd-1']);
    link.state = 'up';
    clock.advance(1000);
    await outbox.settled();
    expect(outbox.state.pending).to.deep.equal([]);
    expect(applied(simulator, 'i-1')).to.equal(1);
  });

  it('DISP-4: malformed answers from the server are not acted on', async () => {
    const { clock, link, openPage } = setUp({
      schedule: [
        { atMs: 10, rawEvent: { type: 'command-accepted', commandId: '' } },
        { atMs: 10, rawEvent: { type: 'command-rejected', commandId: 'cmd-1', retryable: false } },
      ],
    });
    const { outbox } = openPage();
    link.state = 'loses';
    await outbox.enqueue(outcome('i-1'), 'cmd-1');
    clock.advance(10);
    expect(outbox.state.pending.map((p) => p.commandId)).to.deep.equal(['cmd-1']);
    expect(outbox.state.failed).to.deep.equal([]);
  });
});
