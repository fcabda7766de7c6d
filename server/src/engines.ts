import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { EngineFactory } from './gateway.js';

/**
 * Every agent gets a simulator of their own on the demo scenario: the same campaigns and lists,
 * nothing shared, so two agents cannot see each other's records. The database-backed engine takes
 * its place through the same factory (gateway.ts's EngineFactory).
 */
export const demoSimulatorEngines: EngineFactory = () => demoSimulator();

/** One agent's simulator on the demo scenario. */
export function demoSimulator(): EmbeddedSimulator {
  return new EmbeddedSimulator(demoScenario);
}
