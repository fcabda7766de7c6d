import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/outbound-preview/define.js';
import '../src/elements/reschedule-callback/define.js';
import type { OutboundPreview } from '../src/elements/outbound-preview/outbound-preview.js';
import type { RescheduleCallback } from '../src/elements/reschedule-callback/reschedule-callback.js';
import { ManualClock } from '../src/services/ports/clock.js';
import type { DeliveryPolicy, OutcomeSchema } from '../src/services/domain/campaign/campaign-policy.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign, dana, T0 } from '../tests/support/engine-desk.js';
import { localeLoader } from './support/locale-loader.js';

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };
/** 16:00 in Berlin (the agent), 09:00 in Chicago (Dana), the day after the stories' "now". */
const TOMORROW_16 = Date.UTC(2026, 10, 3, 15, 0);

const preview = (policy: Partial<DeliveryPolicy> = {}, outcomes: Partial<OutcomeSchema> = {}): SimulatorScenario => ({
  campaigns: [
    campaign({
      name: 'Spring appeal',
      dialingMode: 'preview',
      policy,
      outcomes,
      contacts: [{ ...dana, numbers: [...dana.numbers, { id: 'work', e164: '+13125550102', type: 'work', blocked: 'dnc' }] }],
    }),
  ],
  odds: alwaysAnswers,
  timings,
});

type Steps = (services: KitServices, fixture: KitFixture, element: RescheduleCallback) => void | Promise<void>;

/**
 * A `<reschedule-callback>` in a provider on the embedded simulator, on a manual clock at 09:00 in
 * Chicago (16:00 for the agent in Berlin): the fixture the tests use.
 */
function kit(scenario: SimulatorScenario, steps?: Steps, content: TemplateResult = html`<reschedule-callback></reschedule-callback>`) {
  const fixture = createKitFixture(content, { scenario, clock: new ManualClock(T0) });
  fixture.provider.agentTimeZone = 'Europe/Berlin';
  if (steps) {
    void fixture.provider.updateComplete.then(() => {
      const element = fixture.provider.querySelector('reschedule-callback') as RescheduleCallback;
      return steps(fixture.provider.services, fixture, element);
    });
  }
  return fixture.provider;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function rendered(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  await frame();
  await element.updateComplete;
}

const inCall: Steps = async ({ commands }, { advance }) => {
  commands.requestRecord('c');
  advance(0);
  await commands.act({ type: 'call' });
  advance(0);
  advance(3000);
};

const afterCall: Steps = async (services, fixture, element) => {
  await inCall(services, fixture, element);
  await services.commands.act({ type: 'end-call' });
  fixture.advance(0);
};

/** The agent ticks Schedule callback and types into the form. */
async function typed(element: RescheduleCallback, values: Record<string, string>) {
  await rendered(element);
  element.shadowRoot?.querySelector<HTMLInputElement>('#schedule')?.click();
  await element.updateComplete;
  for (const [selector, value] of Object.entries(values)) {
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(selector);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
  }
}

const scheduled: Steps = async (services, fixture, element) => {
  await inCall(services, fixture, element);
  await services.commands.edit({
    type: 'set-callback',
    callback: { at: TOMORROW_16, personal: true, target: { kind: 'record-number', numberId: 'mobile' } },
  });
  fixture.advance(0);
};

const meta: Meta = {
  title: 'Elements/reschedule-callback',
  component: 'reschedule-callback',
  parameters: {
    docs: {
      description: {
        component:
          'Reschedule a record as a callback (CB-1..4): Schedule callback, date (typed or in a date picker dialog), time, ' +
          'Personal callback per the campaign, the number to call (the record’s or a new one with its window), ' +
          'checked at once; then Callback scheduled, on the agent’s and the contact’s clocks, with Change.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** No record: a short note. */
export const Empty: Story = {
  render: () => kit(preview()),
};

/** During a call, before the agent ticks Schedule callback. */
export const InCall: Story = {
  name: 'During a call',
  render: () => kit(preview(), inCall),
};

/** CB-1, CB-4: the form open with a date and time typed: the contact's time is shown beside the agent's. */
export const FormOpen: Story = {
  name: 'Form open (Berlin agent, Chicago contact)',
  render: () =>
    kit(preview(), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, { '#date': '2026-11-03', '#time': '16:00' });
    }),
};

/** CB-1: the date picker dialog open on today, past days unavailable. */
export const CalendarOpen: Story = {
  name: 'Date picker open',
  render: () =>
    kit(preview(), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, {});
      element.shadowRoot?.querySelector<HTMLButtonElement>('#choose-date')?.click();
    }),
};

/** CB-1: a new number with its type and window on the contact's clock. */
export const NewNumber: Story = {
  name: 'New number',
  render: () =>
    kit(preview(), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, { '#date': '2026-11-03', '#time': '16:00' });
      element.shadowRoot?.querySelector<HTMLInputElement>('input[name="number"][value="new"]')?.click();
      await element.updateComplete;
      await typed(element, { '#new-number': '+1 312 555 0199', '#new-from': '08:00', '#new-till': '12:00' });
    }),
};

