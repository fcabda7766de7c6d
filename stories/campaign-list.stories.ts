import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { localeLoader } from './support/locale-loader.js';
import { createKitFixture, type KitFixture, type KitFixtureOptions } from '../tests/support/kit-fixture.js';
import {
  directPushPreview,
  longDescriptions,
  manyCampaigns,
  noCampaigns,
  severalCampaigns,
  springAppeal,
  upgrade,
} from '../tests/support/scenarios.js';

/**
 * A `<campaign-list>` inside a provider backed by the embedded simulator on a manual clock: the same
 * fixture the tests use, so stories show the real store and commands. Login is answered at clock 0.
 */
function kit(options: KitFixtureOptions): KitFixture {
  return createKitFixture(html`<campaign-list></campaign-list>`, options);
}

const meta: Meta = {
  title: 'Elements/campaign-list',
  component: 'campaign-list',
  parameters: {
    docs: {
      description: {
        component:
          'My Campaigns: the active and running campaigns the agent belongs to, as a keyboard-navigable ' +
          'data grid with the action that works for each delivery mode: Get Record (Preview), the Get ' +
          'Record / Stop toggle (Direct Push-Preview), or how records come for the automatic modes.',
      },
    },
  },
  loaders: [localeLoader],
};

export default meta;

type Story = StoryObj;

/** Signed in, but none of the agent's campaigns is active or running. */
export const Empty: Story = {
  render: () => kit({ scenario: noCampaigns }).provider,
};

/** The login is never answered, so the list stays in its loading state. */
export const Loading: Story = {
  render: () => kit({ scenario: severalCampaigns, holdLogin: true }).provider,
};

export const SeveralCampaigns: Story = {
  name: 'Several campaigns',
  render: () => kit({ scenario: severalCampaigns }).provider,
};

/** Long names, long prose and an unbroken word: the text must wrap inside its cell. */
export const LongDescriptions: Story = {
  name: 'Long descriptions',
  render: () => kit({ scenario: longDescriptions }).provider,
};

/** A Direct Push-Preview campaign the agent has not joined yet: its action is Get Record. */
export const DirectPushPreview: Story = {
  name: 'Direct push-preview',
  render: () => kit({ scenario: directPushPreview }).provider,
};

/** After Get Record was sent and answered, the Direct Push-Preview campaign is receiving: its action is Stop. */
export const DirectPushPreviewReceiving: Story = {
  name: 'Direct push-preview receiving',
  render: () => {
    const fixture = kit({ scenario: directPushPreview });
    // The fixture answers the login once the provider has first updated (it registered first, so it
    // runs first); then the campaign is listed and Get Record can be sent and answered at clock 0.
    void fixture.provider.updateComplete.then(() => {
      fixture.provider.services.commands.requestRecord(upgrade.id);
      fixture.advance(0);
    });
    return fixture.provider;
  },
};

/**
 * Issue 12 #6, #7: Get Record on the Preview campaign while its record is on screen: the server's
 * refusal is shown in that row, next to the button (and described by it). The automatic campaigns
 * offer no Get Record: they say which channel brings their records.
 */
export const GetRecordRefused: Story = {
  name: 'Get Record refused',
  render: () => {
    const fixture = kit({ scenario: severalCampaigns });
    void fixture.provider.updateComplete.then(async () => {
      fixture.provider.services.commands.requestRecord(springAppeal.id);
      fixture.advance(0);
      const list = fixture.provider.querySelector('campaign-list');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await list?.updateComplete;
      list?.shadowRoot?.querySelector<HTMLElement>(`tr[data-id="${springAppeal.id}"] button`)?.click();
      fixture.advance(0);
    });
    return fixture.provider;
  },
};

export const FiftyCampaigns: Story = {
  name: 'Fifty campaigns',
  render: () => kit({ scenario: manyCampaigns(50) }).provider,
};

export const German: Story = {
  name: 'German locale',
  parameters: { locale: 'de' },
  render: () => kit({ scenario: severalCampaigns }).provider,
};

/** The theme follows the surrounding `color-scheme`. Set through the CSSOM: the kit's CSP allows no inline styles. */
export const Dark: Story = {
  name: 'Dark theme',
  render: () => {
    const frame = document.createElement('div');
    Object.assign(frame.style, {
      colorScheme: 'dark',
      background: 'Canvas',
      color: 'CanvasText',
      padding: '1rem',
    });
    frame.append(kit({ scenario: severalCampaigns }).provider);
    return frame;
  },
};
