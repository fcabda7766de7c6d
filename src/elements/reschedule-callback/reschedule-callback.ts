import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { HeadingLevelMixin } from '../base/heading-level.js';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { getKitLocale } from '../../localization/localization.js';
import { describeCallbackTimes, personalCallbackFor, validateCallback, type CallbackError } from '../../services/domain/callback/callback.js';
import { fromIsoDate, moveDate, toIsoDate, type CalendarDate } from '../../services/domain/callback/calendar.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { CallbackRequest, CallbackTarget, OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import { isE164, loadPhoneNumberParser } from '../../services/domain/numbers/phone-number.js';
import { NUMBER_TYPES, type NumberType, type RecordPhoneNumber } from '../../services/domain/campaign/record.js';
import { engagingRefusal } from '../../services/domain/refusals/kit-refusals.js';
import {
  formatInZone,
  instantToZonedParts,
  isValidTimeZone,
  parseWallTime,
  zonedWallClockToInstant,
  zonesDiffer,
} from '../../services/domain/callback/time-zones.js';
import { selectDraft } from '../../services/state/selectors.js';
import type { KitState } from '../../services/state/state.js';
import { blockLabel, numberTypeLabel } from '../shared/record-labels.js';
import { KitSelection } from '../base/kit-selection.js';
import { formStyles } from '../shared/form-styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { callbackErrorLabel, callbackTimeLocale } from '../shared/callback-error-labels.js';
import { refusalLabel } from '../shared/error-text.js';
import { phoneErrorLabel } from '../shared/phone-error-labels.js';
import { themeStyles } from '../shared/theme.js';
import { DatePicker } from './date-picker.js';
import { OutboundCallbackChangeEvent } from '../events/reschedule-callback-events.js';
import { callbackLabels as t } from './labels.js';
import { rescheduleCallbackStyles } from './reschedule-callback.styles.js';
import { stepWallTime } from './time-field.js';
import { CustomStates } from '../base/custom-states.js';
import { CommandFeedback } from '../base/command-feedback.js';

interface CallbackView {
  readonly interaction: Interaction | null;
  readonly draft: OutcomeDraft;
}

const selectCallbackView = (state: KitState): CallbackView => ({ interaction: state.interaction, draft: selectDraft(state) });
const sameView = (a: CallbackView, b: CallbackView) => a.interaction === b.interaction && a.draft === b.draft;

/** What the agent typed and chose, kept as typed until another record is on screen. */
interface FormValues {
  readonly date: string;
  readonly time: string;
  readonly personal: boolean;
  /** A record number's id, `new` for a new number, or '' for the record's current number. */
  readonly number: string;
  readonly newNumber: string;
  readonly newType: NumberType;
  readonly newFrom: string;
  readonly newTill: string;
}

const emptyValues: FormValues = {
  date: '',
  time: '',
  personal: false,
  number: '',
  newNumber: '',
  newType: 'mobile',
  newFrom: '',
  newTill: '',
};

/** The form's fields that can carry an error, in the order of the form. */
type ErrorField = 'date' | 'time' | 'personal' | 'number' | 'new-number' | 'new-window';
const ERROR_ORDER: readonly ErrorField[] = ['date', 'time', 'personal', 'number', 'new-number', 'new-window'];
/** The control that takes focus for an error of each field. */
const FIELD_CONTROL: Readonly<Record<ErrorField, string>> = {
  date: '#date',
  time: '#time',
  personal: '#personal',
  number: 'input[name="number"]:checked',
  'new-number': '#new-number',
  'new-window': '#new-from',
};

type Errors = Partial<Record<ErrorField, string>>;

const NEW = 'new';
const QUARTER_HOUR = 15;

