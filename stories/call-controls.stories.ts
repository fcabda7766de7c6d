import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/call-controls/define.js';
import type { CallControls } from '../src/elements/call-controls/call-controls.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign } from '../tests/support/engine-desk.js';
import { localeLoader } from './support/locale-loader.js';

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };

const scenarios = {
  preview: {
    campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })],
    odds: alwaysAnswers,
    timings,
  },
  callResultFirst: {
    campaigns: [campaign({ name: 'Collections', dialingMode: 'preview', outcomes: { requireCallResultBeforeTransfer: true } })],
    odds: alwaysAnswers,
    timings,
  },
  assured: {
    campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { assuredConnection: true } })],
    odds: alwaysAnswers,
    // Long enough to look at the engaging phase: the clock is manual, so it holds anyway.
    timings: { ...timings, connectMs: 60_000 },
  },
} satisfies Record<string, SimulatorScenario>;

type Steps = (services: KitServices, fixture: KitFixture) => void | Promise<void>;

/**
 * A `<call-controls>` inside a provider backed by the embedded simulator on a manual clock: the
 * fixture the tests use. `steps` run once the login is answered, as the agent or the server would.
 */
function kit(scenario: SimulatorScenario, steps?: Steps): HTMLElement {
  const fixture = createKitFixture(html`<call-controls></call-controls>`, { scenario });
  if (steps) void fixture.provider.updateComplete.then(() => steps(fixture.provider.services, fixture));
  return fixture.provider;
}

/** The element once what happened has rendered (the kit renders once per frame). */
async function rendered(fixture: KitFixture): Promise<CallControls> {
  const element = fixture.provider.querySelector('call-controls') as CallControls;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

/** Clicks a control of the element, as the agent would, and lets the kit answer. */
async function press(fixture: KitFixture, selector: string): Promise<CallControls> {
  const element = await rendered(fixture);
  element.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  // The kit's rules load on first use; a few frames let the command leave and the server answer.
  for (let frame = 0; frame < 5; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    fixture.advance(0);
  }
  await element.updateComplete;
  return element;
}

const dialing: Steps = async ({ commands }, fixture) => {
  commands.requestRecord('c');
  fixture.advance(0);
  await commands.act({ type: 'call' });
  fixture.advance(0);
};

const connected: Steps = async (services, fixture) => {
  await dialing(services, fixture);
  fixture.advance(3000);
};

const engaging: Steps = async ({ commands }, fixture) => {
  commands.setChannelStatus('voice', 'ready');
  fixture.advance(0);
  fixture.advance(1000);
  await commands.act({ type: 'accept' });
  fixture.advance(0);
};

/** Types a target into the open form. */
async function typeTarget(fixture: KitFixture, value: string): Promise<void> {
  const input = (await rendered(fixture)).shadowRoot?.querySelector<HTMLInputElement>('#target');
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const meta: Meta = {
  title: 'Elements/call-controls',
  component: 'call-controls',
  parameters: {
    docs: {
      description: {
        component:
          'The call controls: End call, Hold / Retrieve, a DTMF keypad, and Consult, Transfer or Conference to a target. ' +
          'Unavailable controls stay focusable (aria-disabled) and say why.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** No call: the element can stay on the page. */
export const NoCall: Story = {
  name: 'No call',
  render: () => kit(scenarios.preview),
};

/** CALL-2: dialing: End call applies; Hold and the transfer form wait for the contact. */
export const Dialing: Story = {
  render: () => kit(scenarios.preview, dialing),
};

/** CALL-2: connected: every control applies. */
export const Connected: Story = {
  render: () => kit(scenarios.preview, connected),
};

/** CALL-2: on hold: the button retrieves the call. */
export const Held: Story = {
  name: 'On hold',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await services.commands.act({ type: 'hold' });
      fixture.advance(0);
    }),
};

/** CALL-2: the keypad open, after three tones. */
export const KeypadOpen: Story = {
  name: 'Keypad open (tones sent)',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await press(fixture, '#keypad-toggle');
      await press(fixture, '[data-key-index="0"]');
      await press(fixture, '[data-key-index="1"]');
      await press(fixture, '[data-key-index="11"]');
    }),
};

/** CALL-2: the keypad on a held call: the keys say why they send nothing. */
export const KeypadOnHold: Story = {
  name: 'Keypad on hold (tones unavailable)',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await services.commands.act({ type: 'hold' });
      fixture.advance(0);
      await press(fixture, '#keypad-toggle');
    }),
};

/** CALL-2: the consult / transfer / conference form open. */
export const TransferFormOpen: Story = {
  name: 'Transfer form open',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await press(fixture, '#transfer-toggle');
    }),
};

/** CALL-2: Transfer with no target: the error is linked to the field. */
export const EmptyTarget: Story = {
  name: 'Empty target error',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await press(fixture, '#transfer-toggle');
      await press(fixture, '#transfer');
    }),
};

/** CALL-3: the campaign requires a call result first: Transfer is refused next to the form; the target stays. */
export const TransferRefused: Story = {
  name: 'Transfer refused (call result first)',
  render: () =>
    kit(scenarios.callResultFirst, async (services, fixture) => {
      await connected(services, fixture);
      await press(fixture, '#transfer-toggle');
      await typeTarget(fixture, '+441174960000');
      await press(fixture, '#transfer');
    }),
};

/** CALL-2, issue 12 #10: a transfer sent and not yet completed is shown (and was announced once). */
export const TransferUnderWay: Story = {
  name: 'Transfer under way',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await press(fixture, '#transfer-toggle');
      await typeTarget(fixture, '2041');
      await press(fixture, '#transfer');
    }),
};

/** CALL-3: after a transfer the call has ended. */
export const Transferred: Story = {
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await connected(services, fixture);
      await services.commands.act({ type: 'transfer', target: '2041' });
      fixture.advance(0);
      fixture.advance(2000);
    }),
};

/** DEL-6: assured connection, engaging: every control is unavailable and says why. */
export const Engaging: Story = {
  render: () => kit(scenarios.assured, engaging),
};

/** DEL-6: End call pressed while engaging: the engine's sentence is shown (and was announced). */
export const EngagingRefusal: Story = {
  name: 'Engaging: End call refused',
  render: () =>
    kit(scenarios.assured, async (services, fixture) => {
      await engaging(services, fixture);
      await press(fixture, '#end');
    }),
};

/** EMB-4: German labels (the lead adds the translations). */
export const German: Story = {
  parameters: { locale: 'de' },
  render: () => kit(scenarios.preview, connected),
};
