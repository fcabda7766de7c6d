import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import type { Call } from '../../services/domain/interaction/call.js';
import type { Campaign } from '../../services/domain/campaign/campaign.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import type { RecordFieldValue } from '../../services/domain/campaign/record.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { clockTime } from '../shared/time-labels.js';
import { dialingModeLabel } from '../shared/dialing-mode-labels.js';
import { originLabel } from '../shared/record-labels.js';
import { callEndedLabel, callStatusLine } from '../shared/call-status-labels.js';
import { KitSelection } from '../base/kit-selection.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { recordFieldStyles } from '../shared/record-field-styles.js';
import { RecordFieldsEditor } from '../shared/record-fields.js';
import { themeStyles } from '../shared/theme.js';
import { WakeUp } from '../base/wake-up.js';
import { HeadingLevelMixin, subHeading, titleHeading } from '../base/heading-level.js';
import { interactionLabels as t } from './labels.js';
import { outboundInteractionStyles } from './outbound-interaction.styles.js';
import { CustomStates } from '../base/custom-states.js';

interface CallView {
  /** The interaction while it has a call (dialing, in the call, wrapping up), else null. */
  readonly interaction: Interaction | null;
  readonly campaign: Campaign | null;
  readonly draft: OutcomeDraft;
}

const CALL_PHASES: ReadonlySet<Interaction['phase']> = new Set(['dialing', 'in-call', 'wrap-up']);

const selectCallView = (state: KitState): CallView => {
  const interaction = state.interaction && CALL_PHASES.has(state.interaction.phase) ? state.interaction : null;
  return {
    interaction,
    campaign: (interaction && state.campaigns.byId[interaction.campaignId]) ?? null,
    draft: selectDraft(state),
  };
};
const sameView = (a: CallView, b: CallView) => a.interaction === b.interaction && a.campaign === b.campaign && a.draft === b.draft;

/**
 * The outbound interaction view (CALL-1, CALL-4): the record being called, from dialing through the
 * call to wrap-up. It shows the call's status (dialing, establishing, engaging, connected, on hold,
 * ended, and then who ended it and why), the contact's name or the number, the number dialled, the
 * caller ID, the talk time, the campaign, the case information and the record information, whose
 * editable fields are controls of their type as in the preview and are saved to the outcome. After a
 * transfer the record information is read-only and the view says why (CALL-3). An ASM call shows that
 * the record arrives with the contact (DEL-5), and announces it when it does.
 *
 * The view is one landmark, named "Call: <contact>" (the preview's is "Preview: <contact>"); its
 * Call details, Case information and Record information are sub-headings within it, one level below
 * the title (`heading-level`).
 *
 * Each change of status is announced politely once, in the same words as `<outbound-preview>`, so a
 * page with both is heard once. The controls of the call (`<call-controls>`) and the wrap-up
 * (`<disposition-panel>`, `<reschedule-callback>`) are elements of their own; place them where the
 * layout wants them, or in this view's slots.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag outbound-interaction
 * @attr {number} heading-level - The level of the title heading (1–6, default 2), to fit the host's outline; sub-headings are one level deeper.
 * @slot controls - Call controls shown under the status (such as `<call-controls>`).
 * @slot notes - The host's note pane for the interaction history (CALL-4).
 * @slot history - The contact's history from the host page.
 * @slot - Anything else the host shows with the call (such as `<disposition-panel>`).
 * @fires {OutboundErrorEvent} outbound-error - A record field's value could not be read; fired by the provider, and announced.
 * @csspart base - The frame around the element.
 * @csspart title - The contact's name (or the number).
 * @csspart status - The call's status line.
 * @csspart ended - Who ended the call and why.
 * @csspart read-only - The note that the record is read-only after a transfer.
 * @csspart call-details - The number, caller ID, talk time, campaign and dialing mode.
 * @csspart talk-time - The talk time.
 * @csspart case - The case information.
 * @csspart record-fields - The record information fields.
 * @csspart editable-mark - The "(editable)" mark of an editable field's label.
 * @csspart error - The message of a record field whose value was refused.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text colour.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - The status line's edge.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Field errors.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate empty - No call.
 * @cssstate in-call - Dialing or in the call.
 * @cssstate wrap-up - The call ended; the record is being wrapped up.
 */
export class OutboundInteraction extends HeadingLevelMixin(LitElement) {
  static override styles = [themeStyles, panelStyles, formStyles, recordFieldStyles, outboundInteractionStyles];

  /** The interaction as last rendered, to notice what changed. */
  private shown: Interaction | null = null;

  private readonly view = new KitSelection(this, selectCallView, sameView);
  private readonly states = new CustomStates(this);
  /** Moves the talk time on at each whole second of the call. */
  private readonly tick = new WakeUp(this);
  private readonly fields = new RecordFieldsEditor(
    this,
    (key, value) => this.saveField(key, value),
    (message, key) => this.reportInvalid(message, key),
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const current = this.view.value.interaction;
    const previous = this.shown;
    this.fields.follow(current?.id ?? null);
    if (current !== previous) {
      this.announceChanges(previous, current);
      this.shown = current;
    }
    const phase = current?.phase;
    this.states.set('empty', !current);
    this.states.set('in-call', phase === 'dialing' || phase === 'in-call');
    this.states.set('wrap-up', phase === 'wrap-up');
  }

