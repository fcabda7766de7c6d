import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ariaKeyShortcut, matchesShortcut, parseShortcut, type KeyShortcut } from '../../a11y/shortcuts.js';
import { agentIsTyping } from '../../a11y/typing.js';
import { getKitLocale } from '../../localization/localization.js';
import type { CommandOutcome } from '../../services/session/commands.js';
import type { Clock } from '../../services/ports/clock.js';
import type { Campaign } from '../../services/domain/campaign/campaign.js';
import { crossedThreshold, remainingMs, secondsLeft, type Countdown } from '../../services/domain/interaction/countdown.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { InteractionActionCommand } from '../../services/ports/backend/contract.js';
import type { OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import { loadPhoneNumberParser } from '../../services/domain/numbers/phone-number.js';
import { NUMBER_TYPES, type NumberType, type RecordFieldValue, type RecordPhoneNumber } from '../../services/domain/campaign/record.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { clockTime, spokenSeconds } from '../shared/time-labels.js';
import { dialingModeLabel } from '../shared/dialing-mode-labels.js';
import { blockLabel, numberTypeLabel, originLabel } from '../shared/record-labels.js';
import { KitSelection } from '../base/kit-selection.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { dialNoticeLabel } from '../shared/error-text.js';
import { recordFieldStyles } from '../shared/record-field-styles.js';
import { SecondTicker } from '../base/second-ticker.js';
import { phoneErrorLabel } from '../shared/phone-error-labels.js';
import { WakeUp } from '../base/wake-up.js';
import { HeadingLevelMixin, subHeading, titleHeading } from '../base/heading-level.js';
import { nextHintChange, numberHint } from './number-hint.js';
import { themeStyles } from '../shared/theme.js';
import {
  OutboundInteractionAcceptEvent,
  OutboundInteractionRejectEvent,
  OutboundRecordCallEvent,
  OutboundRecordDeclineEvent,
  OutboundRecordDoneEvent,
} from '../events/outbound-preview-events.js';
import { previewLabels as t, shortcutLabel } from './labels.js';
import { callStatusLine } from '../shared/call-status-labels.js';
import { outboundPreviewStyles } from './outbound-preview.styles.js';
import { RecordFieldsEditor } from '../shared/record-fields.js';
import { OutboundErrorEvent } from '../events/outbound-provider-events.js';
import { CustomStates } from '../base/custom-states.js';
import { CommandFeedback } from '../base/command-feedback.js';

/** `take`: an arriving record takes focus (its title is read); `announce`: it is announced, focus stays. */
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

/** Where a shortcut goes. */
type ShortcutAction = 'accept' | 'reject';

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

  /** The clock in use: this element's, the provider's, or the page's. */
  private get time(): Clock {
    return this.clock ?? this.view.clock;
  }

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
  @state() private otherNumberOpen = false;
  @state() private otherNumberText = '';
  @state() private otherNumberType: NumberType = 'mobile';
  /** The parser's message for the last refused Other phone number, until the next try. */
  @state() private otherNumberError: string | null = null;
  /** Why the last action the agent took here was refused, until the next one or until its cause goes. */
  /** The last action's refusal, until the agent acts again or its cause goes. */
  private readonly feedback = new CommandFeedback<RefusalCause | null>(this, {
    record: () => this.previous?.id ?? null,
    cause: () => refusalCause(this.view.value.interaction),
    // A refusal goes when its cause goes: a number chosen elsewhere, the record filled, the phase moved on.
    sameCause,
  });
  @state() private rescheduleOpen = false;
  /** Whether the host put a callback form in the `reschedule` slot. */
  @state() private hasReschedule = false;

  private readonly view = new KitSelection(this, selectPreviewView, sameView);
  private readonly states = new CustomStates(this);
  private previous: Interaction | null = null;
  /** The running countdown at the last reading, to notice an announcement threshold. */
  private reading: { readonly key: string; readonly ms: number } | null = null;
  private readonly ticker = new SecondTicker(this);
  /** Re-renders when a number's "callable now / opens in …" hint changes (PRV-3). */
  private readonly hintWakeUp = new WakeUp(this);
  private takeFocus = false;
  private hadFocus = false;
  /** Where focus goes after the next update: the number field (form opened) or the disclosure button. */
  private focusTarget: 'other-number-input' | 'other-number-toggle' | 'reschedule-toggle' | 'reschedule' | null = null;
  private shortcuts: Record<ShortcutAction, KeyShortcut | null> = { accept: null, reject: null };
  private readonly fields = new RecordFieldsEditor(
    this,
    (key, value) => this.saveField(key, value),
    (message, key) => this.reportInvalid(message, key),
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onShortcut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onShortcut);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('acceptShortcut')) this.shortcuts.accept = this.readShortcut('accept-shortcut', this.acceptShortcut);
    if (changed.has('rejectShortcut')) this.shortcuts.reject = this.readShortcut('reject-shortcut', this.rejectShortcut);
    const { interaction, lastClosed } = this.view.value;
    const current = interaction?.phase === 'closed' ? null : interaction;
    this.fields.follow(current?.id ?? null);
    const polite: string[] = [];
    const assertive: string[] = [];
    this.hadFocus = this.shadowRoot?.activeElement != null;
    const previous = this.previous;
    if (current !== previous) {
      if (current && current.id !== previous?.id) {
        this.arrived(current, polite, assertive);
      } else if (current && previous && current.phase !== previous.phase) {
        this.resetChoices();
        const status = current.phase === 'previewing' ? this.previewBegun(current) : this.statusLine(current);
        if (status) polite.push(status);
      } else if (current?.call && current.call.status !== previous?.call?.status) {
        const status = this.statusLine(current);
        if (status) polite.push(status);
      }
      if (!current && previous && lastClosed?.id === previous.id) {
        const closing = this.closingMessage(lastClosed);
        if (closing) polite.push(closing);
      }
      if (current?.dialNotice && current.dialNotice !== previous?.dialNotice) {
        const notice = dialNoticeLabel(current);
        if (notice) assertive.push(notice);
      }
      const timeChange = this.countdownChange(previous, current);
      if (timeChange) polite.push(timeChange);
      this.previous = current;
    }
    const threshold = this.followCountdown(current);
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
    switch (interaction.phase) {
      case 'offered':
        return this.renderOffer(interaction);
      case 'previewing':
        return this.renderPreview(interaction);
      default:
        return html`<section class="base" part="base" aria-label=${t.landmark(this.contactName(interaction))}>
          ${titleHeading(this.headingLevel, this.contactName(interaction))}
          <p class="status" part="status">${this.statusLine(interaction)}</p>
        </section>`;
    }
  }

  private renderOffer(interaction: Interaction) {
    const { policy, record } = interaction;
    const offer = interaction.offer;
    const countdown = offer?.countdown ?? null;
    const now = this.time.now();
    const seconds = countdown ? secondsLeft(countdown, now) : null;
    const autoAnswer = offer?.autoAnswer === true && seconds !== null;
    // The time limit ran out before the server took the record back (a late or delayed delivery).
    const expired = countdown !== null && !autoAnswer && remainingMs(countdown, now) <= 0;
    const canReject = !policy.asm && policy.allowReject && !expired;
    const canExtend = countdown !== null && policy.extendSeconds !== null && !expired;
    // Direct Push-Preview: Accept dials at once, so the agent sees which number first (DEL-3).
    const dials =
      interaction.mode === 'direct-push-preview' ? record.numbers.find((number) => number.id === interaction.selectedNumberId) : undefined;
    const notReady = policy.onOfferTimeout === 'reject-and-not-ready';
    const limit = seconds === null
      ? null
      : expired
        ? notReady ? t.expiredNotReady() : t.expiredReturns()
        : autoAnswer
          ? t.autoAnswerNote()
          : notReady
            ? t.timeLeftNotReady(clockTime(seconds))
            : t.timeLeftReturns(clockTime(seconds));
    return html`
      <section class="base offer" part="base" aria-labelledby="title" aria-describedby=${limit ? 'time-limit' : nothing}>
        ${titleHeading(this.headingLevel, t.offerTitle(this.campaignName(interaction)))}
        <dl class="summary" part="summary">
          <dt>${t.campaign()}</dt>
          <dd>${this.campaignName(interaction)}</dd>
          <dt>${t.dialingMode()}</dt>
          <dd>${dialingModeLabel(interaction.mode)}</dd>
          <dt>${t.contact()}</dt>
          <dd>${this.contactName(interaction)}</dd>
          ${dials ? html`<dt>${t.numberToDial()}</dt><dd class="e164"><bdi dir="ltr">${dials.e164}</bdi></dd>` : nothing}
          <dt>${t.origin()}</dt>
          <dd>${originLabel(record.origin)}</dd>
          ${record.caseFields.map((field) => html`<dt>${field.label}</dt><dd>${field.value}</dd>`)}
        </dl>
        ${limit
          ? html`<p class="countdown" part="countdown" id="time-limit" role="timer">${limit}</p>`
          : nothing}
        <div class="actions" part="actions">
          ${expired
            ? nothing
            : html`<button
                type="button"
                class="primary"
                part="accept"
                id="accept"
                aria-keyshortcuts=${this.ariaShortcut('accept')}
                aria-describedby=${limit ? 'time-limit' : nothing}
                @click=${this.onAccept}
              >
                ${t.accept()}${autoAnswer ? this.renderAcceptCountdown(seconds ?? 0) : nothing}${this.renderShortcut('accept')}
              </button>`}
          ${canReject
            ? html`<button type="button" part="reject" id="reject" aria-keyshortcuts=${this.ariaShortcut('reject')} @click=${this.onReject}>
                ${t.reject()}${this.renderShortcut('reject')}
              </button>`
            : nothing}
          ${canExtend
            ? html`<button type="button" id="more-time" @click=${this.onMoreTime}>${t.moreTime()}</button>`
            : nothing}
        </div>
        ${this.renderRefusal()}
      </section>
    `;
  }

  private renderPreview(interaction: Interaction) {
    const { policy, record } = interaction;
    const autoDial = interaction.autoDial;
    const seconds = autoDial ? secondsLeft(autoDial, this.time.now()) : null;
    // Under manual dialing (PRV-6) no number is shown chosen until the agent chooses one.
    const preselected = policy.manualDialOnly && !interaction.numberChosenByAgent ? null : interaction.selectedNumberId;
    const selected = this.chosenNumberId ?? preselected;
    const noCallableNumber = record.numbers.every((number) => number.blocked);
    const numbersNote = noCallableNumber
      ? policy.allowOtherNumber ? t.noCallableNumberOther() : t.noCallableNumber()
      : policy.manualDialOnly ? t.manualDialing() : null;
    return html`
      <section class="base preview" part="base" aria-label=${t.landmark(this.contactName(interaction))}>
        ${titleHeading(this.headingLevel, this.contactName(interaction))}
        <p class="subtitle">${this.campaignName(interaction)} · ${dialingModeLabel(interaction.mode)}</p>
        ${interaction.dialNotice ? html`<p class="message" part="message">${dialNoticeLabel(interaction)}</p>` : nothing}
        ${autoDial && seconds !== null
          ? html`<div class="actions">
              <p class="countdown" part="countdown" role="timer">
                ${autoDial.state === 'paused' ? t.autoDialPaused(clockTime(seconds)) : t.callingIn(clockTime(seconds))}
              </p>
              ${policy.extendSeconds !== null
                ? html`<button type="button" id="more-time" @click=${this.onMoreTime}>${t.moreTime()}</button>`
                : nothing}
            </div>`
          : nothing}
        <div class="case-information">
          ${subHeading(this.headingLevel, 'case-heading', t.caseInformation())}
          <dl>
            <dt>${t.origin()}</dt>
            <dd>${originLabel(record.origin)}</dd>
            ${record.caseFields.map((field) => html`<dt>${field.label}</dt><dd>${field.value}</dd>`)}
          </dl>
        </div>
        <slot name="contact-details"></slot>
        ${this.fields.render(interaction, this.view.value.draft, this.headingLevel)}
        ${policy.callerIds.length > 1 ? this.renderCallerId(interaction) : nothing}
        <fieldset part="numbers" aria-describedby=${numbersNote ? 'numbers-note' : nothing}>
          <legend>${t.phoneNumber()}</legend>
          ${record.numbers.map((number) =>
            this.renderNumber(number, selected, numberHint(number, this.time.now(), record.timeZone, getKitLocale())),
          )}
          ${numbersNote
            ? html`<p class=${noCallableNumber ? 'message' : 'note'} part="numbers-note" id="numbers-note">${numbersNote}</p>`
            : nothing}
        </fieldset>
        <div class="actions" part="actions">
          ${noCallableNumber ? nothing : html`<button type="button" class="primary" id="call" @click=${this.onCall}>${t.call()}</button>`}
          ${policy.allowDecline
            ? html`<button
                type="button"
                id="decline"
                aria-expanded=${this.declineOpen ? 'true' : 'false'}
                aria-controls="decline-choices"
                @click=${this.onDeclineToggle}
              >
                ${t.decline()}
              </button>`
            : nothing}
          <button type="button" id="done" @click=${this.onDone}>${t.done()}</button>
          <button type="button" id="done-and-stop" @click=${this.onDoneAndStop}>${t.doneAndStop()}</button>
        </div>
        <div class="choices" id="decline-choices" ?hidden=${!this.declineOpen}>
          <button type="button" id="decline-later" @click=${this.onDeclineLater}>${t.declineLater()}</button>
          <button type="button" id="decline-never" @click=${this.onDeclineNever}>${t.declineNever()}</button>
        </div>
        ${this.renderRefusal()}
        ${policy.allowOtherNumber ? this.renderOtherNumber() : nothing}
        ${policy.allowRescheduleBeforeDial ? this.renderReschedule() : nothing}
        <slot name="history"></slot>
        <slot name="responses"></slot>
      </section>
    `;
  }

  /**
   * The seconds before auto-answer, shown on Accept but kept out of its name, which would otherwise
   * change every second; the time limit is the button's description and is announced.
   */
  private renderAcceptCountdown(seconds: number) {
    return html` <span class="accept-in" aria-hidden="true">(${clockTime(seconds)})</span>`;
  }

  /** The visible hint of a shortcut; screen readers learn it from `aria-keyshortcuts` instead. */
  private renderShortcut(action: ShortcutAction) {
    const shortcut = this.shortcuts[action];
    return shortcut ? html` <kbd part="shortcut" aria-hidden="true">${shortcutLabel(shortcut)}</kbd>` : nothing;
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

  private renderNumber(number: RecordPhoneNumber, selected: string | null, hint: string | null) {
    return html`
      <label class="number ${number.blocked ? 'blocked' : ''}">
        <input
          type="radio"
          name="number"
          .value=${number.id}
          .checked=${live(number.id === selected)}
          ?disabled=${Boolean(number.blocked)}
          @change=${this.onNumberChange}
        />
        <span>${numberTypeLabel(number.type)}</span>
        <bdi class="e164" dir="ltr">${number.e164}</bdi>
        ${hint ? html`<span class="hint">${hint}</span>` : nothing}
        ${number.blocked ? html`<span class="reason">${blockLabel(number.blocked)}</span>` : nothing}
      </label>
    `;
  }

  private renderCallerId(interaction: Interaction) {
    const current = this.chosenCallerId ?? interaction.callerId;
    return html`
      <div class="field">
        <label for="caller-id">${t.callerId()}</label>
        <select id="caller-id" part="caller-id" @change=${this.onCallerIdChange}>
          ${interaction.policy.callerIds.map(
            (callerId) => html`<option .value=${callerId} ?selected=${callerId === current}>${callerId}</option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderOtherNumber() {
    const open = this.otherNumberOpen;
    const error = this.otherNumberError;
    // The form has no name of its own: a named form is a landmark, and the element is one already.
    return html`
      <div class="other-number">
        <button
          type="button"
          id="other-number-toggle"
          part="other-number"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="other-number-form"
          @click=${this.onOtherNumberToggle}
        >
          ${t.otherNumber()}
        </button>
        ${open
          ? html`<form
              class="other-number-form"
              part="other-number-form"
              id="other-number-form"
              novalidate
              @submit=${this.onOtherNumberSubmit}
              @keydown=${this.onOtherNumberKeydown}
            >
              <div class="field">
                <label for="other-number-input">${t.phoneNumber()}</label>
                <input
                  id="other-number-input"
                  type="tel"
                  autocomplete="off"
                  .value=${live(this.otherNumberText)}
                  aria-describedby=${error ? 'other-number-hint other-number-error' : 'other-number-hint'}
                  aria-invalid=${error ? 'true' : nothing}
                  @input=${this.onOtherNumberInput}
                />
                <p class="hint" id="other-number-hint">${t.otherNumberHint()}</p>
                ${error ? html`<p class="error" part="error" id="other-number-error">${error}</p>` : nothing}
              </div>
              <div class="field">
                <label for="other-number-type">${t.numberType()}</label>
                <select id="other-number-type" @change=${this.onOtherNumberTypeChange}>
                  ${NUMBER_TYPES.map(
                    (type) => html`<option .value=${type} ?selected=${type === this.otherNumberType}>${numberTypeLabel(type)}</option>`,
                  )}
                </select>
              </div>
              <div class="actions">
                <button type="submit" class="primary" id="other-number-call">${t.call()}</button>
                <button type="button" id="other-number-cancel" @click=${this.onOtherNumberCancel}>${t.cancel()}</button>
              </div>
            </form>`
          : nothing}
      </div>
    `;
  }

  private resetChoices(): void {
    this.declineOpen = false;
    this.chosenNumberId = null;
    this.chosenCallerId = null;
    this.otherNumberOpen = false;
    this.otherNumberText = '';
    this.otherNumberType = 'mobile';
    this.otherNumberError = null;
    this.feedback.clear();
    this.rescheduleOpen = false;
  }

  private arrived(interaction: Interaction, polite: string[], assertive: string[]): void {
    this.resetChoices();
    this.reading = null;
    if (interaction.phase !== 'offered' && interaction.phase !== 'previewing') return;
    // An offer that runs out is urgent: it is said at once, with its time and how to accept it.
    const urgent = interaction.phase === 'offered' ? this.deadlineMessage(interaction) : null;
    if (this.focusPolicy === 'take' && !agentIsTyping()) {
      // The focused title is read; the time and the shortcut, which it does not say, are added.
      this.takeFocus = true;
      if (urgent) assertive.push(urgent);
      return;
    }
    if (urgent) assertive.push(`${this.arrivalMessage(interaction)} ${urgent}`);
    else polite.push(this.arrivalMessage(interaction));
  }

  /**
   * An accepted offer that becomes a preview (Push-Preview) is said as a preview that arrived, with
   * its automatic call if one is counting down, which is otherwise first heard at 10 seconds.
   */
  private previewBegun(interaction: Interaction): string | null {
    // Accepted from inside the preview, focus lands on its title, which is read: the rest is added.
    const arrived = this.hadFocus ? null : t.previewArrived(this.contactName(interaction));
    const autoDial = interaction.autoDial;
    const calling =
      autoDial && autoDial.state !== 'paused'
        ? t.callingInSpoken(spokenSeconds(secondsLeft(autoDial, this.time.now()), getKitLocale()))
        : null;
    return [arrived, calling].filter(Boolean).join(' ') || null;
  }

  private arrivalMessage(interaction: Interaction): string {
    if (interaction.phase !== 'offered') return t.previewArrived(this.contactName(interaction));
    const campaign = this.campaignName(interaction);
    return interaction.record.contactName ? t.offerArrived(campaign, interaction.record.contactName) : t.offerArrivedConnecting(campaign);
  }

  /** For an offer with a time limit still running: the time left and the Accept shortcut, if any. */
  private deadlineMessage(interaction: Interaction): string | null {
    const countdown = interaction.offer?.countdown;
    if (!countdown) return null;
    const now = this.time.now();
    if (remainingMs(countdown, now) <= 0) return null;
    const duration = spokenSeconds(secondsLeft(countdown, now), getKitLocale());
    const autoAnswer = interaction.offer?.autoAnswer === true;
    const shortcut = this.shortcuts.accept;
    const keys = shortcut ? shortcutLabel(shortcut) : null;
    const time = autoAnswer ? t.answeredIn(duration) : t.timeToAccept(duration);
    if (!keys) return time;
    // Shortcuts wait while the agent types (A11Y-3): someone typing is told to leave the field first.
    if (agentIsTyping()) return `${time} ${t.shortcutAcceptsAfterTyping(keys)}`;
    return `${time} ${autoAnswer ? t.shortcutAcceptsNow(keys) : t.shortcutAccepts(keys)}`;
  }

  private statusLine(interaction: Interaction): string | null {
    return callStatusLine(interaction);
  }

  private closingMessage(closed: Interaction): string | null {
    switch (closed.closed?.reason) {
      case 'rejected':
      case 'declined-later':
        return t.returned();
      case 'timed-out':
        return closed.closed.setNotReady ? t.timedOutNotReady() : t.timedOut();
      case 'declined-never':
        return t.cancelled();
      case 'done':
      case 'done-and-stop':
        return t.closedDone();
      default:
        return null;
    }
  }

  /** The running countdown of this phase: the offer's time limit, or the automatic call. */
  private countdownOf(interaction: Interaction | null): { key: string; countdown: Countdown } | null {
    if (interaction?.phase === 'offered' && interaction.offer?.countdown) {
      return { key: `${interaction.id}:offer`, countdown: interaction.offer.countdown };
    }
    if (interaction?.phase === 'previewing' && interaction.autoDial) {
      return { key: `${interaction.id}:auto-dial`, countdown: interaction.autoDial };
    }
    return null;
  }

  /**
   * What the agent is told when the running countdown itself changed (not merely ran on): More time
   * added to it, or the timed auto-dial paused for a typed number and resumed.
   */
  private countdownChange(previous: Interaction | null, current: Interaction | null): string | null {
    const before = this.countdownOf(previous);
    const after = this.countdownOf(current);
    if (!before || !after || before.key !== after.key || before.countdown === after.countdown) return null;
    const now = this.time.now();
    const locale = getKitLocale();
    const left = spokenSeconds(secondsLeft(after.countdown, now), locale);
    const autoDial = current?.phase === 'previewing';
    if (before.countdown.state !== after.countdown.state) {
      if (!autoDial) return null;
      return after.countdown.state === 'paused' ? t.autoDialPausedSpoken() : t.autoDialResumed(left);
    }
    const addedMs = remainingMs(after.countdown, now) - remainingMs(before.countdown, now);
    if (addedMs < 1000) return null;
    return t.timeAdded(spokenSeconds(Math.round(addedMs / 1000), locale), left);
  }

  /** The announcement due when a countdown crossed 10 or 5 seconds since the last reading, if any. */
  private followCountdown(interaction: Interaction | null): string | null {
    const current = this.countdownOf(interaction);
    if (!current || !interaction) {
      this.reading = null;
      return null;
    }
    const now = this.time.now();
    const ms = remainingMs(current.countdown, now);
    const before = this.reading?.key === current.key ? this.reading.ms : null;
    this.reading = { key: current.key, ms };
    if (before === null || ms <= 0 || crossedThreshold(before, ms) === null) return null;
    const duration = spokenSeconds(secondsLeft(current.countdown, now), getKitLocale());
    if (interaction.phase === 'previewing') return t.callingInSpoken(duration);
    return interaction.offer?.autoAnswer ? t.answeringIn(duration) : t.secondsToAnswer(duration);
  }

  private scheduleTick(): void {
    const interaction = this.previous;
    this.ticker.follow(this.countdownOf(interaction)?.countdown, this.time);
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

  private readShortcut(attribute: string, value: string): KeyShortcut | null {
    const parsed = parseShortcut(value);
    if (parsed.ok) return parsed.shortcut;
    const message = `${attribute}: ${parsed.message} The shortcut is off.`;
    this.dispatchEvent(new OutboundErrorEvent({ code: 'invalid-configuration', message, field: attribute, retryable: false }));
    return null;
  }

  private ariaShortcut(action: ShortcutAction) {
    const shortcut = this.shortcuts[action];
    return shortcut ? ariaKeyShortcut(shortcut) : nothing;
  }

  /** Accept and Reject from anywhere on the page, never while the agent types in a field (A11Y-3). */
  private readonly onShortcut = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || this.previous?.phase !== 'offered') return;
    const action = (['accept', 'reject'] as const).find((candidate) => {
      const shortcut = this.shortcuts[candidate];
      return shortcut !== null && matchesShortcut(event, shortcut);
    });
    if (!action || agentIsTyping()) return;
    event.preventDefault();
    if (action === 'accept') this.onAccept();
    else this.onReject();
  };

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

  private onOtherNumberToggle(): void {
    if (this.otherNumberOpen) {
      this.closeOtherNumber();
      return;
    }
    this.otherNumberOpen = true;
    this.focusTarget = 'other-number-input';
    // The agent is about to type: the timed auto-dial waits for them (DEL-8).
    void this.act({ type: 'typing-new-number', typing: true });
  }

  private onOtherNumberCancel(): void {
    this.closeOtherNumber();
  }

  private onOtherNumberKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeOtherNumber();
  }

  /** Closes the form, forgets what was typed, resumes the auto-dial and puts focus back on the button. */
  private closeOtherNumber(): void {
    this.otherNumberOpen = false;
    this.otherNumberText = '';
    this.otherNumberType = 'mobile';
    this.otherNumberError = null;
    this.focusTarget = 'other-number-toggle';
    void this.act({ type: 'typing-new-number', typing: false });
  }

  private onOtherNumberInput(event: Event): void {
    this.otherNumberText = (event.target as HTMLInputElement).value;
  }

  private onOtherNumberTypeChange(event: Event): void {
    this.otherNumberType = (event.target as HTMLSelectElement).value as NumberType;
  }

  private async onOtherNumberSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const interaction = this.previous;
    if (!interaction) return;
    const typed = this.otherNumberText;
    const numberType = this.otherNumberType;
    const parser = await loadPhoneNumberParser();
    // The record, the form or the text may have changed while the parser loaded.
    if (this.previous?.id !== interaction.id || !this.otherNumberOpen || this.otherNumberText !== typed) return;
    // No default country: the number carries its own (+44 …, or 0044 …), as the field's hint says.
    const result = parser.parse(typed);
    if (!result.ok) {
      const message = phoneErrorLabel(result);
      this.otherNumberError = message;
      this.view.services?.announcer.announce(message, 'assertive');
      return;
    }
    this.otherNumberError = null;
    const { e164 } = result;
    const detail = { interactionId: interaction.id, numberId: null, e164, numberType };
    if (!this.dispatchEvent(new OutboundRecordCallEvent(detail))) return;
    void this.act({ type: 'call', target: { e164, numberType } });
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

  private contactName(interaction: Interaction): string {
    return interaction.record.contactName || t.connecting();
  }
}
