import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { HeadingLevelMixin, titleHeading } from '../base/heading-level.js';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { nextGridPosition } from '../../a11y/grid-navigation.js';
import type { CommandOutcome } from '../../services/session/commands.js';
import {
  callControlsFor,
  KEYPAD_ROWS,
  toneForKey,
  type Availability,
  type CallControlAction,
  type CallControlsState,
  type UnavailableReason,
} from '../../services/domain/views/call-controls.js';
import type { Call } from '../../services/domain/interaction/call.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { callEndedLabel } from '../shared/call-status-labels.js';
import { KitSelection } from '../base/kit-selection.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { themeStyles } from '../shared/theme.js';
import { callControlsStyles } from './call-controls.styles.js';
import { OutboundCallControlEvent } from '../events/call-controls-events.js';
import { callControlsLabels as t, unavailableLabel } from './labels.js';
import { CustomStates } from '../base/custom-states.js';
import { CommandFeedback } from '../base/command-feedback.js';

interface CallView {
  readonly interactionId: string | null;
  /** The interaction's call while it is being called or in wrap-up; null before dialing. */
  readonly call: Call | null;
  /** The agent's call result: a campaign may require one before transfer (CALL-3). */
  readonly callResult: string | null;
}

const selectCallView = (state: KitState): CallView => {
  const interaction = state.interaction;
  const calling = interaction?.phase === 'dialing' || interaction?.phase === 'in-call' || interaction?.phase === 'wrap-up';
  return { interactionId: interaction?.id ?? null, call: (calling && interaction?.call) || null, callResult: selectDraft(state).callResult };
};
const sameView = (a: CallView, b: CallView) => a.interactionId === b.interactionId && a.call === b.call && a.callResult === b.callResult;

/** What a refusal was judged on: when either changes, its cause has gone and so does the message. */
interface RefusalCause {
  readonly status: Call['status'] | null;
  readonly callResult: string | null;
}

/** Where a refusal is shown: next to what was refused. */
type RefusalPlace = 'controls' | 'keypad' | 'transfer';

type FocusTarget = 'keypad-toggle' | 'transfer-toggle' | 'target' | 'key' | null;

const KEYS = KEYPAD_ROWS.flat();
const COLUMNS = KEYPAD_ROWS[0]?.length ?? 3;

