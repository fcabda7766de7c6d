import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { EngineFactory } from './gateway.js';

/**
 * Every agent gets a simulator of their own on the demo scenario: the same campaigns and lists,
 * nothing shared, so two agents cannot see each other's records. Replaced by the database-backed
 * engine, which shares campaigns between agents, once it exists.
 */
export const demoSimulatorEngines: EngineFactory = () => demoSimulator();

/** One agent's simulator on the demo scenario. */
export function demoSimulator(): EmbeddedSimulator {
  return new EmbeddedSimulator(demoScenario);
}
