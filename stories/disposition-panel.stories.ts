import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/disposition-panel/define.js';
import type { DispositionPanel } from '../src/elements/disposition-panel/disposition-panel.js';
import type { DialingMode } from '../src/services/domain/campaign/campaign.js';
import type { DeliveryPolicy, DispositionCode, OutcomeSchema } from '../src/services/domain/campaign/campaign-policy.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign } from '../tests/support/engine-desk.js';
import { localeLoader } from './support/locale-loader.js';

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };

const nestedCodes: readonly DispositionCode[] = [
  { id: 'none', label: 'None' },
  {
    id: 'sale',
    label: 'Sale',
    children: [
      { id: 'new', label: 'New contract' },
      { id: 'upgrade', label: 'Upgrade', children: [{ id: 'premium', label: 'Premium' }] },
    ],
  },
  { id: 'remove', label: 'Remove me from the list', effects: ['dnc'] },
];

function scenario(
  mode: DialingMode,
  outcomes: Partial<OutcomeSchema> = {},
  policy: Partial<DeliveryPolicy> = {},
  extra: Partial<SimulatorScenario> = {},
): SimulatorScenario {
  return { campaigns: [campaign({ name: 'Spring appeal', dialingMode: mode, outcomes, policy })], odds: alwaysAnswers, timings, ...extra };
}

type Steps = (services: KitServices, fixture: KitFixture) => void | Promise<void>;

/**
 * A `<disposition-panel>` inside a provider backed by the embedded simulator on a manual clock, as
 * in the tests. `steps` run once the login is answered, as the agent or the server would act.
 */
function kit(s: SimulatorScenario, steps?: Steps, agentId = 'story-agent'): HTMLElement {
  const fixture = createKitFixture(html`<disposition-panel></disposition-panel>`, { scenario: s, agentId });
  if (steps) void fixture.provider.updateComplete.then(() => steps(fixture.provider.services, fixture));
  return fixture.provider;
}

