import { createSession } from '../../src/services/session/create-session.js';
import type { NoticeSettings } from '../../src/services/domain/campaign/notices.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatedCampaign, SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';

export const T0 = Date.UTC(2026, 10, 2, 15, 0, 0); // 09:00 in Chicago, 16:00 in Berlin

/** Contacts who always answer and never hang up first, so a test decides what happens. */
export const alwaysAnswers = { answer: 1, busy: 0, noAnswer: 0, answeringMachine: 0 };

export const dana = {
  id: 'dana',
  name: 'Dana Whitfield',
  timeZone: 'America/Chicago',
  numbers: [
    { id: 'home', e164: '+13125550100', type: 'home' as const },
    { id: 'mobile', e164: '+13125550101', type: 'mobile' as const, window: { from: '08:00', till: '20:00' } },
  ],
  fields: [{ key: 'consent', label: 'Consent given', type: 'boolean' as const, value: false, editable: true }],
};

export function campaign(over: Partial<SimulatedCampaign> & Pick<SimulatedCampaign, 'dialingMode'>): SimulatedCampaign {
  return { id: 'c', name: 'Test campaign', status: 'running', contacts: [dana, { ...dana, id: 'lee', name: 'Lee Park' }], ...over };
}

/**
 * The whole engine without the DOM: the session `<outbound-provider>` uses, on the simulator and a
 * manual clock; outcomes go straight to the simulator (no outbox).
 */
export function engineDesk(
  scenario: Omit<SimulatorScenario, 'timings'> & { timings?: SimulatorScenario['timings'] },
  noticeSettings?: NoticeSettings,
) {
  const clock = new ManualClock(T0);
  const simulator = new EmbeddedSimulator(
    { odds: alwaysAnswers, ...scenario, timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000, ...scenario.timings } },
    { clock },
  );
  let ids = 0;
  const session = createSession({
    clock,
    newId: () => `cmd-${++ids}`,
    agentTimeZone: () => 'Europe/Berlin',
    outbox: false,
  });
  const { store, commands } = session.services;
  if (noticeSettings) store.dispatch({ type: 'notices/settings', settings: noticeSettings });
  session.connect(simulator, 'agent-7');
  clock.advance(0);
  const desk = {
    clock,
    simulator,
    session,
    services: session.services,
    store,
    commands,
    advance: (ms = 0) => clock.advance(ms),
    get interaction() {
      return store.state.interaction;
    },
    get agent() {
      return store.state.agent;
    },
    /** Fails the test if the kit refused a command. */
    ok<T extends { sent: boolean } | { saved: boolean }>(outcome: T): T {
      const done = 'sent' in outcome ? outcome.sent : outcome.saved;
      if (!done) throw new Error(`refused: ${store.state.lastError?.message}`);
      clock.advance(0);
      return outcome;
    },
    /** Preview only: Get Record, Call, and the contact answers (ring time 3 s). */
    async callAnswered(): Promise<void> {
      desk.ok(commands.requestRecord('c'));
      desk.ok(await commands.act({ type: 'call' }));
      clock.advance(3000);
    },
  };
  return desk;
}
