import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/outbound-interaction/define.js';
import type { AgentAction } from '../src/services/domain/interaction/interaction.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign, dana } from '../tests/support/engine-desk.js';
import { localeLoader } from './support/locale-loader.js';

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };
const contact = {
  ...dana,
  caseFields: [{ label: 'Balance due', value: '$412.50' }],
  fields: [
    { key: 'promise', label: 'Payment promise', type: 'date-time' as const, value: null, editable: true },
    { key: 'consent', label: 'Consent given', type: 'boolean' as const, value: true, editable: false },
  ],
};

const scenarios = {
  preview: {
    campaigns: [campaign({ name: 'Collections: early stage', dialingMode: 'preview', contacts: [contact] })],
    odds: alwaysAnswers,
    timings,
  },
  contactHangsUp: {
    campaigns: [campaign({ name: 'Collections: early stage', dialingMode: 'preview', contacts: [contact] })],
    odds: alwaysAnswers,
    timings: { ...timings, talkMs: 95_000 },
  },
  asm: {
    campaigns: [campaign({ name: 'Arrears: ASM', dialingMode: 'predictive', policy: { asm: true }, contacts: [contact] })],
    odds: alwaysAnswers,
    timings: { ...timings, connectMs: 60_000 },
  },
  assured: {
    campaigns: [campaign({ name: 'Win-back Q4', dialingMode: 'progressive', policy: { assuredConnection: true }, contacts: [contact] })],
    odds: alwaysAnswers,
    timings: { ...timings, connectMs: 60_000 },
  },
} satisfies Record<string, SimulatorScenario>;

type Steps = (services: KitServices, fixture: KitFixture) => Promise<void>;

/** The call view inside a provider on the embedded simulator, on a manual clock: the tests' fixture. */
function kit(scenario: SimulatorScenario, steps?: Steps): HTMLElement {
  const fixture = createKitFixture(
    html`<outbound-interaction>
      <p slot="notes">The host page's note pane.</p>
      <p slot="history">Contact history from the host page.</p>
    </outbound-interaction>`,
    { scenario },
  );
  if (steps) void fixture.provider.updateComplete.then(() => steps(fixture.provider.services, fixture));
  return fixture.provider;
}

async function act(services: KitServices, fixture: KitFixture, action: AgentAction): Promise<void> {
  await services.commands.act(action as Parameters<KitServices['commands']['act']>[0]);
  fixture.advance(0);
}

/** Get Record, Call, and (unless `ringing`) the contact answers; `talkMs` of talk follow. */
const previewCall =
  (talkMs = 0, ringing = false): Steps =>
  async (services, fixture) => {
    fixture.advance(0);
    services.commands.requestRecord('c');
    fixture.advance(0);
    await act(services, fixture, { type: 'call' });
    if (ringing) return;
    fixture.advance(3000);
    fixture.advance(talkMs);
  };

const voiceAccepted: Steps = async (services, fixture) => {
  fixture.advance(0);
  services.commands.setChannelStatus('voice', 'ready');
  fixture.advance(0);
  fixture.advance(1000);
  await act(services, fixture, { type: 'accept' });
};

const meta: Meta = {
  title: 'Elements/outbound-interaction',
  component: 'outbound-interaction',
  parameters: {
    docs: {
      description: {
        component:
          'The call view: status (dialing, establishing, engaging, connected, on hold, ended and why), the number, ' +
          'caller ID, talk time, case and record information, and slots for the host’s notes and history.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** No call. */
export const Empty: Story = {
  render: () => kit(scenarios.preview),
};

/** CALL-1: the number is being dialled. */
export const Dialing: Story = {
  render: () => kit(scenarios.preview, previewCall(0, true)),
};

/** CALL-1: connected for 1 min 23 s, an editable record field. */
export const Connected: Story = {
  render: () => kit(scenarios.preview, previewCall(83_000)),
};

/** CALL-1: on hold. */
export const OnHold: Story = {
  name: 'On hold',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await previewCall(20_000)(services, fixture);
      await act(services, fixture, { type: 'hold' });
    }),
};

/** DEL-5: ASM, establishing; the record arrives with the contact. */
export const Establishing: Story = {
  name: 'Establishing (ASM)',
  render: () => kit(scenarios.asm, voiceAccepted),
};

/** DEL-6: assured connection, the engaging phase. */
export const Engaging: Story = {
  name: 'Engaging (assured connection)',
  render: () => kit(scenarios.assured, voiceAccepted),
};

/** CALL-1: the contact hung up after 1 min 35 s; wrap-up. */
export const EndedByContact: Story = {
  name: 'Ended by the contact',
  render: () => kit(scenarios.contactHangsUp, previewCall(95_000)),
};

/** CALL-3: transferred: the record is read-only. */
export const Transferred: Story = {
  name: 'Transferred (read-only)',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      await previewCall(30_000)(services, fixture);
      await act(services, fixture, { type: 'transfer', target: '2001' });
      fixture.advance(2000);
    }),
};

/** The connected call in German. */
export const ConnectedGerman: Story = {
  name: 'Connected (Deutsch)',
  parameters: { locale: 'de' },
  render: () => kit(scenarios.preview, previewCall(83_000)),
};
