/**
 * Shift churn. `?mode=kit`: a provider on the embedded simulator (manual clock) with every call
 * element mounted works `calls` calls (Get Record → Call → the contact answers → End call → Done),
 * then every element is mounted and unmounted `cycles` times inside the provider. `?mode=engine`:
 * the same calls on the same simulator, store and commands, with no provider and no elements.
 */
import { OutboundProvider, kitElementClasses } from './kit-classes.js';
import { createSession, type SessionServices } from '../../src/services/session/create-session.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatedContact } from '../../src/services/backend/simulator/scenario.js';
import type { KitServices } from '../../src/services/session/kit-services.js';
import { T0 } from './fixture-data.js';
import { nextFrame } from './harness.js';

customElements.define('outbound-provider', OutboundProvider);
for (const [tag, element] of Object.entries(kitElementClasses)) customElements.define(tag, element);

const DESK = `<campaign-list></campaign-list><agent-status></agent-status><campaign-notices></campaign-notices>
<outbound-preview></outbound-preview>
<outbound-interaction><call-controls slot="controls"></call-controls><reschedule-callback></reschedule-callback></outbound-interaction>
<disposition-panel></disposition-panel>`;

function scenario(calls: number) {
  const contacts: SimulatedContact[] = Array.from({ length: calls + 5 }, (_, i) => ({
    id: `p${i}`,
    name: `Contact ${i}`,
    timeZone: 'America/Chicago',
    numbers: [{ id: 'home', e164: `+1312555${String(1000 + (i % 9000)).padStart(4, '0')}`, type: 'home' as const }],
    fields: [{ key: 'consent', label: 'Consent given', type: 'boolean' as const, value: false, editable: true }],
  }));
  return {
    campaigns: [{ id: 'c', name: 'Churn campaign', status: 'running' as const, dialingMode: 'preview' as const, contacts }],
    odds: { answer: 1, busy: 0, noAnswer: 0, answeringMachine: 0 },
    timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000, talkMs: null },
  };
}

let provider: OutboundProvider | undefined;
let services: KitServices | undefined;
let clock: ManualClock | undefined;
let engine: SessionServices | undefined;
let simulator: EmbeddedSimulator | undefined;

async function setup(mode: 'kit' | 'engine', calls: number): Promise<void> {
  clock = new ManualClock(T0);
  simulator = new EmbeddedSimulator(scenario(calls), { clock });
  if (mode === 'kit') {
    provider = document.createElement('outbound-provider');
    provider.clock = clock;
    provider.agentTimeZone = 'Europe/Berlin';
    provider.agentId = 'agent-7';
    provider.backend = simulator;
    provider.innerHTML = DESK;
    document.body.append(provider);
    await provider.updateComplete;
    services = provider.services;
  } else {
    const session = createSession({ clock, agentTimeZone: () => 'Europe/Berlin', outbox: false });
    session.connect(simulator, 'agent-7');
    engine = session.services;
  }
  await advance(0);
  for (let i = 0; i < 5 && phase() !== 'ready'; i += 1) await nextFrame();
  if (phase() !== 'ready') throw new Error(`bench: the session is ${phase()}, not ready`);
}

const commands = () => services?.commands ?? engine!.commands;
const store = () => services?.store ?? engine!.store;
const phase = () => store().state.session.phase;

async function advance(ms: number): Promise<void> {
  clock!.advance(ms);
  // Promise chains (commands, the outbox) settle between the clock's steps.
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

async function ok(outcome: Promise<{ sent: boolean; error?: { message: string } }> | { sent: boolean; error?: { message: string } }, what: string) {
  const done = await outcome;
  if (!done.sent) throw new Error(`bench: ${what} refused: ${done.error?.message}`);
  await advance(0);
}

/** Works `count` calls; a frame each call so the elements render what happened. */
async function calls(count: number): Promise<number> {
  let completed = 0;
  for (let i = 0; i < count; i += 1) {
    await ok(commands().requestRecord('c'), 'Get Record');
    await advance(0);
    if (store().state.interaction?.phase !== 'previewing') throw new Error(`bench: call ${i}: ${store().state.interaction?.phase ?? 'no record'}`);
    await ok(commands().act({ type: 'call' }), 'Call');
    await advance(3000);
    await ok(commands().act({ type: 'end-call' }), 'End call');
    await ok(commands().markDone('done'), 'Done');
    await advance(1000);
    for (let wait = 0; wait < 20 && store().state.interaction; wait += 1) await advance(0);
    if (store().state.interaction) throw new Error(`bench: call ${i} did not close (${store().state.interaction?.phase})`);
    completed += 1;
    if (provider) await nextFrame();
  }
  return completed;
}

/** Mounts and unmounts each element `cycles` times inside the provider. */
async function mountCycles(cycles: number): Promise<number> {
  if (!provider) throw new Error('bench: no provider');
  let mounted = 0;
  for (const tag of Object.keys(kitElementClasses)) {
    for (let i = 0; i < cycles; i += 1) {
      const element = document.createElement(tag);
      provider.append(element);
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      if (i % 100 === 0) await nextFrame();
      element.remove();
      mounted += 1;
    }
  }
  await nextFrame();
  return mounted;
}

const bench = {
  setup,
  calls,
  mountCycles,
  nextFrame,
  openSelections: () => store().openSelectionCount,
  received: () => simulator?.receivedCommands.filter((c) => c.type === 'submit-outcome').length ?? 0,
};
Object.assign(window, { bench });
