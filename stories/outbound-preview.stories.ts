import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/outbound-preview/define.js';
import type { FocusPolicy, OutboundPreview } from '../src/elements/outbound-preview/outbound-preview.js';
import { ManualClock } from '../src/services/ports/clock.js';
import type { RecordField } from '../src/services/domain/campaign/record.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign, dana } from '../tests/support/engine-desk.js';
import { localeLoader } from './support/locale-loader.js';

const timings = { ringMs: 3000, connectMs: 2000, pacingMs: 1000 };
const withCase = { ...dana, caseFields: [{ label: 'Priority', value: 'High' }] };

/** Every field type of PRV-2, plus one of a type the kit does not know, as a server may send it. */
const recordFields: readonly RecordField[] = [
  { key: 'consent', label: 'Consent given', type: 'boolean', value: false, editable: true },
  { key: 'pledge', label: 'Pledge', type: 'number', value: 10, editable: true },
  { key: 'tier', label: 'Tier', type: 'choice', value: 'Silver', editable: true, options: ['Bronze', 'Silver', 'Gold'] },
  { key: 'visit', label: 'Visit', type: 'date-time', value: '2026-11-30T10:00', editable: true },
  { key: 'note', label: 'Remark', type: 'text', value: 'Prefers mornings', editable: true },
  { key: 'member', label: 'Member since', type: 'text', value: '2019', editable: false },
  { key: 'site', label: 'Site', type: 'geo', value: '51.5,-0.12', editable: true } as unknown as RecordField,
];

const scenarios = {
  pushPreview: {
    campaigns: [
      campaign({ name: 'Spring appeal', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20 }, contacts: [withCase] }),
    ],
    odds: alwaysAnswers,
    timings,
  },
  strictProgressive: {
    campaigns: [
      campaign({
        name: 'Renewals',
        dialingMode: 'progressive',
        policy: { offerTimeoutSeconds: 12, onOfferTimeout: 'reject-and-not-ready', extendSeconds: null },
      }),
    ],
    odds: alwaysAnswers,
    timings,
  },
  autoAnswer: {
    campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { autoAnswerSeconds: 9, allowReject: false } })],
    odds: alwaysAnswers,
    timings,
  },
  asm: {
    campaigns: [campaign({ name: 'Win-back', dialingMode: 'predictive', policy: { asm: true } })],
    odds: alwaysAnswers,
    timings,
  },
  preview: {
    campaigns: [
      campaign({
        name: 'Spring appeal',
        dialingMode: 'preview',
        contacts: [{ ...withCase, numbers: [...dana.numbers, { id: 'work', e164: '+13125550102', type: 'work', blocked: 'dnc' }] }],
      }),
    ],
    odds: alwaysAnswers,
    timings,
  },
  timedAutoDial: {
    campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { autoDialSeconds: 16 } })],
    odds: alwaysAnswers,
    timings,
  },
  callerIds: {
    campaigns: [
      campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { callerIds: ['+441174960000', '+448081570000'] } }),
    ],
    odds: alwaysAnswers,
    timings,
  },
  fields: {
    campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', contacts: [{ ...withCase, fields: recordFields }] })],
    odds: alwaysAnswers,
    timings,
  },
  noCallableNumber: {
    campaigns: [
      campaign({
        name: 'Spring appeal',
        dialingMode: 'preview',
        contacts: [
          {
            ...dana,
            numbers: [
              { id: 'home', e164: '+13125550100', type: 'home', blocked: 'dnc' },
              { id: 'mobile', e164: '+13125550101', type: 'mobile', blocked: 'attempt-limit' },
            ],
          },
        ],
      }),
    ],
    odds: alwaysAnswers,
    timings,
  },
  manualDial: {
    campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { manualDialOnly: true } })],
    odds: alwaysAnswers,
    timings,
  },
  directPushPreview: {
    campaigns: [campaign({ name: 'Broadband upgrade', dialingMode: 'direct-push-preview', policy: { offerTimeoutSeconds: 15 } })],
    odds: alwaysAnswers,
    timings,
  },
  predictive: {
    campaigns: [campaign({ name: 'Renewals', dialingMode: 'predictive', policy: { offerTimeoutSeconds: 10 } })],
    odds: alwaysAnswers,
    timings,
  },
  assured: {
    campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { assuredConnection: true } })],
    odds: alwaysAnswers,
    timings: { ...timings, connectMs: 60_000 },
  },
  dnc: {
    campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })],
    odds: alwaysAnswers,
    timings,
    dncList: ['+13125550100'],
  },
} satisfies Record<string, SimulatorScenario>;