/** The element, once the latest state has rendered. */
async function rendered(fixture: KitFixture): Promise<DispositionPanel> {
  const element = fixture.provider.querySelector('disposition-panel') as DispositionPanel;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

async function click(fixture: KitFixture, selector: string): Promise<void> {
  (await rendered(fixture)).shadowRoot?.querySelector<HTMLElement>(selector)?.click();
}

const inPreviewCall: Steps = async ({ commands }, { advance }) => {
  commands.requestRecord('c');
  advance(0);
  await commands.act({ type: 'call' });
  advance(0);
  advance(3000);
};

const inWrapUp: Steps = async (services, fixture) => {
  await inPreviewCall(services, fixture);
  await services.commands.act({ type: 'end-call' });
  fixture.advance(0);
};

const inProgressiveCall: Steps = async ({ commands }, { advance }) => {
  commands.setChannelStatus('voice', 'ready');
  advance(0);
  advance(1000);
  await commands.act({ type: 'accept' });
  advance(0);
};

/** Done, as the agent chooses it; the outbox stores the outcome before it is sent. */
const doneClicked: Steps = async (services, fixture) => {
  await inWrapUp(services, fixture);
  await click(fixture, '#done');
};

const meta: Meta = {
  title: 'Elements/disposition-panel',
  component: 'disposition-panel',
  parameters: {
    docs: {
      description: {
        component:
          'Dispositions: Call Result, Do Not Call, the disposition (drop-down or radio list), the note, and Mark Done ' +
          '(Done and Done and Stop in preview modes); then the delivery of the outcome and Ready after the work.',
      },
    },
  },
  loaders: [localeLoader],
};
export default meta;

type Story = StoryObj;

/** No record. */
export const Empty: Story = {
  render: () => kit(scenario('preview')),
};

/** A record in preview: the preview owns Done until the call starts. */
export const BeforeTheCall: Story = {
  name: 'Before the call',
  render: () => kit(scenario('preview'), ({ commands }, { advance }) => void (commands.requestRecord('c'), advance(0))),
};

/** DISP-1: during the call the call result may already be set. */
export const InCall: Story = {
  name: 'In call',
  render: () => kit(scenario('preview'), inPreviewCall),
};

/** DISP-1, DISP-2: wrap-up of a preview record, dispositions as a radio list; Done and Done and Stop. */
export const WrapUpRadioList: Story = {
  name: 'Wrap-up (radio list)',
  render: () => kit(scenario('preview', { dispositionControl: 'radio', dispositionCodes: nestedCodes }), inWrapUp),
};

/** DISP-1: dispositions as a drop-down, nested codes as groups named by their path. */
export const WrapUpDropDown: Story = {
  name: 'Wrap-up (drop-down, nested codes)',
  render: () => kit(scenario('preview', { dispositionControl: 'drop-down', dispositionCodes: nestedCodes }), inWrapUp),
};

/** DISP-2: Mark Done in a dialer mode. */
export const ProgressiveMarkDone: Story = {
  name: 'Progressive (Mark Done)',
  render: () =>
    kit(scenario('progressive'), async (services, fixture) => {
      await inProgressiveCall(services, fixture);
      await services.commands.act({ type: 'end-call' });
      fixture.advance(0);
    }),
};

/** DISP-2: Done refused while a required disposition is missing: the message has focus, the control is invalid. */
export const DispositionRequired: Story = {
  name: 'Disposition required (refused)',
  render: () => kit(scenario('preview', { requireDispositionBeforeDone: true }), doneClicked),
};

/** DISP-2: choosing a disposition marks the record Done; the panel says so. */
export const MarkDoneOnDisposition: Story = {
  name: 'Mark Done on disposition',
  render: () => kit(scenario('preview', { markDoneOnDisposition: true }), inWrapUp),
};

/** DNC-2: a disposition with the DNC effect set Do Not Call; the panel says which. */
export const DncSetByDisposition: Story = {
  name: 'Do Not Call set by a disposition',
  render: () =>
    kit(scenario('preview', { dispositionCodes: nestedCodes }), async (services, fixture) => {
      await inWrapUp(services, fixture);
      await services.commands.edit({ type: 'set-dispositions', codeIds: ['remove'] });
    }),
};

/** DISP-4: Done sent, the server's answer still on its way: marking Done, waiting to deliver. */
export const DeliveryPending: Story = {
  name: 'Outcome waiting to be delivered',
  render: () =>
    kit(
      scenario('preview', {}, {}, { latencyMs: 1000 }),
      async (services, fixture) => {
        fixture.advance(1000);
        services.commands.requestRecord('c');
        fixture.advance(1000);
        await services.commands.act({ type: 'call' });
        fixture.advance(4000);
        await services.commands.act({ type: 'end-call' });
        fixture.advance(1000);
        await click(fixture, '#done');
      },
      'story-agent-pending',
    ),
};

/** DISP-3, DISP-4: delivered, and the agent in after-call work is offered Ready. */
export const DeliveredThenReady: Story = {
  name: 'Delivered, Ready offered',
  render: () =>
    kit(scenario('preview'), async (services, fixture) => {
      await doneClicked(services, fixture);
      // The outbox stores the outcome before sending it; the simulator answers on the next tick.
      for (let tries = 0; tries < 50 && services.store.state.interaction; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        fixture.advance(0);
      }
    }),
};

/** CALL-3: after a transfer the call result is read-only, with the reason. */
export const AfterTransfer: Story = {
  name: 'Read-only after transfer',
  render: () =>
    kit(scenario('preview'), async (services, fixture) => {
      await inPreviewCall(services, fixture);
      await services.commands.edit({ type: 'set-call-result', value: 'Answered' });
      await services.commands.act({ type: 'transfer', target: 'back-office' });
      fixture.advance(0);
      fixture.advance(2000);
    }),
};

/** DEL-6: assured connection, engaging: the call result cannot be set yet. */
export const Engaging: Story = {
  name: 'Engaging (assured connection)',
  render: () =>
    kit(scenario('progressive', {}, { assuredConnection: true }, { timings: { ...timings, connectMs: 60_000 } }), inProgressiveCall),
};
