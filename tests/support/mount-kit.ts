import type { LitElement, TemplateResult } from 'lit';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import { alwaysAnswers, campaign, T0 } from './engine-desk.js';
import { createKitFixture } from './kit-fixture.js';
import { settle } from './dom.js';

export interface MountOptions {
  /** The agent's zone for callbacks; Berlin by default, so it differs from the Chicago contacts. */
  readonly agentTimeZone?: string;
}

/**
 * Puts kit elements in a provider on the real simulator, on a manual clock at 09:00 in Chicago (the
 * test contacts' daytime windows are open), and waits for login. Contacts always answer and never hang
 * up first unless the scenario says otherwise; ring 3 s, connect 2 s.
 */
export async function mountKit(content: TemplateResult, scenario: SimulatorScenario, options: MountOptions = {}) {
  const clock = new ManualClock(T0);
  const kit = createKitFixture(content, {
    scenario: { odds: alwaysAnswers, timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000 }, ...scenario },
    clock,
  });
  kit.provider.agentTimeZone = options.agentTimeZone ?? 'Europe/Berlin';
  document.body.append(kit.provider);
  await kit.provider.updateComplete;
  await elementsDefined(kit.provider);
  const services = kit.provider.services;
  const elements = () => [...kit.provider.querySelectorAll('*')].filter((node): node is LitElement => 'updateComplete' in node);
  /** Moves the simulator's clock and lets every kit element render what happened. */
  const advance = async (ms = 0) => {
    kit.advance(ms);
    await settle(...elements());
  };
  await advance(0);
  /** The first element matching `selector` inside the provider. */
  const get = <E extends Element>(selector: string) => {
    const found = kit.provider.querySelector<E>(selector);
    if (!found) throw new Error(`no ${selector} in the kit`);
    return found;
  };
  /** Acts through the kit's commands (test set-up), failing the test if the kit refused. */
  const act = async (...args: Parameters<typeof services.commands.act>) => {
    const outcome = await services.commands.act(...args);
    if (!outcome.sent) throw new Error(`refused: ${outcome.error.message}`);
    await advance(0);
  };
  return { ...kit, clock, services, advance, get, act };
}

/**
 * Waits until every kit tag inside `root` is defined: the provider fetches each element's code when
 * its tag appears, so a test must not look inside an element before its chunk has loaded.
 */
async function elementsDefined(root: Element, deadlineMs = 5000): Promise<void> {
  const tags = new Set([...root.querySelectorAll('*')].map((node) => node.localName).filter((tag) => tag.includes('-')));
  await Promise.all(
    [...tags].map((tag) =>
      Promise.race([
        customElements.whenDefined(tag),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not defined within ${deadlineMs} ms`)), deadlineMs)),
      ]),
    ),
  );
}

export type MountedKit = Awaited<ReturnType<typeof mountKit>>;

/** A progressive campaign with assured connection: an accepted record is engaging until the contact answers (DEL-6). */
export const assuredConnection: SimulatorScenario = {
  campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { assuredConnection: true } })],
  odds: alwaysAnswers,
};

/** A progressive record: Ready, the offer arrives (pacing 1 s), Accept. */
export async function acceptProgressive(kit: MountedKit): Promise<void> {
  const ready = kit.services.commands.setChannelStatus('voice', 'ready');
  if (!ready.sent) throw new Error(ready.error.message);
  await kit.advance(0);
  await kit.advance(1000);
  await kit.act({ type: 'accept' });
}

/**
 * Brings a preview record of campaign `c` to a connected call: Get Record, Call, the contact answers
 * (ring 3 s). The scenario must have a preview campaign `c` (see `campaign()` in engine-desk.ts).
 */
export async function connectPreviewCall(kit: MountedKit): Promise<void> {
  const requested = kit.services.commands.requestRecord('c');
  if (!requested.sent) throw new Error(`refused: ${requested.error.message}`);
  await kit.advance(0);
  await kit.act({ type: 'call' });
  await kit.advance(3000);
}

/**
 * Lets time stand still while the kit's rules load and the server answers (a frame at a time, in
 * real time), until `done` holds; fails the test naming what never happened.
 */
export async function until(kit: MountedKit, done: () => boolean, what: string, frames = 60): Promise<void> {
  for (let attempt = 0; attempt < frames; attempt += 1) {
    if (done()) return;
    await kit.advance(0);
  }
  if (!done()) throw new Error(`never happened: ${what}`);
}
