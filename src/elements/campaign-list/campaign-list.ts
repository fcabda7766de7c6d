import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { getKitLocale } from '../../localization/localization.js';
import { nextGridPosition, rowAfterRemoval } from '../../a11y/grid-navigation.js';
import { deliveryModeOf, type Campaign } from '../../services/domain/campaign/campaign.js';
import { deliveringChannel } from '../../services/domain/agent/agent.js';
import { campaignOffer } from '../../services/domain/campaign/record-delivery.js';
import type { KitError } from '../../services/domain/refusals/errors.js';
import {
  selectBusyCampaignIds,
  selectLastError,
  selectMyCampaigns,
  selectSessionPhase,
} from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import type { CommandOutcome } from '../../services/session/commands.js';
import { KitSelection } from '../base/kit-selection.js';
import { panelStyles } from '../shared/panel-styles.js';
import { errorText } from '../shared/error-text.js';
import { themeStyles } from '../shared/theme.js';
import { campaignListStyles } from './campaign-list.styles.js';
import { campaignListRefusalStyles } from './campaign-list-refusal.styles.js';
import {
  OutboundCampaignSelectEvent,
  OutboundDeliveryStopEvent,
  OutboundRecordRequestEvent,
} from '../events/campaign-list-events.js';
import { campaignListLabels as t, channelLabel, deliveryModeLabel, statusLabel } from './labels.js';
import { dialingModeLabel } from '../shared/dialing-mode-labels.js';
import { CustomStates } from '../base/custom-states.js';

const COLUMN_COUNT = 6;
const ACTION_COLUMN = COLUMN_COUNT - 1;

interface ListView {
  readonly campaigns: readonly Campaign[];
  readonly busy: ReadonlySet<string>;
  readonly phase: KitState['session']['phase'];
  readonly error: KitState['lastError'];
  /** What a refused Get Record may depend on: the record on screen and the agent's channels. */
  readonly interactionId: string | null;
  readonly agent: KitState['agent'];
}

const selectListView = (state: KitState): ListView => ({
  campaigns: selectMyCampaigns(state),
  busy: selectBusyCampaignIds(state),
  phase: selectSessionPhase(state),
  error: selectLastError(state),
  interactionId: state.interaction?.id ?? null,
  agent: state.agent,
});

const sameView = (a: ListView, b: ListView) =>
  a.campaigns === b.campaigns &&
  a.busy === b.busy &&
  a.phase === b.phase &&
  a.error === b.error &&
  a.interactionId === b.interactionId &&
  a.agent === b.agent;

/**
 * Errors the list shows below the grid: server data about campaigns it could not read (it keeps the
 * last good list). Refusals belong next to what was refused: this list's own in their rows, the
 * other elements' in those elements.
 */
function aboutCampaignData(error: KitError): boolean {
  return error.code === 'malformed-event' && /^campaign/.test(error.field ?? '');
}

/** A Get Record or Stop of this list that was refused, shown in its campaign's row. */
interface RowRefusal {
  readonly campaignId: string;
  readonly error: KitError;
}

/**
 * My Campaigns: the campaigns the agent belongs to that are active or running, with their status,
 * name, delivery mode, dialing mode and description, and the action that works for the campaign's
 * delivery mode: **Get Record** for Preview (Manual); the **Get Record / Stop** toggle for Direct
 * Push-Preview; for the automatic modes (Push-Preview, Progressive, Predictive) no button but how
 * records come ("Sent while Voice is Ready"), and **Get Record** after Done and Stop, to resume.
 * A refused Get Record or Stop is shown in its row, next to its button, until its cause goes.
 *
 * It is a data grid: one Tab stop, arrow keys move between cells, Home / End to the row's ends,
 * Ctrl+Home / Ctrl+End to the grid's ends, Page Up / Page Down by five rows. The focused row is the
 * selected one. Enter or Space on a row performs its action.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag campaign-list
 * @fires {OutboundCampaignSelectEvent} outbound-campaign-select - The agent selected a row; `detail.campaignId`.
 * @fires {OutboundRecordRequestEvent} outbound-record-request - The agent chose Get Record; cancel it to keep the command from being sent.
 * @fires {OutboundDeliveryStopEvent} outbound-delivery-stop - The agent chose Stop on a Direct Push-Preview campaign; cancelable.
 * @csspart base - The frame around the list.
 * @csspart title - The heading text.
 * @csspart grid - The table.
 * @csspart row - A campaign row (`row selected` for the selected one).
 * @csspart action - The Get Record or Stop button.
 * @csspart message - The error shown when the server sent campaign data the kit could not read (the last good list stays).
 * @csspart refusal - Why this list's Get Record or Stop was refused, in the campaign's row next to its button; it goes when its cause goes (the record on screen or the agent's channels change, another request).
 * @csspart note - The loading and empty texts.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text colour.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons.
 * @cssprop --outbound-color-on-accent - Text on buttons.
 * @cssprop --outbound-color-selected - Background of the selected row.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Error text.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate loading - The campaigns are being fetched.
 * @cssstate empty - No campaign is active or running.
 */
