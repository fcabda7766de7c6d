import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/campaign-notices/define.js';
import { localeLoader } from './support/locale-loader.js';
import type { CampaignStatus } from '../src/services/domain/campaign/campaign.js';
import type { SimulatedCampaign, SimulatorScenario } from '../src/services/backend/simulator/scenario.js';
import { createKitFixture, type KitFixture } from '../tests/support/kit-fixture.js';
import { collections, renewals, severalCampaigns, springAppeal, upgrade, winback } from '../tests/support/scenarios.js';

interface NoticeStoryOptions {
  readonly scenario: SimulatorScenario;
  /** The provider's notice-timeout, in seconds. */
  readonly noticeTimeout?: number;
  /** Campaign time to run after login, so the scenario's scheduled steps have happened. */
  readonly runMs?: number;
}

/**
 * `<campaign-notices>` above `<campaign-list>`, as an agent desktop places them, inside a provider
 * backed by the embedded simulator on a manual clock (the fixture the tests use). Login is answered at
 * clock 0; then the clock runs `runMs`, so scheduled status changes have arrived.
 */
function kit({ scenario, noticeTimeout, runMs = 0 }: NoticeStoryOptions): KitFixture {
  const fixture = createKitFixture(html`<campaign-notices></campaign-notices><campaign-list></campaign-list>`, {
    scenario,
  });
  if (noticeTimeout !== undefined) fixture.provider.noticeTimeout = noticeTimeout;
  // Through the CSSOM: the kit's CSP allows no inline style attributes.
  fixture.provider.querySelector('campaign-notices')?.style.setProperty('margin-block-end', '1rem');
  // The fixture answers the login first (it registered first); then the schedule runs.
  if (runMs > 0) void fixture.provider.updateComplete.then(() => fixture.advance(runMs));
  return fixture;
}

/** A campaign that is loaded (so no notice at login) and changes to `status` one second in. */
function changesTo(campaign: SimulatedCampaign, status: CampaignStatus): NoticeStoryOptions {
  return {
    scenario: {
      campaigns: [{ ...campaign, status: status === 'loaded' ? 'unloaded' : 'loaded' }],
      schedule: [{ atMs: 1000, campaignId: campaign.id, status }],
    },
    runMs: 1000,
  };
}

const meta: Meta = {
  title: 'Elements/campaign-notices',
  component: 'campaign-notices',
  parameters: {
    docs: {
      description: {
        component:
          'Campaign lifecycle message boxes (loaded, started, stopped, unloaded): one at a time, queued, ' +
          'with the server text, OK, and Get Record on a started Preview campaign. Non-modal: it never ' +
          'takes focus, is announced politely, and is reached with Tab.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

export const Loaded: Story = {
  render: () => kit(changesTo(winback, 'loaded')).provider,
};

/** A Progressive campaign starts: OK only (Get Record is for Preview campaigns). */
export const Started: Story = {
  render: () => kit(changesTo(collections, 'started')).provider,
};

/** A campaign that was running before the agent logged in is announced at login (CAM-1). */
export const RunningAtLogin: Story = {
  name: 'Running at login (catch-up)',
  render: () => kit({ scenario: { campaigns: [renewals] } }).provider,
};

export const Stopped: Story = {
  render: () => kit(changesTo(winback, 'stopped')).provider,
};

export const Unloaded: Story = {
  render: () => kit(changesTo(winback, 'unloaded')).provider,
};

/** Four campaigns were running at login: "Notice 1 of 4"; OK shows the next. */
export const Queued: Story = {
  name: 'Queued notices',
  render: () => kit({ scenario: severalCampaigns }).provider,
};

/**
 * A campaign starts and stops while the agent still reads another notice: the started notice, never
 * shown, gives way to the stopped one, which says what it replaces ("Notice 1 of 2", not 1 of 3).
 */
export const ReplacesUnseen: Story = {
  name: 'Queued notice made moot (started, then stopped)',
  render: () =>
    kit({
      scenario: {
        campaigns: [collections, winback],
        schedule: [
          { atMs: 500, campaignId: winback.id, status: 'started' },
          { atMs: 1000, campaignId: winback.id, status: 'stopped' },
        ],
      },
      runMs: 1000,
    }).provider,
};

/** A Preview campaign starts: its notice offers Get Record (CAM-2). */
export const GetRecord: Story = {
  name: 'Get Record (Preview started)',
  render: () => kit(changesTo(springAppeal, 'started')).provider,
};

/** The provider's notice-timeout: a started notice closes by itself and shows the time left. */
export const ClosesByItself: Story = {
  name: 'Closes by itself (notice-timeout 90 s)',
  render: () => kit({ ...changesTo(upgrade, 'started'), noticeTimeout: 90 }).provider,
};

/** A long server text, a long campaign name and an unbroken word must wrap inside the box. */
export const LongMessage: Story = {
  name: 'Long message',
  render: () =>
    kit({
      scenario: {
        campaigns: [],
        schedule: [
          {
            atMs: 1000,
            rawEvent: {
              type: 'campaign-status-changed',
              message:
                'The spring appeal has been loaded for the northern and western regions. Before you start, read ' +
                'the updated script: thank each donor by name, explain how last year’s gifts were used, mention ' +
                'Gift Aid only to tax payers, and never press for an amount.\nReference: ' +
                'SPRING-APPEAL-NORTH-WEST-SECOND-WAVE-2026-REGULAR-DONORS-SCRIPT-REVISION-7',
              campaign: {
                id: 'spring-north-west',
                name: 'Spring appeal for regular donors in the northern and western regions, second wave',
                description: '',
                status: 'loaded',
                dialingMode: 'preview',
                receiving: false,
              },
            },
          },
        ],
      },
      runMs: 1000,
    }).provider,
};

/**
 * The kit's labels in German; the notice text is the server's (here the simulator's English) and is
 * shown as sent.
 */
export const German: Story = {
  name: 'German locale',
  parameters: { locale: 'de' },
  render: () => kit({ scenario: { campaigns: [{ ...springAppeal, status: 'started' }, collections] } }).provider,
};
