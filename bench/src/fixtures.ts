/**
 * Records the server events the bench pages replay: the real simulator and the kit's commands on a
 * manual clock (as tests/support/engine-desk.ts wires them), run in Node at build time. The pages
 * then feed these events to the kit through a scripted back end, so a measurement times the
 * elements and the store, not the simulator.
 */
import { createSession } from '../../src/services/session/create-session.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import type { DispositionCode } from '../../src/services/domain/campaign/campaign-policy.js';
import type { RecordField } from '../../src/services/domain/campaign/record.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatedCampaign, SimulatedContact } from '../../src/services/backend/simulator/scenario.js';
import { T0, campaigns } from './fixture-data.js';

const alwaysAnswers = { answer: 1, busy: 0, noAnswer: 0, answeringMachine: 0 };

/** 20 record fields of every known type, most of them editable (PRV-2). */
export function recordFields(count: number): RecordField[] {
  const kinds = ['text', 'number', 'boolean', 'date-time', 'choice'] as const;
  return Array.from({ length: count }, (_, i): RecordField => {
    const type = i === 0 ? 'text' : kinds[i % kinds.length];
    const value =
      type === 'text' ? `Value ${i}` : type === 'number' ? i * 7 : type === 'boolean' ? i % 2 === 0 : type === 'date-time' ? '2026-11-02T15:00:00.000Z' : 'B';
    return { key: `f${i}`, label: `Field ${i}`, type, value, editable: i % 4 !== 3, ...(type === 'choice' ? { options: ['A', 'B', 'C'] } : {}) };
  });
}

/** `count` codes: flat, or in groups of `perGroup` children (large outcome schemas nest them). */
export function dispositionCodes(count: number, perGroup = 0): DispositionCode[] {
  if (perGroup === 0) return Array.from({ length: count }, (_, i) => ({ id: `d${i}`, label: `Disposition ${i}` }));
  const groups: DispositionCode[] = [];
  let made = 0;
  for (let g = 0; made < count; g += 1) {
    made += 1;
    const children: DispositionCode[] = [];
    for (let c = 0; c < perGroup && made < count; c += 1, made += 1) children.push({ id: `d${g}-${c}`, label: `Outcome ${g}.${c}` });
    groups.push({ id: `g${g}`, label: `Group ${g}`, children });
  }
  return groups;
}

const contact = (fields: RecordField[]): SimulatedContact => ({
  id: 'dana',
  name: 'Dana Whitfield',
  timeZone: 'America/Chicago',
  numbers: [
    { id: 'home', e164: '+13125550100', type: 'home' },
    { id: 'mobile', e164: '+13125550101', type: 'mobile', window: { from: '08:00', till: '20:00' } },
  ],
  caseFields: [
    { label: 'Account', value: 'A-1042' },
    { label: 'Plan', value: 'Business' },
  ],
  fields,
});

/** Runs the engine on a one-campaign scenario up to `until`, returning every raw server event. */
async function record(campaign: SimulatedCampaign, until: 'preview' | 'in-call'): Promise<unknown[]> {
  const clock = new ManualClock(T0);
  const simulator = new EmbeddedSimulator(
    { campaigns: [campaign], odds: alwaysAnswers, timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000, talkMs: null } },
    { clock },
  );
  const events: unknown[] = [];
  simulator.events.subscribe((event) => events.push(JSON.parse(JSON.stringify(event))));
  let ids = 0;
  const session = createSession({ clock, newId: () => `cmd-${++ids}`, agentTimeZone: () => 'Europe/Berlin', outbox: false });
  const { store, commands } = session.services;
  session.connect(simulator, 'agent-7');
  clock.advance(0);
  const requested = commands.requestRecord(campaign.id);
  if (!requested.sent) throw new Error(`fixture: Get Record refused: ${requested.error.message}`);
  clock.advance(0);
  if (until === 'in-call') {
    const called = await commands.act({ type: 'call' });
    if (!called.sent) throw new Error(`fixture: Call refused: ${called.error.message}`);
    clock.advance(3000);
    clock.advance(0);
  }
  const phase = store.state.interaction?.phase;
  if (phase !== (until === 'preview' ? 'previewing' : 'in-call')) throw new Error(`fixture: reached ${phase}, not ${until}`);
  session.dispose();
  simulator.dispose();
  return events;
}

const snapshot = (count: number) => [{ type: 'campaigns-snapshot', campaigns: campaigns(count) }];

export async function buildFixtures() {
  const preview = (fields: number) =>
    record({ id: 'c', name: 'Bench campaign', status: 'running', dialingMode: 'preview', contacts: [contact(recordFields(fields))] }, 'preview');
  const inCall = (codes: number, perGroup = 0, control: 'radio' | 'drop-down' = 'radio') =>
    record(
      {
        id: 'c',
        name: 'Bench campaign',
        status: 'running',
        dialingMode: 'preview',
        contacts: [contact(recordFields(4))],
        outcomes: { dispositionCodes: dispositionCodes(codes, perGroup), dispositionControl: control },
      },
      'in-call',
    );
  return {
    preview20: await preview(20),
    inCall30: await inCall(30),
    inCall500: await inCall(500, 19),
    inCall500dropDown: await inCall(500, 19, 'drop-down'),
    campaigns50: snapshot(50),
    campaigns1000: snapshot(1000),
  };
}
