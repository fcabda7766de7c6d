import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { HeadingLevelMixin, titleHeading } from '../base/heading-level.js';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AgentState } from '../../services/domain/agent/agent.js';
import type { DispositionCode } from '../../services/domain/campaign/campaign-policy.js';
import {
  channelsAwaitingReady,
  closesOnDisposition,
  dispositionGroups,
  dispositionMissing,
  dncSetByCode,
  hasCallToWrapUp,
  outcomeDelivery,
} from '../../services/domain/views/disposition-view.js';
import { presetCallResult } from '../../services/domain/interaction/call-result-preset.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import type { DraftEdit } from '../../services/domain/interaction/wrap-up.js';
import type { OutboxState } from '../../services/state/outbox-state.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { OutboundRecordDoneEvent } from '../events/outbound-preview-events.js';
import { KitSelection } from '../base/kit-selection.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { errorText } from '../shared/error-text.js';
import { themeStyles } from '../shared/theme.js';
import { dispositionPanelStyles } from './disposition-panel.styles.js';
import { dispositionLabels as t } from './labels.js';
import { CustomStates } from '../base/custom-states.js';
import { CommandFeedback } from '../base/command-feedback.js';

interface PanelView {
  readonly interaction: Interaction | null;
  readonly lastClosed: Interaction | null;
  readonly draft: OutcomeDraft;
  readonly outbox: OutboxState;
  readonly agent: AgentState | null;
}

const selectPanelView = (state: KitState): PanelView => ({
  interaction: state.interaction,
  lastClosed: state.lastClosed,
  draft: selectDraft(state),
  outbox: state.outbox,
  agent: state.agent,
});
const sameView = (a: PanelView, b: PanelView) =>
  a.interaction === b.interaction &&
  a.lastClosed === b.lastClosed &&
  a.draft === b.draft &&
  a.outbox === b.outbox &&
  a.agent === b.agent;

/** Preview modes close a record with Done (next record) or Done and Stop (DISP-2, DEL-3). */
const PREVIEW_MODES: ReadonlySet<string> = new Set(['preview', 'push-preview', 'direct-push-preview']);

/** Typing is saved to the draft after this pause too, not only when the agent leaves the field. */
const NOTE_IDLE_SAVE_MS = 800;

/** Why the last action here was refused; `disposition` when a required disposition is missing. */
/** The outcome whose delivery the panel reports (DISP-4). */
interface TrackedDelivery {
  readonly id: string;
  readonly contact: string;
  readonly state: 'pending' | 'delivered' | 'failed';
  readonly attempt: number;
  readonly reason: string;
}

