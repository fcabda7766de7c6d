import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { getKitLocale } from '../../localization/localization.js';
import type { RecordPhoneNumber } from '../../services/domain/campaign/record.js';
import { secondsLeft } from '../../services/domain/interaction/countdown.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import { subHeading, titleHeading } from '../base/heading-level.js';
import { dialingModeLabel } from '../shared/dialing-mode-labels.js';
import { dialNoticeLabel } from '../shared/error-text.js';
import { blockLabel, numberTypeLabel, originLabel } from '../shared/record-labels.js';
import { clockTime } from '../shared/time-labels.js';
import { previewLabels as t } from './labels.js';
import { numberHint } from './number-hint.js';
import { contactName } from './preview-announcements.js';

/**
 * What the preview view shows and what its controls call (the element's methods: Lit calls them
 * with the element as `this`). The record fields, the Other phone number form, the reschedule
 * disclosure and the refusal come rendered by their owners.
 */
export interface PreviewView {
  readonly interaction: Interaction;
  readonly now: number;
  readonly headingLevel: number;
  readonly campaignName: string;
  /** The number the agent chose here, until the server's state shows it. */
  readonly chosenNumberId: string | null;
  /** The caller ID the agent chose here, until the server's state shows it. */
  readonly chosenCallerId: string | null;
  readonly declineOpen: boolean;
  readonly recordFields: TemplateResult | typeof nothing;
  readonly refusal: TemplateResult | typeof nothing;
  readonly otherNumber: TemplateResult | typeof nothing;
  readonly reschedule: TemplateResult | typeof nothing;
  readonly onMoreTime: () => void;
  readonly onNumberChange: (event: Event) => void;
  readonly onCall: () => void;
  readonly onCallerIdChange: (event: Event) => void;
  readonly onDeclineToggle: () => void;
  readonly onDeclineLater: () => void;
  readonly onDeclineNever: () => void;
  readonly onDone: () => void;
  readonly onDoneAndStop: () => void;
}

/**
 * A record in preview: case and record information, the numbers as a radio group (blocked ones
 * disabled with their reason), Caller ID where the campaign offers several, Call, Decline, Done and
 * Done and Stop, the timed auto-dial and the pre-dial validation notice, and the host's slots.
 */
export function renderPreview(view: PreviewView): TemplateResult {
  const { interaction, now } = view;
  const { policy, record } = interaction;
  const autoDial = interaction.autoDial;
  const seconds = autoDial ? secondsLeft(autoDial, now) : null;
  // Under manual dialing (PRV-6) no number is shown chosen until the agent chooses one.
  const preselected = policy.manualDialOnly && !interaction.numberChosenByAgent ? null : interaction.selectedNumberId;
  const selected = view.chosenNumberId ?? preselected;
  const noCallableNumber = record.numbers.every((number) => number.blocked);
  const numbersNote = noCallableNumber
    ? policy.allowOtherNumber
      ? t.noCallableNumberOther()
      : t.noCallableNumber()
    : policy.manualDialOnly
      ? t.manualDialing()
      : null;
  return html`
    <section class="base preview" part="base" aria-label=${t.landmark(contactName(interaction))}>
      ${titleHeading(view.headingLevel, contactName(interaction))}
      <p class="subtitle">${view.campaignName} · ${dialingModeLabel(interaction.mode)}</p>
      ${interaction.dialNotice ? html`<p class="message" part="message">${dialNoticeLabel(interaction)}</p>` : nothing}
      ${autoDial && seconds !== null
        ? html`<div class="actions">
            <p class="countdown" part="countdown" role="timer">
              ${autoDial.state === 'paused' ? t.autoDialPaused(clockTime(seconds)) : t.callingIn(clockTime(seconds))}
            </p>
            ${policy.extendSeconds !== null
              ? html`<button type="button" id="more-time" @click=${view.onMoreTime}>${t.moreTime()}</button>`
              : nothing}
          </div>`
        : nothing}
      <div class="case-information">
        ${subHeading(view.headingLevel, 'case-heading', t.caseInformation())}
        <dl>
          <dt>${t.origin()}</dt>
          <dd>${originLabel(record.origin)}</dd>
          ${record.caseFields.map((field) => html`<dt>${field.label}</dt><dd>${field.value}</dd>`)}
        </dl>
      </div>
      <slot name="contact-details"></slot>
      ${view.recordFields}
      ${policy.callerIds.length > 1 ? renderCallerId(view) : nothing}
      <fieldset part="numbers" aria-describedby=${numbersNote ? 'numbers-note' : nothing}>
        <legend>${t.phoneNumber()}</legend>
        ${record.numbers.map((number) =>
          renderNumber(view, number, selected, numberHint(number, now, record.timeZone, getKitLocale())),
        )}
        ${numbersNote
          ? html`<p class=${noCallableNumber ? 'message' : 'note'} part="numbers-note" id="numbers-note">${numbersNote}</p>`
          : nothing}
      </fieldset>
      <div class="actions" part="actions">
        ${noCallableNumber ? nothing : html`<button type="button" class="primary" id="call" @click=${view.onCall}>${t.call()}</button>`}
        ${policy.allowDecline
          ? html`<button
              type="button"
              id="decline"
              aria-expanded=${view.declineOpen ? 'true' : 'false'}
              aria-controls="decline-choices"
              @click=${view.onDeclineToggle}
            >
              ${t.decline()}
            </button>`
          : nothing}
        <button type="button" id="done" @click=${view.onDone}>${t.done()}</button>
        <button type="button" id="done-and-stop" @click=${view.onDoneAndStop}>${t.doneAndStop()}</button>
      </div>
      <div class="choices" id="decline-choices" ?hidden=${!view.declineOpen}>
        <button type="button" id="decline-later" @click=${view.onDeclineLater}>${t.declineLater()}</button>
        <button type="button" id="decline-never" @click=${view.onDeclineNever}>${t.declineNever()}</button>
      </div>
      ${view.refusal}
      ${view.otherNumber}
      ${view.reschedule}
      <slot name="history"></slot>
      <slot name="responses"></slot>
    </section>
  `;
}

function renderNumber(view: PreviewView, number: RecordPhoneNumber, selected: string | null, hint: string | null) {
  return html`
    <label class="number ${number.blocked ? 'blocked' : ''}">
      <input
        type="radio"
        name="number"
        .value=${number.id}
        .checked=${live(number.id === selected)}
        ?disabled=${Boolean(number.blocked)}
        @change=${view.onNumberChange}
      />
      <span>${numberTypeLabel(number.type)}</span>
      <bdi class="e164" dir="ltr">${number.e164}</bdi>
      ${hint ? html`<span class="hint">${hint}</span>` : nothing}
      ${number.blocked ? html`<span class="reason">${blockLabel(number.blocked)}</span>` : nothing}
    </label>
  `;
}

function renderCallerId(view: PreviewView) {
  const current = view.chosenCallerId ?? view.interaction.callerId;
  return html`
    <div class="field">
      <label for="caller-id">${t.callerId()}</label>
      <select id="caller-id" part="caller-id" @change=${view.onCallerIdChange}>
        ${view.interaction.policy.callerIds.map(
          (callerId) => html`<option .value=${callerId} ?selected=${callerId === current}>${callerId}</option>`,
        )}
      </select>
    </div>
  `;
}
