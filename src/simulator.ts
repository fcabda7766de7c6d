/**
 * The embedded simulator, a separate entry so that a page on a real back end never downloads it.
 * `<outbound-provider simulator>` loads it on demand.
 */
import type { BackendAdapter } from './services/ports/backend/contract.js';
import type { Clock } from './services/ports/clock.js';
import { demoScenario } from './services/backend/simulator/demo-scenario.js';
import { EmbeddedSimulator } from './services/backend/simulator/embedded-simulator.js';
import type { SimulatorScenario } from './services/backend/simulator/scenario.js';

export { EmbeddedSimulator } from './services/backend/simulator/embedded-simulator.js';
export { ManualClock, systemClock, type Clock, type TimerHandle } from './services/ports/clock.js';
export type { ScheduledStep, SimulatedCampaign, SimulatorScenario } from './services/backend/simulator/scenario.js';
export { demoScenario } from './services/backend/simulator/demo-scenario.js';

export function createSimulator(
  scenario: SimulatorScenario = demoScenario,
  options: { clock?: Clock } = {},
): BackendAdapter {
  return new EmbeddedSimulator(scenario, options);
}