  protected override updated(): void {
    const services = this.view.services;
    const call = this.shown?.call;
    const talking = call && call.connectedAt !== null && !call.ended;
    if (services && talking) {
      const elapsed = services.clock.now() - (call.connectedAt ?? 0);
      this.tick.at(services.clock.now() + (1000 - (elapsed % 1000)), services.clock);
    } else if (services) {
      this.tick.at(null, services.clock);
    }
  }

  protected override render() {
    const interaction = this.shown;
    if (!interaction) {
      return html`<section class="base" part="base" aria-labelledby="title">
        ${titleHeading(this.headingLevel, t.title())}
        <p class="note">${t.empty()}</p>
      </section>`;
    }
    const { call, record } = interaction;
    const ended = call?.ended ?? null;
    const who = record.contactName || call?.number;
    // Named apart from the preview, which shows the same contact: "Call: …" next to "Preview: …".
    return html`<section class="base" part="base" aria-label=${who ? t.landmark(who) : t.title()}>
      ${titleHeading(this.headingLevel, this.contactName(interaction))}
      <p class="status ${call?.status ?? ''}" part="status">${callStatusLine(interaction)}</p>
      ${ended ? html`<p part="ended">${callEndedLabel(ended.by, ended.reason)}</p>` : nothing}
      ${interaction.readOnly ? html`<p class="read-only" part="read-only">${t.readOnly()}</p>` : nothing}
      <slot name="controls"></slot>
      ${call ? this.renderCallDetails(interaction, call) : nothing}
      ${record.filled
        ? html`<div class="case-information">
              ${subHeading(this.headingLevel, 'case-heading', t.caseInformation())}
              <dl part="case">
                <dt>${t.origin()}</dt>
                <dd>${originLabel(record.origin)}</dd>
                ${record.caseFields.map((field) => html`<dt>${field.label}</dt><dd>${field.value}</dd>`)}
              </dl>
            </div>
            ${this.fields.render(interaction, this.view.value.draft, this.headingLevel)}`
        : html`<p class="note">${t.waitingForRecord()}</p>`}
      <slot name="notes"></slot>
      <slot name="history"></slot>
      <slot></slot>
    </section>`;
  }

  private renderCallDetails(interaction: Interaction, call: Call) {
    const talkSeconds = this.talkSeconds(call);
    return html`<div class="call-details">
      ${subHeading(this.headingLevel, 'details-heading', t.callDetails())}
      <dl part="call-details">
        ${call.number ? html`<dt>${t.number()}</dt><dd class="tabular"><bdi dir="ltr">${call.number}</bdi></dd>` : nothing}
        ${call.callerId ? html`<dt>${t.callerId()}</dt><dd class="tabular"><bdi dir="ltr">${call.callerId}</bdi></dd>` : nothing}
        ${talkSeconds === null
          ? nothing
          : html`<dt>${t.talkTime()}</dt>
              <dd class="tabular" part="talk-time"><time datetime=${`PT${talkSeconds}S`}>${clockTime(talkSeconds)}</time></dd>`}
        <dt>${t.campaign()}</dt>
        <dd>${this.view.value.campaign?.name ?? interaction.campaignId}</dd>
        <dt>${t.dialingMode()}</dt>
        <dd>${dialingModeLabel(interaction.mode)}</dd>
      </dl>
    </div>`;
  }

  /** Seconds since the contact was connected (until the call ended), or null before that. */
  private talkSeconds(call: Call): number | null {
    if (call.connectedAt === null) return null;
    const until = call.ended?.at ?? this.view.clock.now();
    return Math.max(0, Math.floor((until - call.connectedAt) / 1000));
  }

  private contactName(interaction: Interaction): string {
    return interaction.record.contactName || interaction.call?.number || t.title();
  }

  /** Status changes, once each; the preview says the same words, and the announcer reads them once. */
  private announceChanges(previous: Interaction | null, current: Interaction | null): void {
    const announcer = this.view.services?.announcer;
    if (!announcer || !current) return;
    const statusChanged =
      previous?.id !== current.id || previous.phase !== current.phase || previous.call?.status !== current.call?.status;
    const status = statusChanged ? callStatusLine(current) : null;
    if (status) announcer.announce(status);
    const ended = current.call?.ended;
    if (ended && !previous?.call?.ended) announcer.announce(callEndedLabel(ended.by, ended.reason));
    if (current.record.filled && previous?.id === current.id && !previous.record.filled) {
      announcer.announce(t.recordFilled(current.record.contactName));
    }
    if (current.readOnly && previous?.id === current.id && !previous.readOnly) announcer.announce(t.readOnly());
  }

  private async saveField(key: string, value: RecordFieldValue) {
    return this.view.services?.commands.edit({ type: 'edit-field', key, value });
  }

  private reportInvalid(message: string, field: string): void {
    this.view.services?.store.dispatch({ type: 'kit/error', error: { code: 'command-rejected', message, field, retryable: false } });
  }
}