type Steps = (services: KitServices, fixture: KitFixture) => void | Promise<void>;

/**
 * An `<outbound-preview>` inside a provider backed by the embedded simulator on a manual clock: the
 * fixture the tests use. The element reads deadlines on that clock, so countdowns hold still at the
 * second the story shows. `steps` run once the login is answered, as the agent or the server would.
 */
function kit(
  scenario: SimulatorScenario,
  steps?: Steps,
  focusPolicy: FocusPolicy = 'announce',
  extra: TemplateResult | typeof nothing = nothing,
): HTMLElement {
  const fixture = createKitFixture(
    html`<outbound-preview focus-policy=${focusPolicy}>
      ${extra}
      <p slot="contact-details">Contact details from the host page.</p>
      <p slot="history">Contact history from the host page.</p>
      <p slot="responses">Standard responses from the host page.</p>
    </outbound-preview>`,
    { scenario },
  );
  (fixture.provider.querySelector('outbound-preview') as OutboundPreview).clock = fixture.clock;
  if (steps) void fixture.provider.updateComplete.then(() => steps(fixture.provider.services, fixture));
  return fixture.provider;
}

const outboundPreviewReady: Steps = ({ commands }, { advance }) => {
  commands.setChannelStatus('outbound-preview', 'ready');
  advance(0);
  advance(1000);
};

const voiceReady: Steps = ({ commands }, { advance }) => {
  commands.setChannelStatus('voice', 'ready');
  advance(0);
  advance(1000);
};

const recordRequested: Steps = ({ commands }, { advance }) => {
  commands.requestRecord('c');
  advance(0);
};