/**
 * Dispositions: how the agent qualifies the call and closes the record (DISP-1..4, DNC-2, CALL-3,
 * DEL-6). Shown while the record has a call (dialing, in call, wrap-up): the call result may be set
 * during the call.
 *
 * - **Call Result**: a drop-down of the campaign's call results, with "Not set" first while none is
 *   chosen. Once the call has ended, the result its end implies (no answer: No Answer, busy: Busy,
 *   answering machine, fax, dropped, a wrong number; a connected call: Answered) is chosen and says
 *   so; the agent can change it, and the outcome carries it unless they do. After a transfer it is read-only, with the reason (CALL-3). While an assured connection
 *   is engaging (DEL-6) it is `aria-disabled` with the reason; trying shows the engine's refusal.
 * - **Do Not Call**: a check box. A disposition with the `dnc` effect sets it, and the panel says
 *   so next to it; no disposition clears it, only the agent (DNC-2).
 * - **Disposition**: a drop-down or a radio list, as the campaign's `dispositionControl` says. A
 *   code with children is a heading (an `optgroup`, or a nested group of radio buttons), not a
 *   choice. Where choosing a disposition marks the record Done, the note and the Done buttons come
 *   before the disposition, the panel says so before the list, and a choice made with the keyboard
 *   (arrow keys move through the choices) is confirmed with Enter only: browsing or leaving the
 *   list never closes the record, and Done applies the choice browsed to.
 * - **Note**: kept in the element while the agent types and saved to the draft when they leave the
 *   field, after a short pause, and before Mark Done: never sent per keystroke, never lost.
 * - **Mark Done**, or **Done** and **Done and Stop** in the preview modes. `outbound-record-done`
 *   is fired first. A refusal (the call is still active, a required disposition is missing, a
 *   callback is needed or invalid) is shown in a message that takes focus; a missing disposition
 *   also marks the disposition control invalid and describes it by the message. The provider has
 *   announced the refusal. Nothing the agent entered is lost.
 *
 * After Done the outcome's delivery is shown (DISP-4): waiting, with the attempt, then delivered
 * (announced politely once) until the next record arrives, or the server's reason when it failed. If the agent is in after-call
 * work and the campaign does not make them Ready by itself, **Ready** is offered (DISP-3).
 * In the preview phases (the preview owns Done there) and with no record, a short note is shown.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag disposition-panel
 * @attr {number} heading-level - The level of the title heading (1–6, default 2), to fit the host's outline; sub-headings are one level deeper.
 * @fires {OutboundRecordDoneEvent} outbound-record-done - The agent chose Mark Done, Done or Done and Stop; `detail` { interactionId, close }. Cancel it to keep the record open. Not fired when the campaign marks Done by itself (on end call, on disposition).
 * @csspart base - The frame around the element.
 * @csspart title - The title; focus moves to it when the control that had focus leaves.
 * @csspart call-result - The Call Result drop-down (a read-only field after a transfer).
 * @csspart dnc - The Do Not Call check box.
 * @csspart dispositions - The disposition drop-down or radio list.
 * @csspart note - The note.
 * @csspart mark-done - The Mark Done button.
 * @csspart done - The Done button (preview modes).
 * @csspart done-and-stop - The Done and Stop button (preview modes).
 * @csspart refusal - Why the last action was refused; takes focus when Done was refused.
 * @csspart closing - The record is being marked Done.
 * @csspart delivery - Where the last outcome is: waiting, delivered, or failed with the server's reason.
 * @csspart ready - The Ready button after Done, in after-call work.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Notes, hints and read-only values.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons.
 * @cssprop --outbound-color-on-accent - Text on the main button.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Refusals, invalid controls and failed deliveries.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate empty - No call to wrap up.
 * @cssstate wrap-up - The call has ended; the record waits for Done.
 * @cssstate closing - Done was sent; the outcome is on its way.
 * @cssstate read-only - The call was transferred: the call result is read-only.
 */
export class DispositionPanel extends HeadingLevelMixin(LitElement) {
  static override styles = [themeStyles, panelStyles, formStyles, dispositionPanelStyles];

  /** What the agent typed in the note; the textarea holds it while typing, so a keystroke renders nothing. */
  private noteText = '';
  /**
   * The last action's refusal, and the field it is about. It goes when its cause goes: the call's
   * status when it was refused ("not while engaging" once connected, "end the call first" once ended).
   */
  private readonly feedback = new CommandFeedback<string | null, 'disposition' | null>(this, {
    record: () => this.shownId,
    cause: () => this.callStatus(),
    sameCause: (refusedAt, now) => refusedAt === now,
  });
  /** Done was asked for and is on its way into the outbox. */
  @state() private marking = false;
  /** The campaign marks Done on disposition, and that Mark Done is under way. */
  @state() private autoClosing = false;
  /**
   * A disposition browsed to with the keyboard where choosing closes the record: confirmed only by
   * Enter (or by Done, which applies it). Leaving the list does not confirm it: focus may be on its
   * way back to the note (issue 12 #5).
   */
  @state() private held: string | null = null;

