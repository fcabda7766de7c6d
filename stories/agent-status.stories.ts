import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/agent-status/define.js';
import { localeLoader } from './support/locale-loader.js';
import { ManualClock } from '../src/services/ports/clock.js';
import type { KitServices } from '../src/services/session/kit-services.js';
import type { SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { alwaysAnswers, campaign } from '../tests/support/engine-desk.js';

/** One Preview campaign whose contacts answer after 3 s, and an 8-second negotiated logout. */
const shift: SimulatorScenario = {
  campaigns: [campaign({ id: 'appeal', name: 'Spring appeal', dialingMode: 'preview' })],
  odds: alwaysAnswers,
  timings: { ringMs: 3000, logoutNegotiationMs: 8000 },
};

type Steps = (services: KitServices, fixture: KitFixture) => void | Promise<void>;

/**
 * An `<agent-status>` inside a provider backed by the embedded simulator on a manual clock: the
 * fixture the tests use. The element reads deadlines on the same clock, so a pending logout's
 * countdown holds still at its first second. `steps` run once the login is answered (the fixture
 * answers it first, having registered first), as the agent or the server would.
 */
function kit(steps?: Steps, options: { showImToggle?: boolean } = {}): HTMLElement {
  const clock = new ManualClock();
  const fixture = createKitFixture(
    html`<agent-status .clock=${clock} ?show-im-toggle=${options.showImToggle ?? false}></agent-status>`,
    { scenario: shift, clock },
  );
  if (steps) void fixture.provider.updateComplete.then(() => steps(fixture.provider.services, fixture));
  return fixture.provider;
}

const voiceReady: Steps = ({ commands }, { advance }) => {
  commands.setChannelStatus('voice', 'ready');
  advance(0);
};

const logoutRequested: Steps = (services, fixture) => {
  void voiceReady(services, fixture);
  services.commands.requestLogout();
  fixture.advance(0);
};

const meta: Meta = {
  title: 'Elements/agent-status',
  component: 'agent-status',
  parameters: {
    docs: {
      description: {
        component:
          'My Channels: Ready / Not Ready / After-call work for the Voice and Outbound preview channels, ' +
          'the instant-messaging block, and Log out with negotiated logout.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** Right after login: both channels Not Ready. */
export const BothNotReady: Story = {
  name: 'Both Not Ready',
  render: () => kit(),
};

export const VoiceReady: Story = {
  name: 'Voice Ready',
  render: () => kit(voiceReady),
};

/** Voice Ready, then a Preview call answered: the voice channel shows On a call, not Ready. */
export const OnACall: Story = {
  name: 'On a call',
  render: () =>
    kit(async (services, fixture) => {
      void voiceReady(services, fixture);
      services.commands.requestRecord('appeal');
      fixture.advance(0);
      await services.commands.act({ type: 'call' });
      fixture.advance(3000);
    }),
};

/** A Preview call answered and ended: the system set the voice channel to after-call work. */
export const AfterCallWork: Story = {
  name: 'After-call work',
  render: () =>
    kit(async ({ commands }, { advance }) => {
      commands.requestRecord('appeal');
      advance(0);
      await commands.act({ type: 'call' });
      advance(3000);
      await commands.act({ type: 'end-call' });
      advance(0);
    }),
};

/** Logged in to instant messaging (with the demo check box that toggles it): Ready is blocked. */
export const ImBlocking: Story = {
  name: 'IM blocking',
  render: () =>
    kit(
      ({ commands }, { advance }) => {
        commands.setImLogin(true);
        advance(0);
      },
      { showImToggle: true },
    ),
};

/** Ready when choosing Log out: a call may be on its way, so logout waits 8 seconds; Cancel logout is offered. */
export const LogoutPending: Story = {
  name: 'Logout pending',
  render: () => kit(logoutRequested),
};

export const LogoutAuthorized: Story = {
  name: 'Logout authorized',
  render: () =>
    kit((services, fixture) => {
      void logoutRequested(services, fixture);
      fixture.advance(8000);
    }),
};

/** Authorized, then Log out again: the agent is logged out, every channel Not Ready. */
export const LoggedOut: Story = {
  name: 'Logged out',
  render: () =>
    kit((services, fixture) => {
      void logoutRequested(services, fixture);
      fixture.advance(8000);
      services.commands.completeLogout();
      fixture.advance(0);
    }),
};

export const German: Story = {
  name: 'German locale',
  parameters: { locale: 'de' },
  render: () => kit(logoutRequested),
};

/** The theme follows the surrounding `color-scheme`. Set through the CSSOM: the kit's CSP allows no inline styles. */
export const Dark: Story = {
  name: 'Dark theme',
  render: () => {
    const frame = document.createElement('div');
    Object.assign(frame.style, { colorScheme: 'dark', background: 'Canvas', color: 'CanvasText', padding: '1rem' });
    frame.append(kit(voiceReady));
    return frame;
  },
};
