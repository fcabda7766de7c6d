import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { agentIsTyping } from '../../a11y/typing.js';
import type { CommandOutcome } from '../../services/session/commands.js';
import type { Clock } from '../../services/ports/clock.js';
import type { Campaign } from '../../services/domain/campaign/campaign.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { InteractionActionCommand } from '../../services/ports/backend/contract.js';
import type { OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import type { RecordFieldValue } from '../../services/domain/campaign/record.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { KitSelection } from '../base/kit-selection.js';
import { SecondTicker } from '../base/second-ticker.js';
import { WakeUp } from '../base/wake-up.js';
import { HeadingLevelMixin, titleHeading } from '../base/heading-level.js';
import { CustomStates } from '../base/custom-states.js';
import { CommandFeedback } from '../base/command-feedback.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { dialNoticeLabel } from '../shared/error-text.js';
import { recordFieldStyles } from '../shared/record-field-styles.js';
import { themeStyles } from '../shared/theme.js';
import { callStatusLine } from '../shared/call-status-labels.js';
import { RecordFieldsEditor } from '../shared/record-fields.js';
import {
  OutboundInteractionAcceptEvent,
  OutboundInteractionRejectEvent,
  OutboundRecordCallEvent,
  OutboundRecordDeclineEvent,
  OutboundRecordDoneEvent,
} from '../events/outbound-preview-events.js';
import { nextHintChange } from './number-hint.js';
import { previewLabels as t } from './labels.js';
import { outboundPreviewStyles } from './outbound-preview.styles.js';
import { CountdownThresholds, countdownChange, countdownOf } from './countdown-announcements.js';
import { arrivalMessage, closingMessage, contactName, deadlineMessage, previewBegun } from './preview-announcements.js';
import { PreviewShortcuts } from './preview-shortcuts.js';
import { OtherNumberForm } from './other-number-form.js';
import { renderOffer, type OfferView } from './offer-view.js';
import { renderPreview } from './preview-view.js';

export type FocusPolicy = 'take' | 'announce';

interface PreviewView {
  readonly interaction: Interaction | null;
  readonly campaign: Campaign | null;
  readonly lastClosed: Interaction | null;
  readonly draft: OutcomeDraft;
}

const selectPreviewView = (state: KitState): PreviewView => ({
  interaction: state.interaction,
  campaign: (state.interaction && state.campaigns.byId[state.interaction.campaignId]) ?? null,
  lastClosed: state.lastClosed,
  draft: selectDraft(state),
});
const sameView = (a: PreviewView, b: PreviewView) =>
  a.interaction === b.interaction && a.campaign === b.campaign && a.lastClosed === b.lastClosed && a.draft === b.draft;

/**
 * What a refusal was judged on: the record, its phase, the chosen number and caller ID, the campaign's
 * rules. When any of it changes (here, elsewhere in the kit, or by the server) its cause went, and so
 * does the message.
 */
type RefusalCause = Pick<Interaction, 'id' | 'phase' | 'record' | 'policy' | 'offer' | 'selectedNumberId' | 'numberChosenByAgent' | 'callerId'>;

function refusalCause(interaction: Interaction | null): RefusalCause | null {
  if (!interaction) return null;
  const { id, phase, record, policy, offer, selectedNumberId, numberChosenByAgent, callerId } = interaction;
  return { id, phase, record, policy, offer, selectedNumberId, numberChosenByAgent, callerId };
}

function sameCause(a: RefusalCause | null, b: RefusalCause | null): boolean {
  if (!a || !b) return a === b;
  return (Object.keys(a) as (keyof RefusalCause)[]).every((key) => a[key] === b[key]);
}

/** What can take focus in a host's callback form, when the form itself cannot. */
const FOCUSABLE = 'button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [delegatesfocus]';

/**
 * The Interaction Preview: the record the agent is working, from the moment it is offered until the
 * call starts.
 *
 * **Offered** (Push-Preview, Direct Push-Preview, Progressive, Predictive): an interactive notification
 * with the campaign, dialing mode, contact (or "Connecting…" for an ASM record that fills on
 * connection), for Direct Push-Preview the number Accept dials (shown left to right, isolated from the
 * text around it), origin and case fields; **Accept**; **Reject** where the campaign allows it (never for
 * ASM); the time limit, saying what happens at zero; and **More time** where the campaign allows it.
 * With auto-answer the Accept button counts down, `Accept (00:09)`, and the call is answered at zero;
 * the seconds are shown but kept out of the button's name, which stays "Accept" (the time limit is its
 * description). An offer with a time limit is announced assertively once, with the time left and the
 * Accept shortcut ("… 10 seconds to accept. Alt+Shift+A accepts."); an offer without one, politely.
 * Accept and Reject show their shortcuts (`shortcut` part) and expose them in `aria-keyshortcuts`.
 *
 * **Previewing**: case information; record information (PRV-2), where editable fields are controls of
 * their type (check box, text, number, date-time picker, drop-down), marked "(editable)" and saved to
 * the outcome when the agent leaves them (a value the rules refuse keeps its text and says why next to
 * the field); a field of a type the kit does not know is shown as text with a note. The record's
 * numbers as a radio group (blocked numbers disabled, with their reason; a note when none can be
 * dialled, or when the campaign requires manual dialing, which shows no number chosen), **Call**, **Decline** (Call this contact
 * later / Do not call this contact for this campaign), **Done** and **Done and Stop**, the timed
 * auto-dial (`Calling in 00:16`) and the pre-dial validation notice (DNC-1), announced assertively once.
 * Where the campaign offers several, a **Caller ID** select (PRV-4). Where the campaign allows it,
 * **Other phone number** (PRV-3, PRV-6) discloses a small form: the number, its type, **Call** and
 * **Cancel**. Opening it moves focus to the number and pauses the timed auto-dial until Cancel (DEL-8);
 * Escape is Cancel, and focus returns to the disclosure button. The number is read with no default
 * country: it is typed with + and its country code (or the international prefix 00), as the field's
 * description says; a number the parser refuses keeps its text, shows the parser's message linked to
 * the field, and is announced assertively.
 *
 * Where the campaign allows rescheduling before the call and the host put a callback form in the
 * `reschedule` slot, **Reschedule** discloses it and moves focus into it; Escape closes it.
 *
 * An action the rules refuse (Call before choosing a number under manual dialing, say) is shown next to
 * the controls until the next action, or until its cause goes (the record, its phase, the chosen number
 * or caller ID change, here or elsewhere); the provider has announced it and fired `outbound-error`.
 * **Accept** and **Reject** also answer to page-wide shortcuts (`accept-shortcut`, `reject-shortcut`,
 * Alt+Shift+A and Alt+Shift+R by default), ignored while the agent types in a field. An offer whose
 * time limit passed before it could be answered says so and offers no buttons.
 *
 * Other phases show a short status line. Countdowns are announced at 10 and 5 seconds, never every
 * second; More time, and the timed auto-dial pausing and resuming, once each. With
 * `focus-policy="take"` an arriving record moves focus to its title (a time-limited offer adds its time
 * and shortcut assertively), unless the agent is typing somewhere on the page: then, as with the
 * default `announce`, the arrival is announced (assertively if time-limited, telling the agent to leave
 * the field before the shortcut works) and focus stays where it is.
 *
 * The element is one landmark: the offer named by its title, the preview "Preview: <contact>" (the
 * call view's is "Call: <contact>"); Case information and Record information are sub-headings one
 * level below the title (`heading-level`).
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag outbound-preview
 * @attr {number} heading-level - The level of the title heading (1–6, default 2), to fit the host's outline; sub-headings are one level deeper.
 * @slot contact-details - The host page's own contact details, shown in the preview (PRV-7).
 * @slot history - The contact's history, shown in the preview (PRV-7).
 * @slot responses - Standard responses, shown in the preview (PRV-7).
 * @slot reschedule - The host's callback form (such as `<reschedule-callback>`), disclosed by Reschedule (PRV-5).
 * @fires {OutboundInteractionAcceptEvent} outbound-interaction-accept - The agent chose Accept; `detail` { interactionId }. Cancel it to keep it from being sent.
 * @fires {OutboundInteractionRejectEvent} outbound-interaction-reject - The agent chose Reject; `detail` { interactionId }. Cancel it to keep it from being sent.
 * @fires {OutboundRecordCallEvent} outbound-record-call - The agent chose Call; `detail` { interactionId, numberId, e164?, numberType? } (`e164` and `numberType` for an Other phone number). Cancel it to keep the call from being placed.
 * @fires {OutboundRecordDeclineEvent} outbound-record-decline - The agent declined the record; `detail` { interactionId, scope: 'later' | 'never' }. Cancelable.
 * @fires {OutboundErrorEvent} outbound-error - `accept-shortcut` or `reject-shortcut` was set to a value the element cannot use (`code` 'invalid-configuration').
 * @fires {OutboundRecordDoneEvent} outbound-record-done - The agent chose Done or Done and Stop; `detail` { interactionId, close }. Cancelable.
 * @csspart base - The frame around the element.
 * @csspart title - The title, which takes focus under `focus-policy="take"`.
 * @csspart summary - The campaign and contact summary of an offered record.
 * @csspart countdown - A time limit: the offer's, or the automatic call's.
 * @csspart accept - The Accept button.
 * @csspart reject - The Reject button.
 * @csspart shortcut - The keyboard shortcut shown on Accept and Reject.
 * @csspart numbers - The group of the record's phone numbers.
 * @csspart actions - The row of Call, Decline, Done and Done and Stop.
 * @csspart message - The pre-dial validation notice.
 * @csspart caller-id - The Caller ID select.
 * @csspart other-number - The Other phone number disclosure button.
 * @csspart other-number-form - The Other phone number form.
 * @csspart error - The error message of the Other phone number form or of a record field.
 * @csspart status - The status line of a call in progress.
 * @csspart record-fields - The list of record information fields.
 * @csspart editable-mark - The "(editable)" mark of an editable field's label.
 * @csspart numbers-note - The note under the numbers: none can be dialled, or manual dialing.
 * @csspart refusal - Why the last action was refused.
 * @csspart reschedule - The Reschedule disclosure button.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text colour.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons and the offer's edge.
 * @cssprop --outbound-color-on-accent - Text on the main buttons.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Blocked numbers and the pre-dial notice.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate empty - No record.
 * @cssstate offered - A record is offered.
 * @cssstate previewing - A record is in preview.
 */
export class OutboundPreview extends HeadingLevelMixin(LitElement) {
  static override styles = [themeStyles, panelStyles, formStyles, recordFieldStyles, outboundPreviewStyles];

  /** What an arriving record does to focus (A11Y-1): `take` or `announce` (default). */
  @property({ attribute: 'focus-policy', reflect: true }) focusPolicy: FocusPolicy = 'announce';

  /**
   * The clock the server's deadlines are read against: by default the provider's (`clock` on
   * `<outbound-provider>`), else the page's. Set it only to read this element on another clock.
   */
  @property({ attribute: false }) clock: Clock | null = null;

  /**
   * The keys that accept an offered record from anywhere on the page (A11Y-3), written as in
   * `aria-keyshortcuts`. They need Alt, Control or Meta and are ignored while the agent types in a
   * field. `none` turns them off; a value the element cannot use turns them off and fires `outbound-error`.
   */
  @property({ attribute: 'accept-shortcut' }) acceptShortcut = 'Alt+Shift+A';

  /** The keys that reject an offered record where the campaign allows it; as `accept-shortcut`. */
  @property({ attribute: 'reject-shortcut' }) rejectShortcut = 'Alt+Shift+R';

  @state() private declineOpen = false;
  /** The number the agent chose in this preview, until the server's state shows it. */
  @state() private chosenNumberId: string | null = null;
  /** The caller ID the agent chose in this preview, until the server's state shows it. */
  @state() private chosenCallerId: string | null = null;
  @state() private rescheduleOpen = false;
  /** Whether the host put a callback form in the `reschedule` slot. */
  @state() private hasReschedule = false;

  private readonly view = new KitSelection(this, selectPreviewView, sameView);
  private readonly states = new CustomStates(this);
  /** The record on screen (null: none, or it closed). */
  private previous: Interaction | null = null;
  /** The last action's refusal, until the agent acts again or its cause goes. */
  private readonly feedback = new CommandFeedback<RefusalCause | null>(this, {
    record: () => this.previous?.id ?? null,
    cause: () => refusalCause(this.view.value.interaction),
    // A refusal goes when its cause goes: a number chosen elsewhere, the record filled, the phase moved on.
    sameCause,
  });
  private readonly shortcuts = new PreviewShortcuts(this, {
    offered: () => this.previous?.phase === 'offered',
    accept: () => this.onAccept(),
    reject: () => this.onReject(),
  });
  private readonly otherNumber = new OtherNumberForm(this, {
    record: () => this.previous,
    act: (action) => this.act(action),
    announce: (message) => this.view.services?.announcer.announce(message, 'assertive'),
    focusAfterUpdate: (id) => (this.focusTarget = id),
  });
  private readonly thresholds = new CountdownThresholds();
  private readonly ticker = new SecondTicker(this);
  /** Re-renders when a number's "callable now / opens in …" hint changes (PRV-3). */
  private readonly hintWakeUp = new WakeUp(this);
  private takeFocus = false;
  private hadFocus = false;
  /** Where focus goes after the next update: the number field (form opened) or the disclosure button. */
  private focusTarget: 'other-number-input' | 'other-number-toggle' | 'reschedule-toggle' | 'reschedule' | null = null;
  private readonly fields = new RecordFieldsEditor(
    this,
    (key, value) => this.saveField(key, value),
    (message, key) => this.reportInvalid(message, key),
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The clock in use: this element's, the provider's, or the page's. */
  private get time(): Clock {
    return this.clock ?? this.view.clock;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('acceptShortcut')) this.shortcuts.configure('accept', 'accept-shortcut', this.acceptShortcut);
    if (changed.has('rejectShortcut')) this.shortcuts.configure('reject', 'reject-shortcut', this.rejectShortcut);
    const { interaction, lastClosed } = this.view.value;
    const current = interaction?.phase === 'closed' ? null : interaction;
    this.fields.follow(current?.id ?? null);
    const polite: string[] = [];
    const assertive: string[] = [];
    this.hadFocus = this.shadowRoot?.activeElement != null;
    const previous = this.previous;
    const now = this.time.now();
    if (current !== previous) {
      if (current && current.id !== previous?.id) {
        this.arrived(current, polite, assertive);
      } else if (current && previous && current.phase !== previous.phase) {
        this.resetChoices();
        // Accepted from inside the preview, focus lands on its title, which is read: the rest is added.
        const status = current.phase === 'previewing' ? previewBegun(current, now, this.hadFocus) : callStatusLine(current);
        if (status) polite.push(status);
      } else if (current?.call && current.call.status !== previous?.call?.status) {
        const status = callStatusLine(current);
        if (status) polite.push(status);
      }
      if (!current && previous && lastClosed?.id === previous.id) {
        const closing = closingMessage(lastClosed);
        if (closing) polite.push(closing);
      }
      if (current?.dialNotice && current.dialNotice !== previous?.dialNotice) {
        const notice = dialNoticeLabel(current);
        if (notice) assertive.push(notice);
      }
      const timeChange = countdownChange(previous, current, now);
      if (timeChange) polite.push(timeChange);
      this.previous = current;
    }
    const threshold = this.thresholds.follow(current, now);
    if (threshold) polite.push(threshold);
    const announcer = this.view.services?.announcer;
    // One by one: the announcer reads a frame's messages as sentences, and each once (the call view
    // says the same status lines).
    polite.forEach((message) => announcer?.announce(message));
    assertive.forEach((message) => announcer?.announce(message, 'assertive'));
    this.states.set('empty', !current);
    this.states.set('offered', current?.phase === 'offered');
    this.states.set('previewing', current?.phase === 'previewing');
  }

  protected override updated(): void {
    this.scheduleTick();
    const title = this.shadowRoot?.getElementById('title');
    const target = this.focusTarget === 'reschedule' ? this.rescheduleForm() : this.focusTarget && this.shadowRoot?.getElementById(this.focusTarget);
    this.focusTarget = null;
    if (target) {
      target.focus();
      this.takeFocus = false;
      this.hadFocus = false;
      return;
    }
    // Taken on arrival (A11Y-1), or kept inside when the focused control left (Accept, Call).
    if (this.takeFocus || (this.hadFocus && this.shadowRoot?.activeElement == null)) title?.focus();
    this.takeFocus = false;
    this.hadFocus = false;
  }

  protected override render() {
    const interaction = this.previous;
    if (!interaction) {
      return html`<section class="base" part="base" aria-labelledby="title">
        ${titleHeading(this.headingLevel, t.title())}
        <p class="note">${t.empty()}</p>
      </section>`;
    }
    // What the offer and the preview views share.
    const common: Pick<OfferView, 'interaction' | 'now' | 'headingLevel' | 'campaignName' | 'refusal' | 'onMoreTime'> = {
      interaction,
      now: this.time.now(),
      headingLevel: this.headingLevel,
      campaignName: this.campaignName(interaction),
      refusal: this.renderRefusal(),
      onMoreTime: this.onMoreTime,
    };
    switch (interaction.phase) {
      case 'offered':
        return renderOffer({ ...common, shortcuts: this.shortcuts, onAccept: this.onAccept, onReject: this.onReject });
      case 'previewing':
        return renderPreview({
          ...common,
          chosenNumberId: this.chosenNumberId,
          chosenCallerId: this.chosenCallerId,
          declineOpen: this.declineOpen,
          recordFields: this.fields.render(interaction, this.view.value.draft, this.headingLevel),
          otherNumber: interaction.policy.allowOtherNumber ? this.otherNumber.render() : nothing,
          reschedule: interaction.policy.allowRescheduleBeforeDial ? this.renderReschedule() : nothing,
          onNumberChange: this.onNumberChange,
          onCall: this.onCall,
          onCallerIdChange: this.onCallerIdChange,
          onDeclineToggle: this.onDeclineToggle,
          onDeclineLater: this.onDeclineLater,
          onDeclineNever: this.onDeclineNever,
          onDone: this.onDone,
          onDoneAndStop: this.onDoneAndStop,
        });
      default:
        return html`<section class="base" part="base" aria-label=${t.landmark(contactName(interaction))}>
          ${titleHeading(this.headingLevel, contactName(interaction))}
          <p class="status" part="status">${callStatusLine(interaction)}</p>
        </section>`;
    }
  }

  private renderRefusal() {
    // Already announced by the provider; shown here, next to what was refused, until the next action
    // or until its cause goes.
    const refusal = this.feedback.shown;
    return refusal ? html`<p class="message" part="refusal">${refusal.message}</p>` : nothing;
  }

  private renderReschedule() {
    const open = this.rescheduleOpen;
    return html`
      <div class="reschedule">
        ${this.hasReschedule
          ? html`<button
              type="button"
              id="reschedule-toggle"
              part="reschedule"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="reschedule-panel"
              @click=${this.onRescheduleToggle}
            >
              ${t.reschedule()}
            </button>`
          : nothing}
        <div id="reschedule-panel" ?hidden=${!open} @keydown=${this.onRescheduleKeydown}>
          <slot name="reschedule" @slotchange=${this.onRescheduleSlotChange}></slot>
        </div>
      </div>
    `;
  }

  private resetChoices(): void {
    this.declineOpen = false;
    this.chosenNumberId = null;
    this.chosenCallerId = null;
    this.otherNumber.reset();
    this.feedback.clear();
    this.rescheduleOpen = false;
  }

  private arrived(interaction: Interaction, polite: string[], assertive: string[]): void {
    this.resetChoices();
    this.thresholds.reset();
    if (interaction.phase !== 'offered' && interaction.phase !== 'previewing') return;
    // An offer that runs out is urgent: it is said at once, with its time and how to accept it.
    const urgent = interaction.phase === 'offered' ? deadlineMessage(interaction, this.time.now(), this.shortcuts.of('accept')) : null;
    if (this.focusPolicy === 'take' && !agentIsTyping()) {
      // The focused title is read; the time and the shortcut, which it does not say, are added.
      this.takeFocus = true;
      if (urgent) assertive.push(urgent);
      return;
    }
    const arrival = arrivalMessage(interaction, this.campaignName(interaction));
    if (urgent) assertive.push(`${arrival} ${urgent}`);
    else polite.push(arrival);
  }

  private scheduleTick(): void {
    const interaction = this.previous;
    this.ticker.follow(countdownOf(interaction)?.countdown, this.time);
    const numbers = interaction?.phase === 'previewing' ? interaction.record.numbers : [];
    this.hintWakeUp.at(nextHintChange(numbers, this.time.now(), interaction?.record.timeZone ?? 'UTC'), this.time);
  }

  /** Sends an action; a refusal is shown next to the controls (the provider has announced it). */
  private act(action: InteractionActionCommand['action']): Promise<void> {
    return this.report(this.view.services?.commands.act(action));
  }

  private async report(sending: Promise<CommandOutcome> | undefined): Promise<void> {
    await this.feedback.follow(sending, null);
  }

  private async saveField(key: string, value: RecordFieldValue) {
    return this.view.services?.commands.edit({ type: 'edit-field', key, value });
  }

  private reportInvalid(message: string, field: string): void {
    this.view.services?.store.dispatch({ type: 'kit/error', error: { code: 'command-rejected', message, field, retryable: false } });
  }

  private onRescheduleSlotChange(event: Event): void {
    this.hasReschedule = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  private onRescheduleToggle(): void {
    this.rescheduleOpen = !this.rescheduleOpen;
    if (this.rescheduleOpen) this.focusTarget = 'reschedule';
  }

  private onRescheduleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.rescheduleOpen = false;
    this.focusTarget = 'reschedule-toggle';
  }

  /** The host's callback form in the `reschedule` slot, to take focus when opened. */
  private rescheduleForm(): HTMLElement | null {
    const slot = this.shadowRoot?.querySelector<HTMLSlotElement>('slot[name="reschedule"]');
    const form = slot?.assignedElements()[0];
    if (!(form instanceof HTMLElement)) return null;
    const focusable = form.matches(FOCUSABLE) ? form : form.querySelector<HTMLElement>(FOCUSABLE);
    return focusable ?? form;
  }

  private onAccept(): void {
    const interaction = this.previous;
    if (!interaction || !this.dispatchEvent(new OutboundInteractionAcceptEvent({ interactionId: interaction.id }))) return;
    void this.act({ type: 'accept' });
  }

  private onReject(): void {
    const interaction = this.previous;
    if (!interaction || !this.dispatchEvent(new OutboundInteractionRejectEvent({ interactionId: interaction.id }))) return;
    void this.act({ type: 'reject' });
  }

  private onMoreTime(): void {
    void this.act({ type: 'extend-time' });
  }

  private onNumberChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.chosenNumberId = input.value;
    void this.act({ type: 'select-number', numberId: input.value });
  }

  private onCall(): void {
    const interaction = this.previous;
    if (!interaction) return;
    const chosen = this.chosenNumberId;
    const numberId = chosen ?? interaction.selectedNumberId;
    if (!this.dispatchEvent(new OutboundRecordCallEvent({ interactionId: interaction.id, numberId }))) return;
    // Only the agent's own choice is sent as the target: manual dialing (PRV-6) needs one.
    void this.act(chosen ? { type: 'call', target: { numberId: chosen } } : { type: 'call' });
  }

  private onCallerIdChange(event: Event): void {
    const callerId = (event.target as HTMLSelectElement).value;
    this.chosenCallerId = callerId;
    void this.act({ type: 'select-caller-id', callerId });
  }

  private onDeclineToggle(): void {
    this.declineOpen = !this.declineOpen;
  }

  private onDeclineLater(): void {
    this.decline('later');
  }

  private onDeclineNever(): void {
    this.decline('never');
  }

  private decline(scope: 'later' | 'never'): void {
    const interaction = this.previous;
    if (!interaction || !this.dispatchEvent(new OutboundRecordDeclineEvent({ interactionId: interaction.id, scope }))) return;
    this.declineOpen = false;
    void this.act({ type: 'decline', scope });
  }

  private onDone(): void {
    this.done('done');
  }

  private onDoneAndStop(): void {
    this.done('done-and-stop');
  }

  private done(close: 'done' | 'done-and-stop'): void {
    const interaction = this.previous;
    if (!interaction || !this.dispatchEvent(new OutboundRecordDoneEvent({ interactionId: interaction.id, close }))) return;
    void this.report(this.view.services?.commands.markDone(close));
  }

  private campaignName(interaction: Interaction): string {
    return this.view.value.campaign?.name ?? interaction.campaignId;
  }
}