  private readonly view = new KitSelection(this, selectPanelView, sameView);
  private readonly states = new CustomStates(this);
  /** The interaction whose controls are shown; the note belongs to it. */
  private shownId: string | null = null;
  private noteDirty = false;
  private noteTimer: number | undefined;
  private stopSavingBeforeDone: (() => void) | undefined;
  private keyboardChoice = false;
  private tracked: TrackedDelivery | null = null;
  private readyRequested = false;
  private hadFocus = false;
  private focusRefusal = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSavingBeforeDone?.();
    this.stopSavingBeforeDone = undefined;
    // Leaving the page must not lose what was typed.
    void this.flushNote();
  }

  protected override willUpdate(): void {
    // Mark Done on end call (an effect, not this element) reads the draft: the note is saved first.
    this.stopSavingBeforeDone ??= this.view.services?.commands.saveEntriesBeforeDone(() => this.flushNote());
    const { interaction, draft, agent } = this.view.value;
    const shown = hasCallToWrapUp(interaction) ? interaction : null;
    if ((shown?.id ?? null) !== this.shownId) {
      this.shownId = shown?.id ?? null;
      this.noteText = draft.note;
      this.noteDirty = false;
      this.feedback.clear();
      this.held = null;
      this.autoClosing = false;
    } else if (!this.noteDirty && draft.note !== this.noteText) {
      this.noteText = draft.note;
    }
    const polite: string[] = [];
    this.followDelivery(polite);
    // A delivery confirmation belongs to its record: the next record's panel does not repeat it.
    // Waiting and failed deliveries stay: the agent still has to know about those.
    if (this.tracked?.state === 'delivered' && interaction && interaction.id !== this.tracked.id) this.tracked = null;
    if (this.readyRequested && agent && !Object.values(agent.channels).includes('after-call-work')) {
      this.readyRequested = false;
      if (agent.channels.voice === 'ready') polite.push(t.nowReady());
    }
    // One by one: the announcer reads a frame's messages together as sentences, each once.
    polite.forEach((message) => this.view.services?.announcer.announce(message));
    this.hadFocus = this.shadowRoot?.activeElement != null;
    const closing = shown !== null && this.isClosing(shown);
    this.states.set('empty', shown === null);
    this.states.set('wrap-up', shown?.phase === 'wrap-up' && !closing);
    this.states.set('closing', closing);
    this.states.set('read-only', shown?.readOnly === true);
  }

  protected override updated(): void {
    const root = this.shadowRoot;
    if (this.focusRefusal) {
      this.focusRefusal = false;
      const refusal = root?.getElementById('refusal');
      if (refusal) {
        refusal.focus();
        return;
      }
    }
    // The focused control left (Done, Ready): focus stays in the panel, on its title.
    if (this.hadFocus && root?.activeElement == null) root?.getElementById('title')?.focus();
    this.hadFocus = false;
  }

  protected override render() {
    const { interaction } = this.view.value;
    const shown = hasCallToWrapUp(interaction) ? interaction : null;
    return html`
      <section class="base" part="base" aria-labelledby="title">
        ${titleHeading(this.headingLevel, t.title())}
        ${shown
          ? this.isClosing(shown)
            ? html`<p class="status" part="closing">${t.closing()}</p>`
            : this.renderControls(shown)
          : this.renderNoCall()}
        ${this.feedback.shown
          ? html`<p class="message" part="refusal" id="refusal" tabindex="-1">${this.feedback.shown.message}</p>`
          : nothing}
        ${this.renderDelivery()} ${shown ? nothing : this.renderReady()}
      </section>
    `;
  }

  private renderControls(interaction: Interaction) {
    const { draft } = this.view.value;
    const preview = PREVIEW_MODES.has(interaction.mode);
    const dispositions = this.renderDispositions(interaction, draft);
    const note = html`<div class="field">
      <label for="note">${t.note()}</label>
      <textarea
        id="note"
        part="note"
        .value=${live(this.noteText)}
        @input=${this.onNoteInput}
        @change=${this.onNoteChange}
      ></textarea>
    </div>`;
    const actions = html`<div class="actions">
      ${preview
        ? html`<button type="button" class="primary" id="done" part="done" @click=${this.onDone}>${t.done()}</button>
            <button type="button" id="done-and-stop" part="done-and-stop" @click=${this.onDoneAndStop}>
              ${t.doneAndStop()}
            </button>`
        : html`<button type="button" class="primary" id="mark-done" part="mark-done" @click=${this.onDone}>
            ${t.markDone()}
          </button>`}
    </div>`;
    // Where choosing a disposition closes the record, the note and the Done buttons come first, so
    // the agent can always reach them before the choice that ends the work (issue 12 #5). The order
    // follows the campaign, not the phase, so nothing moves when the call ends.
    const closingChoiceLast = interaction.schema.markDoneOnDisposition;
    return html`
      ${this.renderCallResult(interaction, draft)} ${this.renderDnc(interaction, draft)}
      ${closingChoiceLast ? html`${note} ${actions} ${dispositions}` : html`${dispositions} ${note} ${actions}`}
      ${this.autoClosing ? html`<p class="status" part="closing">${t.closing()}</p>` : nothing}
    `;
  }

  private renderCallResult(interaction: Interaction, draft: OutcomeDraft) {
    // Until the agent chooses, the result that how the call ended implies is chosen (and sent).
    const preset = draft.callResult === null ? presetCallResult(interaction) : null;
    const current = draft.callResult ?? preset;
    if (interaction.readOnly) {
      return html`<div class="field">
        <label for="call-result">${t.callResult()}</label>
        <input id="call-result" part="call-result" readonly .value=${current ?? t.notSet()} aria-describedby="call-result-reason" />
        <p class="hint" id="call-result-reason">${t.readOnlyCallResult()}</p>
      </div>`;
    }
    const engaging = interaction.call?.status === 'engaging';
    const describedBy = engaging ? 'call-result-reason' : preset ? 'call-result-preset' : null;
    return html`<div class="field">
      <label for="call-result">${t.callResult()}</label>
      <select
        id="call-result"
        part="call-result"
        aria-disabled=${engaging ? 'true' : nothing}
        aria-describedby=${describedBy ?? nothing}
        @change=${this.onCallResultChange}
      >
        ${current === null ? html`<option value="" .selected=${live(true)}>${t.notSet()}</option>` : nothing}
        ${interaction.schema.callResults.map(
          (result) => html`<option .value=${result} .selected=${live(result === current)}>${result}</option>`,
        )}
      </select>
      ${engaging ? html`<p class="hint" id="call-result-reason">${t.engagingCallResult()}</p>` : nothing}
      ${preset ? html`<p class="hint" id="call-result-preset">${t.presetCallResult()}</p>` : nothing}
    </div>`;
  }

  private renderDnc(interaction: Interaction, draft: OutcomeDraft) {
    const setBy = dncSetByCode(interaction.schema, draft);
    return html`<div class="check">
      <input
        type="checkbox"
        id="dnc"
        part="dnc"
        .checked=${live(draft.dnc)}
        aria-describedby=${setBy ? 'dnc-set-by' : nothing}
        @change=${this.onDncChange}
      />
      <label for="dnc">${t.dnc()}</label>
      ${setBy ? html`<p class="hint" id="dnc-set-by">${t.dncSetBy(setBy.label)}</p>` : nothing}
    </div>`;
  }

  private renderDispositions(interaction: Interaction, draft: OutcomeDraft) {
    const chosen = this.held ?? draft.dispositionCodeIds[0] ?? null;
    const invalid = this.feedback.shown?.detail === 'disposition';
    const closes = closesOnDisposition(interaction);
    const describedBy = [closes ? 'closes-hint' : null, invalid ? 'refusal' : null].filter(Boolean).join(' ') || nothing;
    const hint = closes ? html`<p class="hint" id="closes-hint">${t.closesOnDisposition()}</p>` : nothing;
    if (interaction.schema.dispositionControl === 'radio') {
      // The explanation comes before the choices: the agent reads it before choosing.
      return html`${hint}<fieldset
          id="dispositions"
          part="dispositions"
          role="radiogroup"
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy}
          @change=${this.onDispositionChange}
          @keydown=${this.onDispositionKeydown}
          @pointerdown=${this.onDispositionPointerdown}
        >
          <legend>${t.disposition()}</legend>
          ${this.renderRadios(interaction.schema.dispositionCodes, chosen)}
        </fieldset>`;
    }
    return html`<div class="field">
      <label for="dispositions">${t.disposition()}</label>
      ${hint}
      <select
        id="dispositions"
        part="dispositions"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy}
        @change=${this.onDispositionChange}
        @keydown=${this.onDispositionKeydown}
        @pointerdown=${this.onDispositionPointerdown}
      >
        ${chosen === null ? html`<option value="" .selected=${live(true)}>${t.notSet()}</option>` : nothing}
        ${dispositionGroups(interaction.schema.dispositionCodes).map((group) =>
          group.label === null
            ? group.codes.map((code) => this.renderOption(code, chosen))
            : html`<optgroup label=${group.label}>${group.codes.map((code) => this.renderOption(code, chosen))}</optgroup>`,
        )}
      </select>
    </div>`;
  }

  private renderOption(code: DispositionCode, chosen: string | null) {
    return html`<option .value=${code.id} .selected=${live(code.id === chosen)}>${code.label}</option>`;
  }

  private renderRadios(codes: readonly DispositionCode[], chosen: string | null): unknown {
    return codes.map((code) =>
      code.children?.length
        ? html`<fieldset class="group">
            <legend>${code.label}</legend>
            ${this.renderRadios(code.children, chosen)}
          </fieldset>`
        : html`<label class="radio">
            <input type="radio" name="disposition" .value=${code.id} .checked=${live(code.id === chosen)} />
            ${code.label}
          </label>`,
    );
  }

  /**
   * Before the call, what comes once it starts; with no record, that there is none, unless the last
   * record's delivery is shown, which says what became of it (the two would contradict each other).
   */
  private renderNoCall() {
    const { interaction } = this.view.value;
    if (interaction?.phase === 'offered' || interaction?.phase === 'previewing') return html`<p class="note">${t.beforeCall()}</p>`;
    return this.tracked ? nothing : html`<p class="note">${t.empty()}</p>`;
  }

  private renderDelivery() {
    const tracked = this.tracked;
    if (!tracked) return nothing;
    switch (tracked.state) {
      case 'pending':
        return html`<p class="status" part="delivery">${t.pending(tracked.contact, tracked.attempt)}</p>`;
      case 'delivered':
        return html`<p class="note" part="delivery">${t.delivered(tracked.contact)}</p>`;
      case 'failed':
        return html`<p class="message" part="delivery">${t.failed(tracked.contact, tracked.reason)}</p>`;
    }
  }

  private renderReady() {
    const { agent, lastClosed } = this.view.value;
    if (channelsAwaitingReady(agent, lastClosed?.schema ?? null).length === 0) return nothing;
    return html`<div class="actions">
      <p class="hint" id="after-call-work">${t.afterCallWork()}</p>
      <button type="button" class="primary" id="ready" part="ready" aria-describedby="after-call-work" @click=${this.onReady}>
        ${t.ready()}
      </button>
    </div>`;
  }

  /** Done is on its way for this record: its outcome waits in the outbox, or is being stored. */
  private isClosing(interaction: Interaction): boolean {
    return outcomeDelivery(this.view.value.outbox, interaction.id).state === 'pending';
  }

  /** Follows the latest outcome from pending to delivered or failed; delivered is announced once. */
  private followDelivery(polite: string[]): void {
    const { outbox } = this.view.value;
    const newest = outbox.pending.at(-1);
    if (newest && newest.interactionId !== this.tracked?.id && !this.isPending(this.tracked?.id)) this.track(newest.interactionId);
    const tracked = this.tracked;
    if (!tracked) return;
    const delivery = outcomeDelivery(outbox, tracked.id);
    if (delivery.state === 'pending') {
      // A slice from before the server's answer can still arrive after it: delivered stays delivered.
      if (tracked.state === 'delivered') return;
      if (delivery.attempt !== tracked.attempt || tracked.state !== 'pending') this.tracked = { ...tracked, state: 'pending', attempt: delivery.attempt };
    } else if (delivery.state === 'failed') {
      if (tracked.state !== 'failed') this.tracked = { ...tracked, state: 'failed', reason: delivery.reason };
    } else if (tracked.state === 'pending') {
      this.tracked = { ...tracked, state: 'delivered' };
      polite.push(t.delivered(tracked.contact));
    }
  }

  private isPending(id: string | undefined): boolean {
    return id !== undefined && outcomeDelivery(this.view.value.outbox, id).state === 'pending';
  }

  private track(interactionId: string): void {
    const { interaction, lastClosed } = this.view.value;
    const record = [interaction, lastClosed].find((candidate) => candidate?.id === interactionId)?.record;
    this.tracked = { id: interactionId, contact: record?.contactName || t.unknownContact(), state: 'pending', attempt: 1, reason: '' };
  }

  private current(): Interaction | null {
    const interaction = this.view.value.interaction;
    return hasCallToWrapUp(interaction) ? interaction : null;
  }

  /** Saves an edit; a refusal is shown (the provider has announced it) and the control shows the draft again. */
  private async edit(change: DraftEdit): Promise<void> {
    const services = this.view.services;
    const editedOn = this.shownId;
    if (!services || !editedOn) return;
    const result = await services.commands.edit(change);
    if (this.shownId !== editedOn) return;
    if (!result.saved) {
      this.feedback.show(errorText(result.error), null);
      return;
    }
    if (change.type === 'set-dispositions' && this.feedback.shown?.detail === 'disposition') this.feedback.clear();
    if (!result.markingDone) return;
    this.autoClosing = true;
    const done = await result.markingDone;
    this.autoClosing = false;
    if (!done.sent && this.shownId === editedOn) this.showDoneRefusal(errorText(done.error));
  }

  /** What the agent typed goes to the draft; resolves once it is there. */
  private async flushNote(): Promise<void> {
    window.clearTimeout(this.noteTimer);
    if (!this.noteDirty) return;
    this.noteDirty = false;
    const note = this.noteText;
    await this.edit({ type: 'set-note', note });
  }

  private onNoteInput(event: Event): void {
    this.noteText = (event.target as HTMLTextAreaElement).value;
    this.noteDirty = true;
    window.clearTimeout(this.noteTimer);
    this.noteTimer = window.setTimeout(() => void this.flushNote(), NOTE_IDLE_SAVE_MS);
  }

  private onNoteChange(): void {
    void this.flushNote();
  }

  private onCallResultChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.edit({ type: 'set-call-result', value: value === '' ? null : value });
  }

  private onDncChange(event: Event): void {
    void this.edit({ type: 'set-dnc', value: (event.target as HTMLInputElement).checked });
  }

  private onDispositionChange(event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    const interaction = this.current();
    if (!value || !interaction) return;
    // Browsing with arrow keys selects as it moves: where choosing closes the record, wait for a confirmation.
    if (closesOnDisposition(interaction) && this.keyboardChoice) {
      this.held = value;
      return;
    }
    void this.chooseDisposition(value);
  }

  private onDispositionKeydown(event: KeyboardEvent): void {
    this.keyboardChoice = true;
    if (event.key === 'Enter' && this.held) {
      event.preventDefault();
      void this.chooseDisposition(this.held);
    }
  }

  private onDispositionPointerdown(): void {
    this.keyboardChoice = false;
  }

  private async chooseDisposition(codeId: string): Promise<void> {
    this.held = null;
    // The note goes first: choosing may mark the record Done at once.
    await this.flushNote();
    await this.edit({ type: 'set-dispositions', codeIds: [codeId] });
  }

  private onDone(): void {
    void this.markDone('done');
  }

  private onDoneAndStop(): void {
    void this.markDone('done-and-stop');
  }

  private async markDone(close: 'done' | 'done-and-stop'): Promise<void> {
    const interaction = this.current();
    const services = this.view.services;
    if (!interaction || !services || this.marking) return;
    if (!this.dispatchEvent(new OutboundRecordDoneEvent({ interactionId: interaction.id, close }))) return;
    this.feedback.clear();
    this.marking = true;
    try {
      if (this.held) await this.chooseDisposition(this.held);
      await this.flushNote();
      const result = await services.commands.markDone(close);
      if (this.shownId !== interaction.id) return;
      // Tracked here too, in case the outcome was pending and delivered between two frames.
      if (!result.sent) this.showDoneRefusal(errorText(result.error));
      else if (this.tracked?.id !== interaction.id) this.track(interaction.id);
    } finally {
      this.marking = false;
    }
  }

  /** A refused Done: the message takes focus; a missing disposition also marks the control invalid. */
  private showDoneRefusal(message: string): void {
    const missing = this.view.read((state) => (state.interaction ? dispositionMissing(state.interaction, selectDraft(state)) : false)) ?? false;
    this.feedback.show(message, missing ? 'disposition' : null);
    this.focusRefusal = true;
  }

  private onReady(): void {
    const { agent, lastClosed } = this.view.value;
    const services = this.view.services;
    if (!services) return;
    for (const channel of channelsAwaitingReady(agent, lastClosed?.schema ?? null)) {
      const outcome = services.commands.setChannelStatus(channel, 'ready');
      if (!outcome.sent) {
        this.feedback.show(errorText(outcome.error), null);
        return;
      }
    }
    this.readyRequested = true;
  }

  private callStatus(): string | null {
    return this.current()?.call?.status ?? null;
  }
}
