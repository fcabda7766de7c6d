/**
 * The storm baseline: a plain Lit element with the kit list's DOM and styles, given its campaigns
 * as a property. No store, no context, no localisation, no keyboard grid.
 */
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { campaignListStyles } from '../../src/elements/campaign-list/campaign-list.styles.js';
import { panelStyles } from '../../src/elements/shared/panel-styles.js';
import { themeStyles } from '../../src/elements/shared/theme.js';
import type { Campaign } from '../../src/services/domain/campaign/campaign.js';

const STATUS: Record<string, string> = { loaded: 'Loaded', started: 'Active', running: 'Running', stopped: 'Stopped', unloaded: 'Unloaded' };
const DIALING: Record<string, string> = {
  preview: 'Preview',
  'push-preview': 'Push-Preview',
  'direct-push-preview': 'Direct Push-Preview',
  progressive: 'Progressive',
  predictive: 'Predictive',
};

export class PlainCampaignTable extends LitElement {
  static override styles = [themeStyles, panelStyles, campaignListStyles];
  static override properties = { campaigns: { attribute: false } };
  campaigns: readonly Campaign[] = [];

  protected override render() {
    return html`
      <section class="base" part="base">
        <div class="title" part="title" id="title" tabindex="-1">My Campaigns</div>
        <table role="grid" part="grid" aria-labelledby="title" aria-rowcount=${this.campaigns.length + 1}>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col">Status</th>
              <th scope="col">Name</th>
              <th scope="col">Delivery mode</th>
              <th scope="col">Dialing mode</th>
              <th scope="col">Description</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.campaigns,
              (campaign) => campaign.id,
              (campaign, index) => html`
                <tr part="row" aria-rowindex=${index + 2} aria-selected="false" data-id=${campaign.id}>
                  <td tabindex=${index === 0 ? 0 : -1} data-column="0">${STATUS[campaign.status]}</td>
                  <td tabindex="-1" data-column="1">${campaign.name}</td>
                  <td tabindex="-1" data-column="2">${campaign.dialingMode === 'preview' ? 'Manual' : 'Automatic'}</td>
                  <td tabindex="-1" data-column="3">${DIALING[campaign.dialingMode]}</td>
                  <td tabindex="-1" data-column="4" class="description">${campaign.description}</td>
                  <td data-column="5">
                    <button part="action" tabindex="-1" data-action=${campaign.dialingMode === 'direct-push-preview' && campaign.receiving ? 'stop' : 'get-record'} aria-disabled="false">
                      ${campaign.dialingMode === 'direct-push-preview' && campaign.receiving ? 'Stop' : 'Get Record'}
                    </button>
                  </td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </section>
    `;
  }
}
