import { html, nothing, type TemplateResult } from 'lit';
import { remainingMs, secondsLeft } from '../../services/domain/interaction/countdown.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import { titleHeading } from '../base/heading-level.js';
import { dialingModeLabel } from '../shared/dialing-mode-labels.js';
import { originLabel } from '../shared/record-labels.js';
import { clockTime } from '../shared/time-labels.js';
import { previewLabels as t } from './labels.js';
import { contactName } from './preview-announcements.js';
import type { PreviewShortcuts } from './preview-shortcuts.js';

/** What the offer view shows and what its buttons call (the element's methods: Lit calls them with the element as `this`). */
export interface OfferView {
  readonly interaction: Interaction;
  readonly now: number;
  readonly headingLevel: number;
  readonly campaignName: string;
  readonly shortcuts: PreviewShortcuts;
  /** The last action's refusal, rendered. */
  readonly refusal: TemplateResult | typeof nothing;
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onMoreTime: () => void;
}

/**
 * An offered record (Push-Preview, Direct Push-Preview, Progressive, Predictive): the campaign,
 * dialing mode, contact, the number Accept dials (Direct Push-Preview), origin and case fields;
 * Accept, Reject where allowed (never for ASM), the time limit with what happens at zero, and More
 * time where allowed. With auto-answer Accept counts down, the seconds kept out of its name.
 */
export function renderOffer(view: OfferView): TemplateResult {
  const { interaction, now, shortcuts } = view;
  const { policy, record } = interaction;
  const offer = interaction.offer;
  const countdown = offer?.countdown ?? null;
  const seconds = countdown ? secondsLeft(countdown, now) : null;
  const autoAnswer = offer?.autoAnswer === true && seconds !== null;
  // The time limit ran out before the server took the record back (a late or delayed delivery).
  const expired = countdown !== null && !autoAnswer && remainingMs(countdown, now) <= 0;
  const canReject = !policy.asm && policy.allowReject && !expired;
  const canExtend = countdown !== null && policy.extendSeconds !== null && !expired;
  // Direct Push-Preview: Accept dials at once, so the agent sees which number first (DEL-3).
  const dials =
    interaction.mode === 'direct-push-preview' ? record.numbers.find((number) => number.id === interaction.selectedNumberId) : undefined;
  const limit = timeLimitText(interaction, seconds, expired, autoAnswer);
  return html`
    <section class="base offer" part="base" aria-labelledby="title" aria-describedby=${limit ? 'time-limit' : nothing}>
      ${titleHeading(view.headingLevel, t.offerTitle(view.campaignName))}
      <dl class="summary" part="summary">
        <dt>${t.campaign()}</dt>
        <dd>${view.campaignName}</dd>
        <dt>${t.dialingMode()}</dt>
        <dd>${dialingModeLabel(interaction.mode)}</dd>
        <dt>${t.contact()}</dt>
        <dd>${contactName(interaction)}</dd>
        ${dials ? html`<dt>${t.numberToDial()}</dt><dd class="e164"><bdi dir="ltr">${dials.e164}</bdi></dd>` : nothing}
        <dt>${t.origin()}</dt>
        <dd>${originLabel(record.origin)}</dd>
        ${record.caseFields.map((field) => html`<dt>${field.label}</dt><dd>${field.value}</dd>`)}
      </dl>
      ${limit ? html`<p class="countdown" part="countdown" id="time-limit" role="timer">${limit}</p>` : nothing}
      <div class="actions" part="actions">
        ${expired
          ? nothing
          : html`<button
              type="button"
              class="primary"
              part="accept"
              id="accept"
              aria-keyshortcuts=${shortcuts.aria('accept')}
              aria-describedby=${limit ? 'time-limit' : nothing}
              @click=${view.onAccept}
            >
              ${t.accept()}${autoAnswer ? acceptCountdown(seconds ?? 0) : nothing}${shortcuts.render('accept')}
            </button>`}
        ${canReject
          ? html`<button type="button" part="reject" id="reject" aria-keyshortcuts=${shortcuts.aria('reject')} @click=${view.onReject}>
              ${t.reject()}${shortcuts.render('reject')}
            </button>`
          : nothing}
        ${canExtend ? html`<button type="button" id="more-time" @click=${view.onMoreTime}>${t.moreTime()}</button>` : nothing}
      </div>
      ${view.refusal}
    </section>
  `;
}

/** The time limit, saying what happens at zero; null without one. */
function timeLimitText(interaction: Interaction, seconds: number | null, expired: boolean, autoAnswer: boolean): string | null {
  if (seconds === null) return null;
  const notReady = interaction.policy.onOfferTimeout === 'reject-and-not-ready';
  if (expired) return notReady ? t.expiredNotReady() : t.expiredReturns();
  if (autoAnswer) return t.autoAnswerNote();
  return notReady ? t.timeLeftNotReady(clockTime(seconds)) : t.timeLeftReturns(clockTime(seconds));
}

/**
 * The seconds before auto-answer, shown on Accept but kept out of its name, which would otherwise
 * change every second; the time limit is the button's description and is announced.
 */
function acceptCountdown(seconds: number) {
  return html` <span class="accept-in" aria-hidden="true">(${clockTime(seconds)})</span>`;
}