export class CampaignList extends LitElement {
  static override styles = [themeStyles, panelStyles, campaignListStyles, campaignListRefusalStyles];

  /** Accessible name and visible title; defaults to "My Campaigns" in the current language. */
  @property() label = '';

  /** The selected campaign's id, or null. */
  get selectedCampaignId(): string | null {
    return this.focusId;
  }

  @state() private focusId: string | null = null;
  @state() private focusColumn = 0;

  private readonly view = new KitSelection(this, selectListView, sameView);
  private readonly states = new CustomStates(this);
  private previousCampaigns: readonly Campaign[] = [];
  private restoreFocus = false;
  /** This list's requests awaiting the server, by command id: only their refusals are the list's. */
  private readonly ownCommands = new Map<string, string>();
  /** The last refused request of this list, until its cause goes. */
  private refusal: RowRefusal | null = null;
  private refusalContext: Pick<ListView, 'interactionId' | 'agent'> | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { campaigns, phase } = this.view.value;
    if (campaigns !== this.previousCampaigns) this.followCampaignChanges(campaigns);
    this.followRefusal();
    this.states.set('loading', phase === 'signing-in');
    this.states.set('empty', phase === 'ready' && campaigns.length === 0);
  }

  protected override updated(): void {
    if (this.restoreFocus) {
      this.restoreFocus = false;
      this.focusableCell()?.focus();
    }
  }

  protected override render() {
    const { campaigns, phase, error, busy } = this.view.value;
    const title = this.label || t.title();
    return html`
      <section class="base" part="base">
        <div class="title" part="title" id="title" tabindex="-1">${title}</div>
        ${campaigns.length > 0 ? this.renderGrid(campaigns, busy) : this.renderNote(phase)}
        ${error && aboutCampaignData(error) ? this.renderError(errorText(error)) : nothing}
      </section>
    `;
  }

  private renderNote(phase: ListView['phase']) {
    const text = phase === 'ready' ? t.empty() : phase === 'signing-in' ? t.loading() : '';
    return text ? html`<p class="note" part="note">${text}</p>` : nothing;
  }

  private renderGrid(campaigns: readonly Campaign[], busy: ReadonlySet<string>) {
    const focusId = this.tabStopId(campaigns);
    return html`
      <table
        role="grid"
        part="grid"
        aria-labelledby="title"
        aria-rowcount=${campaigns.length + 1}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
        @click=${this.onClick}
      >
        <thead>
          <tr aria-rowindex="1">
            <th scope="col">${t.status()}</th>
            <th scope="col">${t.name()}</th>
            <th scope="col">${t.deliveryMode()}</th>
            <th scope="col">${t.dialingMode()}</th>
            <th scope="col">${t.description()}</th>
            <th scope="col">${t.action()}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            campaigns,
            (campaign) => campaign.id,
            (campaign, index) => {
              const isTabStop = campaign.id === focusId;
              const isBusy = busy.has(campaign.id);
              const refusal = this.refusal?.campaignId === campaign.id ? this.refusal.error : null;
              // Moving focus changes two rows: the others keep their last render (a list of
              // 1,000 campaigns would otherwise redo every row on each arrow key).
              const inputs = [campaign, index, isTabStop, campaign.id === this.focusId, isTabStop ? this.focusColumn : -1, isBusy, refusal, getKitLocale()];
              return guard(inputs, () => this.renderRow(campaign, index, isTabStop, isBusy, refusal));
            },
          )}
        </tbody>
      </table>
    `;
  }

  private renderRow(campaign: Campaign, index: number, isTabStop: boolean, isBusy: boolean, refusal: KitError | null) {
    const selected = campaign.id === this.focusId;
    const tabindex = (column: number) => (isTabStop && this.focusColumn === column ? 0 : -1);
    const offer = campaignOffer(campaign);
    const describedBy = [isBusy ? `busy-${index}` : null, refusal ? `refusal-${index}` : null].filter(Boolean).join(' ');
    return html`
      <tr
        part=${selected ? 'row selected' : 'row'}
        aria-rowindex=${index + 2}
        aria-selected=${selected ? 'true' : 'false'}
        data-id=${campaign.id}
      >
        <td tabindex=${tabindex(0)} data-column="0">${statusLabel(campaign.status)}</td>
        <td tabindex=${tabindex(1)} data-column="1">${campaign.name}</td>
        <td tabindex=${tabindex(2)} data-column="2">${deliveryModeLabel(deliveryModeOf(campaign.dialingMode))}</td>
        <td tabindex=${tabindex(3)} data-column="3">${dialingModeLabel(campaign.dialingMode)}</td>
        <td tabindex=${tabindex(4)} data-column="4" class="description">${campaign.description}</td>
        ${offer.kind === 'pushed'
          ? // Nothing to ask for: the cell says how records come, and holds the Tab stop itself.
            html`<td tabindex=${tabindex(ACTION_COLUMN)} data-column="5" class="pushed" aria-describedby=${describedBy || nothing}>
              ${t.pushed(channelLabel(offer.channel))}
              ${refusal ? html`<span class="refusal" part="refusal" id=${`refusal-${index}`}>${errorText(refusal)}</span>` : nothing}
            </td>`
          : html`<td data-column="5">
              <button
                part="action"
                tabindex=${tabindex(ACTION_COLUMN)}
                data-action=${offer.kind}
                aria-disabled=${isBusy ? 'true' : 'false'}
                aria-describedby=${describedBy || nothing}
              >
                ${offer.kind === 'stop' ? t.stop() : t.getRecord()}
              </button>
              ${isBusy ? html`<span class="busy" id=${`busy-${index}`}>${t.requesting()}</span>` : nothing}
              ${refusal ? html`<span class="refusal" part="refusal" id=${`refusal-${index}`}>${errorText(refusal)}</span>` : nothing}
            </td>`}
      </tr>
    `;
  }

  private renderError(message: string) {
    return html`
      <div class="message" part="message">
        <span>${message}</span>
        <button @click=${this.dismissError}>${t.dismiss()}</button>
      </div>
    `;
  }

  /** The row that holds the grid's single Tab stop. */
  private tabStopId(campaigns: readonly Campaign[]): string | null {
    const focused = campaigns.find((campaign) => campaign.id === this.focusId);
    return focused?.id ?? campaigns[0]?.id ?? null;
  }

  private followCampaignChanges(campaigns: readonly Campaign[]): void {
    const before = this.previousCampaigns;
    this.previousCampaigns = campaigns;
    this.announceParticipationChanges(before, campaigns);
    if (this.focusId === null || campaigns.some((campaign) => campaign.id === this.focusId)) return;
    // The focused row is gone: hand the Tab stop (and focus, if the grid had it) to its neighbour.
    const removedIndex = before.findIndex((campaign) => campaign.id === this.focusId);
    const next = rowAfterRemoval(Math.max(0, removedIndex), campaigns.length);
    this.restoreFocus = this.gridHasFocus();
    this.focusId = next === null ? null : (campaigns[next]?.id ?? null);
  }

  private announceParticipationChanges(before: readonly Campaign[], after: readonly Campaign[]): void {
    const services = this.view.services;
    if (!services) return;
    for (const campaign of after) {
      const old = before.find((candidate) => candidate.id === campaign.id);
      if (old && old.receiving !== campaign.receiving) {
        const channel = deliveringChannel(campaign.dialingMode);
        const resumed = channel ? t.resumed(campaign.name, channelLabel(channel)) : t.receiving(campaign.name);
        services.announcer.announce(campaign.receiving ? resumed : t.stopped(campaign.name));
      }
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    const position = this.positionOf(event.target);
    if (!position) return;
    const { campaigns } = this.view.value;
    if ((event.key === 'Enter' || event.key === ' ') && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      const campaign = campaigns[position.row];
      if (campaign) this.performAction(campaign);
      return;
    }
    const next = nextGridPosition(position, event, { rows: campaigns.length, columns: COLUMN_COUNT });
    if (!next) return;
    event.preventDefault();
    this.moveFocus(campaigns[next.row]?.id ?? null, next.column);
  }

  private onFocusin(event: FocusEvent): void {
    const position = this.positionOf(event.target);
    const campaign = position && this.view.value.campaigns[position.row];
    if (!position || !campaign) return;
    this.focusColumn = position.column;
    this.select(campaign);
  }

  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button[data-action]');
    const position = this.positionOf(event.target);
    const campaign = position && this.view.value.campaigns[position.row];
    if (!campaign) return;
    if (button) {
      this.performAction(campaign);
    } else if (position) {
      this.moveFocus(campaign.id, position.column);
    }
  }

  private moveFocus(campaignId: string | null, column: number): void {
    this.focusColumn = column;
    const campaign = this.view.value.campaigns.find((candidate) => candidate.id === campaignId);
    if (campaign) this.select(campaign);
    this.restoreFocus = true;
    this.requestUpdate();
  }

  private select(campaign: Campaign): void {
    if (this.focusId === campaign.id) return;
    this.focusId = campaign.id;
    this.view.services?.announcer.announce(t.selected(campaign.name));
    this.dispatchEvent(new OutboundCampaignSelectEvent({ campaignId: campaign.id }));
  }

  private performAction(campaign: Campaign): void {
    const services = this.view.services;
    if (!services || this.view.value.busy.has(campaign.id)) return;
    this.select(campaign);
    const detail = { campaignId: campaign.id };
    const offer = campaignOffer(campaign);
    if (offer.kind === 'pushed') {
      // Enter on a campaign that sends records by itself: the rules say why there is nothing to ask.
      this.follow(campaign.id, services.commands.requestRecord(campaign.id));
      return;
    }
    if (offer.kind === 'stop') {
      if (!this.dispatchEvent(new OutboundDeliveryStopEvent(detail))) return;
      const outcome = services.commands.stopReceiving(campaign.id);
      this.follow(campaign.id, outcome);
      if (outcome.sent) services.announcer.announce(t.stopping(campaign.name));
      return;
    }
    if (!this.dispatchEvent(new OutboundRecordRequestEvent(detail))) return;
    const outcome = services.commands.requestRecord(campaign.id);
    this.follow(campaign.id, outcome);
    if (outcome.sent) services.announcer.announce(t.requested(campaign.name));
  }

  /** A new request of the list replaces its last refusal; a refusal before sending is shown at once. */
  private follow(campaignId: string, outcome: CommandOutcome): void {
    if (outcome.sent) {
      this.ownCommands.set(outcome.commandId, campaignId);
      this.showRefusal(null);
    } else {
      this.showRefusal({ campaignId, error: outcome.error });
    }
  }

  /**
   * Takes the server's refusal of one of this list's requests into its row; drops a refusal whose
   * cause went: the record on screen or the agent's channels changed, or the campaign left the list.
   * The provider has announced the refusal: the row only shows it.
   */
  private followRefusal(): void {
    const { error, interactionId, agent, campaigns } = this.view.value;
    const refusedId = error?.commandId !== undefined ? this.ownCommands.get(error.commandId) : undefined;
    if (error && refusedId !== undefined) {
      this.ownCommands.delete(error.commandId!);
      this.showRefusal({ campaignId: refusedId, error });
      return;
    }
    const context = this.refusalContext;
    if (!this.refusal || !context) return;
    const gone = !campaigns.some((campaign) => campaign.id === this.refusal?.campaignId);
    if (gone || context.interactionId !== interactionId || context.agent !== agent) this.showRefusal(null);
  }

  private showRefusal(refusal: RowRefusal | null): void {
    if (this.refusal === refusal || (this.refusal?.error === refusal?.error && this.refusal?.campaignId === refusal?.campaignId)) return;
    this.refusal = refusal;
    const { interactionId, agent } = this.view.value;
    this.refusalContext = refusal ? { interactionId, agent } : null;
    this.requestUpdate();
  }

  private dismissError(): void {
    // The button goes away with the message: keep focus in the list.
    this.restoreFocus = true;
    this.view.services?.store.dispatch({ type: 'kit/error-dismissed' });
  }

  private positionOf(target: EventTarget | null): { row: number; column: number } | null {
    if (!(target instanceof Element)) return null;
    const cell = target.closest('td');
    const row = cell?.closest('tr');
    if (!cell || !row) return null;
    const index = this.view.value.campaigns.findIndex((campaign) => campaign.id === row.dataset.id);
    return index < 0 ? null : { row: index, column: Number(cell.dataset.column) };
  }

  private gridHasFocus(): boolean {
    const active = this.shadowRoot?.activeElement;
    return active instanceof Element && active.closest('table') !== null;
  }

  /** The grid's Tab stop, or the title when no row is left to hold focus. */
  private focusableCell(): HTMLElement | null {
    return (
      this.shadowRoot?.querySelector<HTMLElement>('tbody [tabindex="0"]') ??
      this.shadowRoot?.querySelector<HTMLElement>('#title') ??
      null
    );
  }
}
