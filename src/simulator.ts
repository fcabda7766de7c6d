/**
 * The embedded simulator, a separate entry so that a page on a real back end never downloads it.
 * `<outbound-provider simulator>` loads it on demand.
 */
import type { BackendAdapter } from './services/backend/contract.js';
import type { Clock } from './services/clock.js';
import { demoScenario } from './services/simulator/demo-scenario.js';
import { EmbeddedSimulator } from './services/simulator/embedded-simulator.js';
import type { SimulatorScenario } from './services/simulator/scenario.js';

export { EmbeddedSimulator } from './services/simulator/embedded-simulator.js';
export { ManualClock, systemClock, type Clock, type TimerHandle } from './services/clock.js';
export type { ScheduledStep, SimulatedCampaign, SimulatorScenario } from './services/simulator/scenario.js';
export { demoScenario } from './services/simulator/demo-scenario.js';

export function createSimulator(
  scenario: SimulatorScenario = demoScenario,
  options: { clock?: Clock } = {},
): BackendAdapter {
  return new EmbeddedSimulator(scenario, options);
}