/**
 * The call controls of the interaction's voice call (CALL-2, CALL-3, DEL-6), from dialing until the
 * call ends. Without a call it shows a short "No call", so a host can place it permanently; after the
 * call it says the call ended (and that it was transferred). The call's status itself is shown and
 * announced by `<outbound-interaction>`, so this element does not announce status changes.
 *
 * - **End call**, and one **Hold** / **Retrieve** button whose label and action follow the call.
 * - **Keypad** discloses a DTMF keypad (1–9, *, 0, # in 4 rows of 3): a grid with one tab stop;
 *   arrows, Home / End (Ctrl+Home / Ctrl+End) move between keys, Enter or Space sends the key's tone,
 *   and typing 0–9, *, # or A–D while focus is in the keypad sends that tone. Opening it moves focus to
 *   the keypad; Escape closes it and returns focus to the Keypad button. The tones sent on this call
 *   are listed ("Tones sent: 1 2 #"). Tones go only on a connected call: otherwise the keys say why.
 * - **Consult or transfer** discloses a form: the **Target** (a number or an agent's extension,
 *   required) and **Consult**, **Transfer**, **Conference**. Enter in the field is Consult, the one that
 *   keeps the contact. An empty target is an error linked to the field and announced once; focus stays
 *   on the field. Escape closes the form (keeping what was typed) and returns focus to its button.
 *
 * Controls that do not apply now (all of them while an assured connection is engaging, DEL-6; Hold
 * and the form before the contact is connected; the keys unless the call is connected) are
 * `aria-disabled`, not disabled: they stay focusable and are described by why. Activating one still
 * sends it to the kit's rules, which refuse it locally (nothing reaches the back end).
 *
 * A transfer sent is shown and announced once as under way ("Transferring the call to 2040…"), then
 * its result, in the call view's words (heard once with `<outbound-interaction>` on the page).
 *
 * A refused action (a campaign that requires a call result before transfer, CALL-3; the engaging
 * phase) shows the rules' message next to what was refused until the next action, or until its cause
 * goes (the contact is connected, the call result is set); the provider has
 * announced it and fired `outbound-error`, so this element does not announce it again. What the agent
 * typed stays.
 *
 * Mute is not here: it belongs to the phone service (PH-2) and comes with it.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag call-controls
 * @attr {number} heading-level - The level of the title heading (1–6, default 2), to fit the host's outline; sub-headings are one level deeper.
 * @fires {OutboundCallControlEvent} outbound-call-control - Before each command: `detail` { interactionId, action } where `action` is the agent action about to be sent (`end-call`, `hold`, `retrieve`, `send-dtmf` with `digits`, `consult` / `transfer` / `conference` with `target`). Cancel it to keep it from being sent.
 * @csspart base - The frame around the element.
 * @csspart title - The heading, which takes focus when the focused control goes away (the call ended).
 * @csspart status - The "No call" / "Call ended" line.
 * @csspart actions - The row of End call, Hold / Retrieve, Keypad and Consult or transfer.
 * @csspart end - The End call button.
 * @csspart hold - The Hold / Retrieve button.
 * @csspart keypad-toggle - The Keypad disclosure button.
 * @csspart keypad - The keypad panel (the keys, why they are unavailable, the tones sent).
 * @csspart key - Each key of the keypad.
 * @csspart tones - The "Tones sent" line.
 * @csspart transfer-toggle - The Consult or transfer disclosure button.
 * @csspart transfer-form - The consult / transfer / conference form.
 * @csspart target - The Target field.
 * @csspart consult - The Consult button.
 * @csspart transfer - The Transfer button.
 * @csspart conference - The Conference button.
 * @csspart error - The Target field's error.
 * @csspart reason - Why controls are unavailable now.
 * @csspart refusal - Why the last action was refused.
 * @csspart transfer-progress - A transfer under way, until it completes.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text and unavailable controls.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons.
 * @cssprop --outbound-color-on-accent - Text on filled buttons.
 * @cssprop --outbound-color-selected - An open disclosure button.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - End call, errors and refusals.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssprop --outbound-call-controls-key-size - Width and height of a keypad key (2.75rem).
 * @cssstate no-call - No live call (before dialing, or after it ended).
 * @cssstate engaging - Assured connection: the contact is being connected (DEL-6).
 * @cssstate held - The call is on hold.
 */
export class CallControls extends HeadingLevelMixin(LitElement) {
  static override styles = [themeStyles, panelStyles, formStyles, callControlsStyles];

  @state() private keypadOpen = false;
  @state() private transferOpen = false;
  /** The key that holds the keypad's tab stop. */
  @state() private keyIndex = 0;
  @state() private target = '';
  @state() private targetError: string | null = null;
  /**
   * Why the last action taken here was refused, and where it is shown: until the next action, or
   * until its cause goes (the call's status or the call result changed: the contact was connected
   * after the engaging phase, the call result the campaign requires was set).
   */
  /** The last action's refusal, shown where it was refused, until the agent acts again or its cause goes. */
  private readonly feedback = new CommandFeedback<RefusalCause, RefusalPlace>(this, {
    record: () => this.interactionId,
    cause: () => this.currentCause(),
    sameCause: (a, b) => a.status === b.status && a.callResult === b.callResult,
  });
  /** The target of a transfer sent and not yet completed. */
  @state() private transferring: string | null = null;
  /** The tones sent on the current call. */
  @state() private tones: readonly string[] = [];