/** CB-4: what the form says when Schedule finds problems: each next to its field. */
export const Errors: Story = {
  name: 'Errors (malformed date, time outside the window)',
  render: () =>
    kit(preview(), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, { '#date': '2026-11-31', '#time': '03:00' });
      element.shadowRoot?.querySelector<HTMLInputElement>('input[name="number"][value="mobile"]')?.click();
      element.shadowRoot?.querySelector('form')?.requestSubmit();
    }),
};

/** CB-3, CB-4: Callback scheduled, on the agent's clock and the contact's, with Change. */
export const Scheduled: Story = {
  name: 'Callback scheduled',
  render: () => kit(preview(), scheduled),
};

/** CB-3: after the call ended (wrap-up). */
export const AfterCall: Story = {
  name: 'After the call (wrap-up)',
  render: () =>
    kit(preview(), async (services, fixture, element) => {
      await afterCall(services, fixture, element);
      await typed(element, { '#date': '2026-11-03', '#time': '16:00' });
    }),
};

/** CB-2: always personal: the check box is locked on. */
export const AlwaysPersonal: Story = {
  name: 'Always personal',
  render: () =>
    kit(preview({}, { personalCallbacks: 'always' }), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, {});
    }),
};

/** CB-2: never personal: no check box. */
export const NeverPersonal: Story = {
  name: 'Never personal',
  render: () =>
    kit(preview({}, { personalCallbacks: 'never' }), async (services, fixture, element) => {
      await inCall(services, fixture, element);
      await typed(element, {});
    }),
};

/** CB-3, PRV-5: in the preview before dialing, slotted into <outbound-preview>'s reschedule slot and disclosed. */
export const InPreview: Story = {
  name: 'In the preview (reschedule slot)',
  render: () =>
    kit(
      preview(),
      async ({ commands }, fixture) => {
        const previewElement = fixture.provider.querySelector('outbound-preview') as OutboundPreview;
        previewElement.clock = fixture.clock;
        commands.requestRecord('c');
        fixture.advance(0);
        await rendered(previewElement);
        previewElement.shadowRoot?.querySelector<HTMLButtonElement>('#reschedule-toggle')?.click();
      },
      html`<outbound-preview><reschedule-callback slot="reschedule"></reschedule-callback></outbound-preview>`,
    ),
};

/** Before dialing where the campaign does not allow rescheduling then. */
export const NotBeforeDial: Story = {
  name: 'Not allowed before dialing',
  render: () =>
    kit(preview({ allowRescheduleBeforeDial: false }), ({ commands }, { advance }) => {
      commands.requestRecord('c');
      advance(0);
    }),
};

/** DEL-6: engaging (assured connection): unavailable, with the engine's reason. */
export const Engaging: Story = {
  render: () =>
    kit(
      {
        campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { assuredConnection: true } })],
        odds: alwaysAnswers,
        timings: { ...timings, connectMs: 60_000 },
      },
      async ({ commands }, { advance }) => {
        commands.setChannelStatus('voice', 'ready');
        advance(0);
        advance(1000);
        await commands.act({ type: 'accept' });
        advance(0);
      },
    ),
};

/** German month and day names, Monday weeks (labels in German once the lead has translated them). */
export const GermanCalendar: Story = {
  name: 'Date picker (German)',
  parameters: { locale: 'de' },
  render: () => CalendarOpen.render!({}, {} as never),
};