/**
 * The callback control (CB-1..4): the agent reschedules the record as a callback at a date and time,
 * to one of the record's numbers or a new one, personally or for any agent of the campaign.
 *
 * A **Schedule callback** check box discloses the form: **Date** (typed as `YYYY-MM-DD`, or picked
 * with **Choose date** in a modal calendar dialog following the WAI-ARIA APG Date Picker Dialog: month
 * and year buttons, a grid of days with one tab stop, arrows, Home/End, Page Up/Down and Shift+Page
 * Up/Down, Enter or Space to choose, Escape to close; days before today are unavailable; week start,
 * month and day names from the kit's locale), **Time** (typed as `HH:MM` on a 24-hour clock, or
 * stepped with Up/Down by 15 minutes and Page Up/Down by an hour: a spin button of our own rather than
 * `<input type="time">`, whose segments follow the browser's locale and cannot hold a mistyped value
 * to explain), **Personal callback** as the campaign's policy says (a check box; locked on with
 * "Always personal in this campaign"; or absent), and the **Number to call**: one of the record's
 * numbers (with its callable window; blocked ones unavailable with their reason) or a **New number**
 * with its type and From / Till window on the contact's clock. While the agent's and the contact's
 * zones differ, the contact's time of what is typed is shown beside it.
 *
 * **Schedule** checks the form at once (times on the agent's clock, windows on the contact's): each
 * problem is shown next to its field (`aria-invalid`, `aria-describedby`), announced assertively once,
 * and focus goes to the first; nothing typed is lost. A valid callback is saved in the record's
 * outcome, announced politely, and shown as **Callback scheduled** with its time on the agent's clock
 * and, when it differs, on the contact's (in the kit's locale, on the 24-hour clock the time is typed
 * on: "Nov 3, 2026, 19:45 GMT+1"); **Change** reopens the form with its values. Clearing the
 * check box cancels a scheduled callback. The outcome reaches the server at Mark Done, which checks the
 * callback again (it may have slipped into the past) and refuses with a specific message.
 *
 * It works in preview before dialing (where the campaign allows it; in `<outbound-preview>`'s
 * `reschedule` slot it takes focus when disclosed, through `delegatesFocus`), during the call and after
 * it ended. While an assured-connection call is being connected (engaging, DEL-6) it is unavailable
 * and says why; trying it is refused with that reason. Without a record it shows a short note.
 * What the agent typed stays until another record is on screen.
 *
 * Place it inside `<outbound-provider>`.
 *
 * @tag reschedule-callback
 * @attr {number} heading-level - The level the host's outline gives this element (1–6, default 2). The form has no title heading: the calendar's month is a sub-heading, one level deeper.
 * @fires {OutboundCallbackChangeEvent} outbound-callback-change - The agent scheduled, changed or cancelled a callback; `detail` { interactionId, callback } (`null`: cancelled). Fired before it is saved; cancel it to keep it from being saved.
 * @csspart base - The frame around the element.
 * @csspart schedule - The Schedule callback check box.
 * @csspart form - The callback form.
 * @csspart date - The date field.
 * @csspart choose-date - The Choose date button.
 * @csspart calendar - The date picker dialog.
 * @csspart time - The time field.
 * @csspart contact-time - The contact's time of the typed date and time, when the zones differ.
 * @csspart personal - The Personal callback check box.
 * @csspart number - The group of numbers to call.
 * @csspart new-number - The new number's field.
 * @csspart window - The new number's From and Till fields.
 * @csspart submit - The Schedule button.
 * @csspart scheduled - The Callback scheduled summary.
 * @csspart change - The Change button.
 * @csspart error - A field's error message.
 * @csspart refusal - Why the kit refused the last change (the engaging phase, a closed record).
 * @csspart note - The empty state, or why rescheduling is not offered.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Secondary text colour.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - Lines and frames.
 * @cssprop --outbound-color-accent - Buttons and the chosen day.
 * @cssprop --outbound-color-on-accent - Text on the main buttons and the chosen day.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-color-danger - Errors and refusals.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate empty - No record, or rescheduling is not offered now.
 * @cssstate scheduled - A callback is scheduled.
 * @cssstate unavailable - Engaging: rescheduling is refused for now.
 */