  private readonly view = new KitSelection(this, selectCallView, sameView);
  private readonly states = new CustomStates(this);
  private callId: string | null = null;
  private interactionId: string | null = null;
  private focusTarget: FocusTarget = null;
  private hadFocus = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const { interactionId, call } = this.view.value;
    this.hadFocus = this.shadowRoot?.activeElement != null;
    const callId = call?.id ?? null;
    if (callId !== this.callId || interactionId !== this.interactionId) {
      // A new call (or none): what belonged to the last one goes with it.
      this.callId = callId;
      this.interactionId = interactionId;
      this.tones = [];
      this.target = '';
      this.targetError = null;
      this.feedback.clear();
      this.transferring = null;
      this.keyIndex = 0;
    }
    if (this.transferring !== null && call?.ended) {
      // The transfer's result: the same words as the call view, so a page with both hears it once.
      this.transferring = null;
      this.view.services?.announcer.announce(callEndedLabel(call.ended.by, call.ended.reason));
    }
    const controls = callControlsFor(call);
    if (!controls) {
      this.keypadOpen = false;
      this.transferOpen = false;
    }
    this.states.set('no-call', !controls);
    this.states.set('engaging', controls?.status === 'engaging');
    this.states.set('held', controls?.status === 'held');
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    const root = this.shadowRoot;
    if (target === 'key') {
      root?.querySelector<HTMLElement>(`[data-key-index="${this.keyIndex}"]`)?.focus();
    } else if (target) {
      root?.getElementById(target)?.focus();
    } else if (this.hadFocus && root?.activeElement == null) {
      // The focused control went away with the call: focus stays here rather than falling to the page.
      root?.getElementById('title')?.focus();
    }
    this.hadFocus = false;
  }

  protected override render() {
    const { call } = this.view.value;
    const controls = callControlsFor(call);
    const status = controls
      ? nothing
      : html`<p class="note" part="status">
          ${call?.ended ? (call.ended.reason === 'transferred' ? t.callTransferred() : t.callEnded()) : t.noCall()}
        </p>`;
    return html`
      <section class="base" part="base" aria-labelledby="title">
        ${titleHeading(this.headingLevel, t.title())}
        ${status} ${controls ? this.renderControls(controls) : nothing}
      </section>
    `;
  }

  private renderControls(controls: CallControlsState) {
    const retrieve = controls.holdAction === 'retrieve';
    // One visible sentence per reason, shared by every control it applies to.
    const reasons = uniqueReasons([controls.end, controls.hold, controls.keypad, controls.transfer]);
    return html`
      <div class="actions" part="actions">
        <button type="button" id="end" part="end" class="end" aria-disabled=${disabledIf(controls.end)}
          aria-describedby=${describedBy(controls.end)} @click=${this.onEnd}>
          ${t.endCall()}
        </button>
        <button type="button" id="hold" part="hold" aria-disabled=${disabledIf(controls.hold)}
          aria-describedby=${describedBy(controls.hold)} @click=${this.onHold}>
          ${retrieve ? t.retrieve() : t.hold()}
        </button>
        <button
          type="button"
          id="keypad-toggle"
          part="keypad-toggle"
          aria-expanded=${this.keypadOpen ? 'true' : 'false'}
          aria-controls="keypad-panel"
          aria-disabled=${disabledIf(controls.keypad)}
          aria-describedby=${describedBy(controls.keypad)}
          @click=${this.onKeypadToggle}
        >
          ${t.keypad()}
        </button>
        <button
          type="button"
          id="transfer-toggle"
          part="transfer-toggle"
          aria-expanded=${this.transferOpen ? 'true' : 'false'}
          aria-controls="transfer-form"
          aria-disabled=${disabledIf(controls.transfer)}
          aria-describedby=${describedBy(controls.transfer)}
          @click=${this.onTransferToggle}
        >
          ${t.transferToggle()}
        </button>
      </div>
      ${reasons.map(
        (reason) => html`<p class="note reason" part="reason" id=${reasonId(reason)}>${unavailableLabel(reason, 'end')}</p>`,
      )}
      ${this.transferring !== null
        ? html`<p class="note" part="transfer-progress">${t.transferring(this.transferring)}</p>`
        : nothing}
      ${this.renderRefusal('controls')} ${this.keypadOpen ? this.renderKeypad(controls.tones) : nothing}
      ${this.transferOpen ? this.renderTransferForm() : nothing}
    `;
  }

  private renderKeypad(tones: Availability) {
    return html`
      <div class="panel" id="keypad-panel" part="keypad" @keydown=${this.onKeypadKeydown}>
        ${tones ? html`<p class="note reason" part="reason" id="tones-reason">${unavailableLabel(tones, 'tones')}</p>` : nothing}
        <div role="grid" id="keypad" aria-labelledby="keypad-toggle" @focusin=${this.onKeyFocus}>
          ${KEYPAD_ROWS.map(
            (row, rowIndex) => html`<div role="row">
              ${row.map((key, column) => this.renderKey(key, rowIndex * COLUMNS + column, tones))}
            </div>`,
          )}
        </div>
        ${this.renderRefusal('keypad')}
        ${
          // Not a live region: the growing line would be re-read whole after every tone. Each tone is
          // announced once, politely, through the kit's announcer instead (see `sendTone`).
          this.tones.length > 0 ? html`<p class="tones" part="tones">${t.tonesSent(this.tones.join(' '))}</p>` : nothing
        }
      </div>
    `;
  }

  private renderKey(key: string, index: number, tones: Availability) {
    return html`<div role="gridcell">
      <button
        type="button"
        class="key"
        part="key"
        data-key-index=${index}
        tabindex=${index === this.keyIndex ? '0' : '-1'}
        aria-disabled=${tones ? 'true' : nothing}
        aria-describedby=${tones ? 'tones-reason' : nothing}
        @click=${() => this.onKey(key, index)}
      >
        ${key}
      </button>
    </div>`;
  }

  private renderTransferForm() {
    const error = this.targetError;
    // The form has no name of its own: a named form is a landmark, and the element is one already.
    return html`
      <form
        class="panel"
        id="transfer-form"
        part="transfer-form"
        novalidate
        @submit=${this.onTransferSubmit}
        @keydown=${this.onTransferKeydown}
      >
        <div class="field">
          <label for="target">${t.target()}</label>
          <input
            id="target"
            part="target"
            type="text"
            inputmode="tel"
            autocomplete="off"
            required
            .value=${live(this.target)}
            aria-describedby=${error ? 'target-hint target-error' : 'target-hint'}
            aria-invalid=${error ? 'true' : nothing}
            @input=${this.onTargetInput}
          />
          <p class="hint" id="target-hint">${t.targetHint()}</p>
          ${error ? html`<p class="error" part="error" id="target-error">${error}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="secondary" id="consult" part="consult" value="consult">${t.consult()}</button>
          <button type="submit" class="secondary" id="transfer" part="transfer" value="transfer">${t.transfer()}</button>
          <button type="submit" class="secondary" id="conference" part="conference" value="conference">${t.conference()}</button>
        </div>
        ${this.renderRefusal('transfer')}
      </form>
    `;
  }

  private renderRefusal(at: RefusalPlace) {
    // Already announced by the provider (or, for the keypad button, by `onKeypadToggle`).
    const refusal = this.feedback.shown;
    return refusal?.detail === at ? html`<p class="refusal" part="refusal">${refusal.message}</p>` : nothing;
  }

  private get controls(): CallControlsState | null {
    return callControlsFor(this.view.value.call);
  }

  private onEnd(): void {
    void this.send({ type: 'end-call' }, 'controls');
  }

  private onHold(): void {
    const controls = this.controls;
    if (!controls) return;
    void this.send({ type: controls.holdAction }, 'controls');
  }

  private onKeypadToggle(): void {
    const controls = this.controls;
    if (!controls) return;
    if (controls.keypad) {
      // No command stands behind the keypad itself, so no rule answers: say why here, once.
      const message = unavailableLabel(controls.keypad, 'keypad');
      this.feedback.show(message, 'controls');
      this.view.services?.announcer.announce(message, 'assertive');
      return;
    }
    this.feedback.clear();
    this.keypadOpen = !this.keypadOpen;
    if (this.keypadOpen) this.focusTarget = 'key';
  }

  private onKeyFocus(event: FocusEvent): void {
    const index = keyIndexOf(event.target);
    if (index !== null) this.keyIndex = index;
  }

  private onKey(key: string, index: number): void {
    this.keyIndex = index;
    void this.sendTone(key);
  }

  private onKeypadKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.keypadOpen = false;
      this.focusTarget = 'keypad-toggle';
      return;
    }
    const index = keyIndexOf(event.target);
    if (index !== null) {
      const next = nextGridPosition(
        { row: Math.floor(index / COLUMNS), column: index % COLUMNS },
        event,
        { rows: KEYPAD_ROWS.length, columns: COLUMNS },
      );
      if (next) {
        event.preventDefault();
        this.keyIndex = next.row * COLUMNS + next.column;
        this.focusTarget = 'key';
        return;
      }
    }
    const tone = event.ctrlKey || event.metaKey || event.altKey ? null : toneForKey(event.key);
    if (!tone) return;
    event.preventDefault();
    void this.sendTone(tone);
  }

  private async sendTone(tone: string): Promise<void> {
    const callId = this.callId;
    const result = await this.send({ type: 'send-dtmf', digits: tone }, 'keypad');
    if (!result?.sent || callId !== this.callId) return;
    this.tones = [...this.tones, tone];
    // One short polite message per tone that went out: the agent pressing keys hears each confirmed,
    // without the whole "Tones sent" line being re-read (an output element would do that, and live
    // regions inside a shadow root are unreliable in some screen readers).
    this.view.services?.announcer.announce(t.toneSent(tone));
  }

  private onTransferToggle(): void {
    const controls = this.controls;
    if (!controls) return;
    if (controls.transfer) {
      // Unavailable, yet activated: the rules say why (and nothing leaves).
      void this.send({ type: 'transfer', target: this.target.trim() }, 'controls');
      return;
    }
    this.feedback.clear();
    this.transferOpen = !this.transferOpen;
    if (this.transferOpen) this.focusTarget = 'target';
  }

  private onTransferKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    // What was typed is kept for when the form opens again.
    this.transferOpen = false;
    this.focusTarget = 'transfer-toggle';
  }

  private onTargetInput(event: Event): void {
    this.target = (event.target as HTMLInputElement).value;
    if (this.targetError && this.target.trim()) this.targetError = null;
  }

  private onTransferSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const submitter = event.submitter as HTMLButtonElement | null;
    // Enter in the field submits with the first button, Consult: the one that keeps the contact.
    const type = submitter?.value === 'transfer' || submitter?.value === 'conference' ? submitter.value : 'consult';
    const target = this.target.trim();
    if (!target) {
      const message = t.targetRequired();
      this.targetError = message;
      this.feedback.clear();
      this.focusTarget = 'target';
      this.view.services?.announcer.announce(message, 'assertive');
      return;
    }
    this.targetError = null;
    void this.send({ type, target }, 'transfer').then((result) => {
      if (!result?.sent || type !== 'transfer') return;
      // Transfers take a moment: the agent hears that it is under way, once, and then its result.
      this.transferring = target;
      this.view.services?.announcer.announce(t.transferring(target));
    });
  }

  /**
   * Fires the intent event, then sends the action through the kit's rules. A refusal is shown where
   * it happened; the provider has announced it already.
   */
  private async send(action: CallControlAction, at: RefusalPlace): Promise<CommandOutcome | null> {
    const interactionId = this.interactionId;
    const services = this.view.services;
    if (!interactionId || !services) return null;
    if (!this.dispatchEvent(new OutboundCallControlEvent({ interactionId, action }))) return null;
    return (await this.feedback.follow(services.commands.act(action), at)) ?? null;
  }

  private currentCause(): RefusalCause {
    return { status: this.view.value.call?.status ?? null, callResult: this.view.value.callResult };
  }
}

function uniqueReasons(availabilities: readonly Availability[]): UnavailableReason[] {
  return [...new Set(availabilities.filter((reason): reason is UnavailableReason => reason !== null))];
}

const reasonId = (reason: UnavailableReason) => `reason-${reason}`;

/** `aria-disabled` of a control, which stays focusable when unavailable. */
const disabledIf = (reason: Availability) => (reason ? 'true' : nothing);
/** The sentence that says why a control is unavailable. */
const describedBy = (reason: Availability) => (reason ? reasonId(reason) : nothing);

function keyIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof HTMLElement) || !target.dataset['keyIndex']) return null;
  const index = Number(target.dataset['keyIndex']);
  return Number.isInteger(index) && index >= 0 && index < KEYS.length ? index : null;
}
