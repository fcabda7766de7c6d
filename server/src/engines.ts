import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { EmbeddedSimulator, sharedCampaignData, type SharedCampaignData } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import type { EngineFactory } from './gateway.js';

/**
 * One simulator per agent on a scenario, all sharing the server's calling lists and Do-Not-Call
 * list: the agents work the same campaigns, and a record given to one is never given to another.
 * In memory: the database-backed engine takes its place through the same factory
 * (gateway.ts's EngineFactory).
 */
export function sharedSimulatorEngines(scenario: SimulatorScenario = demoScenario, shared: SharedCampaignData = sharedCampaignData(scenario)): EngineFactory {
  return () => new EmbeddedSimulator(scenario, { shared });
}

/** One agent's simulator on the demo scenario, with lists of its own (tests that want agents apart). */
export function demoSimulator(): EmbeddedSimulator {
  return new EmbeddedSimulator(demoScenario);
}