export class RescheduleCallback extends HeadingLevelMixin(LitElement) {
  static override styles = [themeStyles, panelStyles, formStyles, rescheduleCallbackStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  @state() private values: FormValues = emptyValues;
  /** Whether the form is open (the check box is checked without a callback, or Change was chosen). */
  @state() private editing = false;
  @state() private errors: Errors = {};
  /**
   * Why the kit refused the last change, until the next one or until its cause goes: the call's
   * status when it was refused (once the contact connected, the cause went).
   */
  private readonly feedback = new CommandFeedback<string | null>(this, {
    record: () => this.current()?.id ?? null,
    cause: () => this.current()?.call?.status ?? null,
    sameCause: (refusedAt, now) => refusedAt === now,
  });

  private readonly view = new KitSelection(this, selectCallbackView, sameView);
  private readonly states = new CustomStates(this);
  /** The record the typed values belong to. */
  private recordOf: string | null = null;
  /** Where focus goes after the next update. */
  private focusTarget: string | null = null;
  private readonly picker = new DatePicker(this, {
    today: () => this.today(),
    locale: () => getKitLocale(),
    choose: (date) => this.setValues({ date: toIsoDate(date) }),
    closed: () => {
      this.focusTarget = '#choose-date';
    },
    announce: (message) => this.view.services?.announcer.announce(message),
    headingLevel: () => this.headingLevel,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(): void {
    const interaction = this.current();
    const id = interaction?.id ?? null;
    if (id !== null && id !== this.recordOf) {
      // Another record on screen: what was typed belonged to the last one.
      this.recordOf = id;
      this.values = emptyValues;
      this.editing = false;
      this.errors = {};
      this.feedback.clear();
      this.picker.close();
      this.focusTarget = null;
    }
    const usable = interaction !== null && this.allowedNow(interaction);
    this.states.set('empty', !usable);
    this.states.set('scheduled', usable && this.draft().callback !== null);
    this.states.set('unavailable', interaction?.call?.status === 'engaging');
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target) this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  protected override render() {
    const interaction = this.current();
    if (!interaction) return this.renderNote(t.empty());
    if (!this.allowedNow(interaction)) return this.renderNote(t.notBeforeDial());
    const callback = this.draft().callback;
    const engaging = interaction.call?.status === 'engaging';
    const reason = engaging ? refusalLabel(engagingRefusal('reschedule')) : null;
    const checked = this.editing || callback !== null;
    return html`
      <div class="base" part="base" role="group" aria-label=${t.title()}>
        <label class="check">
          <input
            type="checkbox"
            id="schedule"
            part="schedule"
            .checked=${live(checked)}
            aria-disabled=${engaging ? 'true' : nothing}
            aria-describedby=${reason ? 'unavailable' : nothing}
            @click=${this.onScheduleClick}
          />
          ${t.scheduleCallback()}
        </label>
        ${reason ? html`<p class="message" part="refusal" id="unavailable">${reason}</p>` : nothing}
        ${this.renderRefusal(reason)}
        ${!engaging && this.editing ? this.renderForm(interaction, callback) : nothing}
        ${callback && !this.editing ? this.renderScheduled(interaction, callback, engaging) : nothing}
        ${this.picker.render()}
      </div>
    `;
  }

  private renderNote(note: string) {
    return html`<div class="base" part="base" role="group" aria-label=${t.title()}>
      <p class="note" part="note">${note}</p>
    </div>`;
  }

  private renderForm(interaction: Interaction, callback: CallbackRequest | null) {
    const values = this.values;
    const personal = personalCallbackFor(interaction.schema.personalCallbacks, values.personal);
    const numberChoice = this.numberChoice(interaction);
    const contactTime = this.contactTimeOf(values.date, values.time, interaction);
    return html`
      <form class="form" part="form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="date">${t.date()}</label>
          <div class="row">
            <input
              id="date"
              part="date"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              size="12"
              .value=${live(values.date)}
              aria-invalid=${this.errors.date ? 'true' : nothing}
              aria-describedby=${this.describedBy('date-hint', 'date')}
              @input=${(event: Event) => this.setValues({ date: inputValue(event) })}
            />
            <button type="button" id="choose-date" part="choose-date" aria-haspopup="dialog" @click=${this.onChooseDate}>
              ${t.chooseDate()}
            </button>
          </div>
          <p class="hint" id="date-hint">${t.dateHint(toIsoDate(moveDate(this.today(), 'day', 1)))}</p>
          ${this.renderError('date')}
        </div>
        <div class="field">
          <label for="time">${t.time()}</label>
          ${this.renderTimeInput('time', 'time', values.time, (time) => this.setValues({ time }), [
            'time-hint',
            ...(contactTime ? ['contact-time'] : []),
          ])}
          <p class="hint" id="time-hint">${t.timeHint()}</p>
          ${contactTime ? html`<p class="contact-time" part="contact-time" id="contact-time">${t.contactTime(contactTime)}</p>` : nothing}
          ${this.renderError('time')}
        </div>
        ${personal.visible ? this.renderPersonal(personal.editable, personal.personal) : nothing}
        <fieldset
          part="number"
          role="radiogroup"
          aria-invalid=${this.errors.number ? 'true' : nothing}
          aria-describedby=${this.errors.number ? 'number-error' : nothing}
        >
          <legend>${t.number()}</legend>
          ${interaction.record.numbers.map((number) => this.renderNumber(number, numberChoice))}
          <label class="number">
            <input type="radio" name="number" value=${NEW} .checked=${live(numberChoice === NEW)} @change=${this.onNumberChange} />
            <span>${t.newNumber()}</span>
          </label>
          ${this.renderError('number')}
        </fieldset>
        ${numberChoice === NEW ? this.renderNewNumber() : nothing}
        <div class="actions">
          <button type="submit" class="primary" id="submit" part="submit">${t.schedule()}</button>
          ${callback ? html`<button type="button" id="keep" @click=${this.onKeep}>${t.keepScheduled()}</button>` : nothing}
        </div>
      </form>
    `;
  }

  private renderPersonal(editable: boolean, checked: boolean) {
    return html`<div class="field">
      <label class="check">
        <input
          type="checkbox"
          id="personal"
          part="personal"
          .checked=${live(checked)}
          aria-disabled=${editable ? nothing : 'true'}
          aria-invalid=${this.errors.personal ? 'true' : nothing}
          aria-describedby=${this.describedBy('personal-hint', 'personal')}
          @click=${editable ? this.onPersonalClick : preventDefault}
        />
        ${t.personal()}
      </label>
      <p class="hint" id="personal-hint">${editable ? t.personalHint() : t.alwaysPersonal()}</p>
      ${this.renderError('personal')}
    </div>`;
  }

  private renderNumber(number: RecordPhoneNumber, choice: string) {
    const reasonId = `number-${number.id}-reason`;
    return html`<label class="number ${number.blocked ? 'blocked' : ''}">
      <input
        type="radio"
        name="number"
        .value=${number.id}
        .checked=${live(choice === number.id)}
        ?disabled=${Boolean(number.blocked)}
        aria-describedby=${number.blocked ? reasonId : nothing}
        @change=${this.onNumberChange}
      />
      <span>${numberTypeLabel(number.type)}</span>
      <span class="e164">${number.e164}</span>
      <span class="hint">${number.window ? t.window(number.window.from, number.window.till) : t.anyTime()}</span>
      ${number.blocked ? html`<span class="reason" id=${reasonId}>${blockLabel(number.blocked)}</span>` : nothing}
    </label>`;
  }

  private renderNewNumber() {
    const values = this.values;
    return html`<div class="new-number">
      <div class="field">
        <label for="new-number">${t.phoneNumber()}</label>
        <input
          id="new-number"
          part="new-number"
          type="tel"
          autocomplete="off"
          .value=${live(values.newNumber)}
          aria-invalid=${this.errors['new-number'] ? 'true' : nothing}
          aria-describedby=${this.describedBy('new-number-hint', 'new-number')}
          @input=${(event: Event) => this.setValues({ newNumber: inputValue(event) })}
        />
        <p class="hint" id="new-number-hint">${t.phoneNumberHint()}</p>
        ${this.renderError('new-number')}
      </div>
      <div class="field">
        <label for="new-type">${t.numberType()}</label>
        <select id="new-type" @change=${(event: Event) => this.setValues({ newType: inputValue(event) as NumberType })}>
          ${NUMBER_TYPES.map((type) => html`<option .value=${type} ?selected=${type === values.newType}>${numberTypeLabel(type)}</option>`)}
        </select>
      </div>
      <fieldset class="window" part="window" aria-describedby="window-hint">
        <legend>${t.callableWindow()}</legend>
        <div class="row">
          <div class="field">
            <label for="new-from">${t.from()}</label>
            ${this.renderTimeInput('new-from', 'new-window', values.newFrom, (newFrom) => this.setValues({ newFrom }), [])}
          </div>
          <div class="field">
            <label for="new-till">${t.till()}</label>
            ${this.renderTimeInput('new-till', 'new-window', values.newTill, (newTill) => this.setValues({ newTill }), [])}
          </div>
        </div>
        <p class="hint" id="window-hint">${t.windowHint()}</p>
        ${this.renderError('new-window')}
      </fieldset>
    </div>`;
  }

  /**
   * A time as typed text that the arrow keys step: a spin button whose value is minutes after
   * midnight while the text is a time, and the text itself otherwise.
   */
  private renderTimeInput(id: string, field: ErrorField, value: string, set: (time: string) => void, hints: string[]) {
    const minutes = parseWallTime(value.trim());
    const error = this.errors[field];
    const describedBy = [...hints, ...(error ? [`${field}-error`] : [])].join(' ');
    return html`<input
      id=${id}
      part=${field === 'time' ? 'time' : 'window-time'}
      type="text"
      role="spinbutton"
      inputmode="numeric"
      autocomplete="off"
      size="6"
      aria-valuemin="0"
      aria-valuemax="1439"
      aria-valuenow=${minutes ?? nothing}
      aria-valuetext=${value.trim() || nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
      .value=${live(value)}
      @input=${(event: Event) => set(inputValue(event))}
      @keydown=${(event: KeyboardEvent) => this.onTimeKeydown(event, value, set)}
    />`;
  }

  private renderError(field: ErrorField) {
    const error = this.errors[field];
    return error ? html`<p class="error" part="error" id="${field}-error">${error}</p>` : nothing;
  }

  private renderScheduled(interaction: Interaction, callback: CallbackRequest, engaging: boolean): TemplateResult {
    const times = this.timesOf(callback.at, interaction);
    const target = callback.target;
    const number =
      target.kind === 'record-number'
        ? interaction.record.numbers.find((candidate) => candidate.id === target.numberId)
        : { type: target.type, e164: target.e164 };
    const personal = callback.personal ? t.personal() : t.anyAgent();
    return html`<div class="scheduled" part="scheduled">
      <p class="scheduled-title" id="scheduled-title">${t.scheduled()}</p>
      <p>${t.yourTime(times.agent)}</p>
      ${times.contact ? html`<p>${t.contactTime(times.contact)}</p>` : nothing}
      ${number ? html`<p>${t.to(`${numberTypeLabel(number.type)} ${number.e164}`)}</p>` : nothing}
      <p>${personal}</p>
      ${engaging
        ? nothing
        : html`<div class="actions">
            <button type="button" id="change" part="change" aria-describedby="scheduled-title" @click=${this.onChange}>${t.change()}</button>
          </div>`}
    </div>`;
  }

  /**
   * The agent's entries as the store has them now: a callback just saved shows at once, not a frame
   * later when the selection catches up (the form would close before the summary appears).
   */
  private draft(): OutcomeDraft {
    return this.view.read(selectDraft) ?? this.view.value.draft;
  }

  /** The record on screen, or null when there is none or it is closed. */
  private current(): Interaction | null {
    const interaction = this.view.value.interaction;
    return interaction && interaction.phase !== 'closed' ? interaction : null;
  }

  /** Before the call, only where the campaign allows rescheduling then. */
  private allowedNow(interaction: Interaction): boolean {
    const beforeDial = interaction.phase === 'offered' || interaction.phase === 'previewing';
    return !beforeDial || interaction.policy.allowRescheduleBeforeDial;
  }

  private agentZone(): string {
    const zone = this.view.services?.agentTimeZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(zone) ? zone : 'UTC';
  }

  private now(): number {
    return this.view.clock.now();
  }

  /** The agent's current date. */
  private today(): CalendarDate {
    return fromIsoDate(instantToZonedParts(this.now(), this.agentZone()).date) ?? { year: 1970, month: 1, day: 1 };
  }

  private timesOf(at: number, interaction: Interaction) {
    const contactZone = isValidTimeZone(interaction.record.timeZone) ? interaction.record.timeZone : this.agentZone();
    return describeCallbackTimes(at, this.agentZone(), contactZone, callbackTimeLocale());
  }

  /** What the contact's clock shows at the typed date and time, when it differs from the agent's. */
  private contactTimeOf(date: string, time: string, interaction: Interaction): string | null {
    const zone = interaction.record.timeZone;
    const at = zonedWallClockToInstant(date.trim(), time.trim(), this.agentZone());
    if (at === null || !isValidTimeZone(zone) || !zonesDiffer(this.agentZone(), zone, at)) return null;
    return formatInZone(at, zone, callbackTimeLocale());
  }

  /** The number chosen: the agent's choice, else the record's current number when it can be called. */
  private numberChoice(interaction: Interaction): string {
    if (this.values.number) return this.values.number;
    const callable = interaction.record.numbers.filter((number) => !number.blocked);
    const selected = callable.find((number) => number.id === interaction.selectedNumberId);
    return (selected ?? callable[0])?.id ?? NEW;
  }

  private describedBy(hint: string, field: ErrorField): string {
    return this.errors[field] ? `${hint} ${field}-error` : hint;
  }

  private setValues(change: Partial<FormValues>): void {
    this.values = { ...this.values, ...change };
  }

  private onTimeKeydown(event: KeyboardEvent, value: string, set: (time: string) => void): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const steps: Record<string, number> = { ArrowUp: QUARTER_HOUR, ArrowDown: -QUARTER_HOUR, PageUp: 60, PageDown: -60 };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const now = instantToZonedParts(this.now(), this.agentZone()).time;
    const fallback = Math.ceil(((parseWallTime(now) ?? 0) + 1) / QUARTER_HOUR) * QUARTER_HOUR;
    // The arrows snap to the quarter hour; Page Up and Page Down keep the minutes.
    set(stepWallTime(value, step, fallback, Math.abs(step) === QUARTER_HOUR));
  }

  private onScheduleClick(event: Event): void {
    const interaction = this.current();
    if (!interaction) return;
    const box = event.target as HTMLInputElement;
    const callback = this.draft().callback;
    if (interaction.call?.status === 'engaging') {
      // Unavailable, not hidden: trying it gets the engine's reason, announced by the provider.
      event.preventDefault();
      void this.save(interaction, callback);
      return;
    }
    if (box.checked) {
      this.editing = true;
      return;
    }
    this.editing = false;
    this.errors = {};
    if (callback) void this.cancel(interaction);
  }

  private async cancel(interaction: Interaction): Promise<void> {
    if (await this.save(interaction, null)) this.view.services?.announcer.announce(t.cancelled());
  }

  /** The last change's refusal, unless the reason the form is unavailable already says it. */
  private renderRefusal(unavailable: string | null) {
    const refusal = this.feedback.shown;
    return refusal && refusal.message !== unavailable ? html`<p class="message" part="refusal">${refusal.message}</p>` : nothing;
  }

  /** Fires the intent event, then saves; true when saved. A refusal is shown (the provider announced it). */
  private async save(interaction: Interaction, callback: CallbackRequest | null): Promise<boolean> {
    const services = this.view.services;
    if (!services) return false;
    if (!this.dispatchEvent(new OutboundCallbackChangeEvent({ interactionId: interaction.id, callback }))) {
      this.requestUpdate();
      return false;
    }
    const result = await this.feedback.follow(services.commands.edit({ type: 'set-callback', callback }), null);
    return this.current()?.id === interaction.id && result?.saved === true;
  }

  private onPersonalClick(event: Event): void {
    this.setValues({ personal: (event.target as HTMLInputElement).checked });
  }

  private onNumberChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.setValues({ number: input.value });
  }

  private onChooseDate(): void {
    this.picker.show(fromIsoDate(this.values.date));
  }

  private onChange(): void {
    const interaction = this.current();
    const callback = this.draft().callback;
    if (!interaction || !callback) return;
    const at = instantToZonedParts(callback.at, this.agentZone());
    const target = callback.target;
    this.values = {
      ...this.values,
      date: at.date,
      time: at.time,
      personal: callback.personal,
      ...(target.kind === 'record-number'
        ? { number: target.numberId }
        : {
            number: NEW,
            newNumber: target.e164,
            newType: target.type,
            newFrom: target.window?.from ?? '',
            newTill: target.window?.till ?? '',
          }),
    };
    this.errors = {};
    this.editing = true;
    this.focusTarget = '#date';
  }

  private onKeep(): void {
    this.editing = false;
    this.errors = {};
    this.focusTarget = '#change';
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const interaction = this.current();
    const services = this.view.services;
    if (!interaction || !services) return;
    const values = this.values;
    const errors: Errors = {};
    let target: CallbackTarget;
    if (this.numberChoice(interaction) === NEW) {
      const parser = await loadPhoneNumberParser();
      // The record or the text may have changed while the parser loaded.
      if (this.current()?.id !== interaction.id || this.values !== values) return;
      const parsed = parser.parse(values.newNumber);
      if (!parsed.ok) errors['new-number'] = phoneErrorLabel(parsed);
      const from = values.newFrom.trim();
      const till = values.newTill.trim();
      target = {
        kind: 'new-number',
        e164: parsed.ok ? parsed.e164 : values.newNumber.trim(),
        type: values.newType,
        ...(from || till ? { window: { from, till } } : {}),
      };
    } else {
      target = { kind: 'record-number', numberId: this.numberChoice(interaction) };
    }
    const contactZone = interaction.record.timeZone;
    const result = validateCallback(
      { date: values.date, time: values.time, personal: values.personal, target },
      {
        now: services.clock.now(),
        agentTimeZone: this.agentZone(),
        contactTimeZone: isValidTimeZone(contactZone) ? contactZone : this.agentZone(),
        numbers: interaction.record.numbers,
        policy: interaction.schema.personalCallbacks,
      },
    );
    if (!result.ok) placeErrors(result.errors, target, errors);
    if (!result.ok || Object.keys(errors).length > 0) {
      this.showErrors(errors);
      return;
    }
    this.errors = {};
    if (!(await this.save(interaction, result.request))) return;
    this.editing = false;
    this.focusTarget = '#change';
    const times = this.timesOf(result.request.at, interaction);
    services.announcer.announce(t.scheduledFor(times.contact ? t.bothTimes(times.agent, times.contact) : times.agent));
  }

  private showErrors(errors: Errors): void {
    this.errors = errors;
    const fields = ERROR_ORDER.filter((field) => errors[field]);
    const first = fields[0];
    if (first) this.focusTarget = FIELD_CONTROL[first];
    this.view.services?.announcer.announce(fields.map((field) => errors[field]).join(' '), 'assertive');
  }
}

/**
 * Puts each problem next to the field the agent has to change. The number's problems go to the new
 * number's fields when one is typed: its number (a parser message already there is the better one) or
 * its window, which the domain reports after the number.
 */
function placeErrors(found: readonly CallbackError[], target: CallbackTarget, errors: Errors): void {
  let numberErrorSeen = target.kind === 'new-number' && isE164(target.e164);
  for (const error of found) {
    let field: ErrorField = error.field;
    if (error.field === 'number' && target.kind === 'new-number') {
      if (error.code === 'invalid-new-number') {
        field = numberErrorSeen ? 'new-window' : 'new-number';
        numberErrorSeen = true;
      } else {
        field = 'new-number';
      }
    }
    if (field === 'new-number' && errors['new-number'] && error.code === 'invalid-new-number') continue;
    // Worded in the kit's language from what the problem names (the times, the number).
    const message = callbackErrorLabel(error);
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}

function preventDefault(event: Event): void {
  event.preventDefault();
}