/** The element, once the record on screen has rendered. */
async function rendered(fixture: KitFixture): Promise<OutboundPreview> {
  const element = fixture.provider.querySelector('outbound-preview') as OutboundPreview;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

/** Opens Other phone number as the agent would (PRV-3). */
async function openOtherNumber(fixture: KitFixture): Promise<HTMLInputElement> {
  const element = await rendered(fixture);
  element.shadowRoot?.querySelector<HTMLButtonElement>('#other-number-toggle')?.click();
  await element.updateComplete;
  return element.shadowRoot?.querySelector<HTMLInputElement>('#other-number-input') as HTMLInputElement;
}

const meta: Meta = {
  title: 'Elements/outbound-preview',
  component: 'outbound-preview',
  parameters: {
    docs: {
      description: {
        component:
          'The Interaction Preview: an offered record as an interactive notification (Accept, Reject, time limit, ' +
          'More time), then the preview (case and record information, numbers, Call, Decline, Done, Done and Stop).',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** No record yet. */
export const Empty: Story = {
  render: () => kit(scenarios.pushPreview),
};

/** DEL-2: a Push-Preview record offered, 20 seconds to answer, back to the list at zero. */
export const PushPreviewOffered: Story = {
  name: 'Push-Preview offered',
  render: () => kit(scenarios.pushPreview, outboundPreviewReady),
};

/** DEL-4: Progressive, configured to reject and set Not Ready at zero; no More time. */
export const ProgressiveRejectAndNotReady: Story = {
  name: 'Progressive offered (reject and Not Ready at zero)',
  render: () => kit(scenarios.strictProgressive, voiceReady),
};

/** DEL-7: auto-answer, the Accept button counts down; Reject not configured. */
export const AutoAnswer: Story = {
  name: 'Auto-answer',
  render: () => kit(scenarios.autoAnswer, voiceReady),
};

/** DEL-5: ASM, Accept only, the record fills in on connection. */
export const AsmOffered: Story = {
  name: 'ASM offered',
  render: () => kit(scenarios.asm, voiceReady),
};

/** DEL-1, PRV-1, PRV-3, PRV-5, PRV-7: a pulled record in preview, one number blocked, host content in the slots. */
export const Previewing: Story = {
  render: () => kit(scenarios.preview, recordRequested),
};

/** DEL-8: timed auto-dial. */
export const TimedAutoDial: Story = {
  name: 'Timed auto-dial',
  render: () => kit(scenarios.timedAutoDial, recordRequested),
};

/** DNC-1: the chosen number was on the Do-Not-Call list; the next one is selected. */
export const DncNotice: Story = {
  name: 'DNC notice',
  render: () =>
    kit(scenarios.dnc, async (services, fixture) => {
      void recordRequested(services, fixture);
      await services.commands.act({ type: 'call' });
      fixture.advance(0);
    }),
};

/** PRV-3, DEL-8: Other phone number open: the number, its type, Call and Cancel; the auto-dial is paused. */
export const OtherNumberOpen: Story = {
  name: 'Other phone number open',
  render: () =>
    kit(scenarios.timedAutoDial, async (services, fixture) => {
      void recordRequested(services, fixture);
      await openOtherNumber(fixture);
      // typing-new-number leaves once the engine's rules are loaded; the simulator answers as time moves.
      for (let frame = 0; frame < 120 && services.store.state.interaction?.autoDial?.state !== 'paused'; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        fixture.advance(0);
      }
    }),
};

/** PRV-3: a number the parser refuses: its message is linked to the field, and the text is kept. */
export const OtherNumberError: Story = {
  name: 'Other phone number error',
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      void recordRequested(services, fixture);
      const input = await openOtherNumber(fixture);
      input.value = '+44 20 79';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form?.requestSubmit();
      fixture.advance(0);
    }),
};

/** PRV-4: the campaign offers two caller IDs. */
export const CallerIdChoice: Story = {
  name: 'Caller ID choice',
  render: () => kit(scenarios.callerIds, recordRequested),
};

/** After Call: the status line until the call controls take over. */
export const Dialing: Story = {
  render: () =>
    kit(scenarios.preview, async (services, fixture) => {
      void recordRequested(services, fixture);
      await services.commands.act({ type: 'call' });
      fixture.advance(0);
    }),
};

/** DEL-3: a Direct Push-Preview record offered: Accept dials at once. */
export const DirectPushPreviewOffered: Story = {
  name: 'Direct Push-Preview offered',
  render: () =>
    kit(scenarios.directPushPreview, ({ commands }, { advance }) => {
      commands.requestRecord('c');
      advance(0);
      advance(1000);
    }),
};

/** DEL-4: Predictive offered: the call is connected, 10 seconds to accept, back to the list at zero. */
export const PredictiveOffered: Story = {
  name: 'Predictive offered',
  render: () => kit(scenarios.predictive, voiceReady),
};

/** DEL-2: the offer's time limit passed before it could be answered (a late delivery): nothing to press. */
export const OfferExpired: Story = {
  name: 'Offer expired',
  render: () =>
    kit(scenarios.pushPreview, async (services, fixture) => {
      void outboundPreviewReady(services, fixture);
      (await rendered(fixture)).clock = new ManualClock(fixture.clock.now() + 60_000);
    }),
};

/** DEL-6: Assured Connection: the agent is connected first and waits for the contact. */
export const Engaging: Story = {
  render: () =>
    kit(scenarios.assured, async (services, fixture) => {
      void voiceReady(services, fixture);
      await services.commands.act({ type: 'accept' });
      fixture.advance(0);
    }),
};

/** PRV-2: record information with every field type; editable ones are controls, marked “(editable)”; an unknown type is shown as text. */
export const EditableFields: Story = {
  name: 'Editable record fields',
  render: () => kit(scenarios.fields, recordRequested),
};

/** PRV-2: a Pledge that is not a number: the text is kept and the message is linked to the field. */
export const FieldError: Story = {
  name: 'Record field error',
  render: () =>
    kit(scenarios.fields, async (services, fixture) => {
      void recordRequested(services, fixture);
      const element = await rendered(fixture);
      const pledge = element.shadowRoot?.querySelector<HTMLInputElement>('#field-1');
      if (!pledge) return;
      pledge.value = 'twenty';
      pledge.dispatchEvent(new Event('input', { bubbles: true }));
      pledge.dispatchEvent(new Event('change', { bubbles: true }));
    }),
};

/** PRV-3: none of the record's numbers can be dialled: no Call; Other phone number or Done. */
export const NoCallableNumber: Story = {
  name: 'No callable number',
  render: () => kit(scenarios.noCallableNumber, recordRequested),
};

/** PRV-6: manual dialing: no number is shown chosen; Call before choosing is refused next to the buttons. */
export const ManualDialing: Story = {
  name: 'Manual dialing (refused Call)',
  render: () =>
    kit(scenarios.manualDial, async (services, fixture) => {
      void recordRequested(services, fixture);
      (await rendered(fixture)).shadowRoot?.querySelector<HTMLButtonElement>('#call')?.click();
    }),
};

/** PRV-5: Reschedule disclosed the host's callback form (here a stand-in until `<reschedule-callback>` is placed there). */
export const RescheduleOpen: Story = {
  name: 'Reschedule open',
  render: () =>
    kit(
      scenarios.preview,
      async (services, fixture) => {
        void recordRequested(services, fixture);
        (await rendered(fixture)).shadowRoot?.querySelector<HTMLButtonElement>('#reschedule-toggle')?.click();
      },
      'announce',
      html`<div slot="reschedule"><label>Call back on <input type="date" /></label></div>`,
    ),
};

/** A11Y-1: `focus-policy="take"`: the arriving record's title takes focus (unless the agent is typing). */
export const FocusPolicyTake: Story = {
  name: 'Focus policy: take',
  render: () => kit(scenarios.preview, recordRequested, 'take'),
};

/** Sets attributes on the story's `<outbound-preview>` (a host's configuration). */
function configured(provider: HTMLElement, attributes: Record<string, string>): HTMLElement {
  const element = provider.querySelector('outbound-preview');
  Object.entries(attributes).forEach(([name, value]) => element?.setAttribute(name, value));
  return provider;
}

/** A11Y-3: `accept-shortcut="none"` and `reject-shortcut="none"`: no shortcut shown, announced or exposed. */
export const ShortcutsOff: Story = {
  name: 'Push-Preview offered, shortcuts off',
  render: () => configured(kit(scenarios.pushPreview, outboundPreviewReady), { 'accept-shortcut': 'none', 'reject-shortcut': 'none' }),
};

/** Inside a host's h2: `heading-level="3"` makes the title an h3 and Case and Record information h4. */
export const HeadingLevel3: Story = {
  name: 'Previewing, heading-level 3',
  render: () => configured(kit(scenarios.preview, recordRequested), { 'heading-level': '3' }),
};

export const German: Story = {
  name: 'German locale',
  parameters: { locale: 'de' },
  render: () => kit(scenarios.pushPreview, outboundPreviewReady),
};

/** The theme follows the surrounding `color-scheme`. Set through the CSSOM: the kit's CSP allows no inline styles. */
export const Dark: Story = {
  name: 'Dark theme',
  render: () => {
    const frame = document.createElement('div');
    Object.assign(frame.style, { colorScheme: 'dark', background: 'Canvas', color: 'CanvasText', padding: '1rem' });
    frame.append(kit(scenarios.preview, recordRequested));
    return frame;
  },
};
