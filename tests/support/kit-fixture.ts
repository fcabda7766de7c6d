import { render, type TemplateResult } from 'lit';
import '../../src/define.js';
import type { OutboundProvider } from '../../src/elements/outbound-provider/outbound-provider.js';
import type { BackendCommand } from '../../src/services/ports/backend/contract.js';
import { ManualClock, type Clock } from '../../src/services/ports/clock.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';

export interface KitFixtureOptions {
  readonly scenario: SimulatorScenario;
  readonly agentId?: string;
  /** Defaults to a manual clock, so time moves only when the test or story says. */
  readonly clock?: Clock;
  /** Leave the simulator's login reply unanswered (the loading state). */
  readonly holdLogin?: boolean;
}

export interface KitFixture {
  readonly provider: OutboundProvider;
  readonly simulator: EmbeddedSimulator;
  readonly clock: Clock;
  /** Moves a manual clock on, firing the simulator's due replies and scheduled steps. */
  advance(ms?: number): void;
  /** Commands the simulated server has received, in order. */
  commands(): readonly BackendCommand[];
}

/**
 * Wraps kit elements in a provider backed by a real embedded simulator: the one fixture that tests
 * and stories share, so both exercise the real store, commands and simulator.
 */
export function createKitFixture(content: TemplateResult, options: KitFixtureOptions): KitFixture {
  const clock = options.clock ?? new ManualClock();
  const simulator = new EmbeddedSimulator(options.scenario, { clock });
  const provider = document.createElement('outbound-provider');
  provider.agentId = options.agentId ?? 'agent-7';
  provider.backend = simulator;
  provider.clock = clock;
  render(content, provider);
  const advance = (ms = 0) => {
    if (clock instanceof ManualClock) clock.advance(ms);
  };
  void provider.updateComplete.then(() => {
    if (!options.holdLogin) advance(0);
  });
  return { provider, simulator, clock, advance, commands: () => simulator.receivedCommands };
}
