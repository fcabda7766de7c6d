import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import { NUMBER_TYPES, type NumberType } from '../../services/domain/campaign/record.js';
import { loadPhoneNumberParser } from '../../services/domain/numbers/phone-number.js';
import type { InteractionActionCommand } from '../../services/ports/backend/contract.js';
import { OutboundRecordCallEvent } from '../events/outbound-preview-events.js';
import { phoneErrorLabel } from '../shared/phone-error-labels.js';
import { numberTypeLabel } from '../shared/record-labels.js';
import { previewLabels as t } from './labels.js';

export interface OtherNumberFormOptions {
  /** The record on screen. */
  readonly record: () => Interaction | null;
  /** Sends an action on the record; a refusal is shown by the element. */
  readonly act: (action: InteractionActionCommand['action']) => Promise<void>;
  readonly announce: (message: string) => void;
  /** Moves focus after the next update: to the number field (opened) or back to the disclosure button. */
  readonly focusAfterUpdate: (id: 'other-number-input' | 'other-number-toggle') => void;
}

/**
 * **Other phone number** (PRV-3, PRV-6): a disclosure button and a small form, the number, its type,
 * Call and Cancel. Opening it moves focus to the number and pauses the timed auto-dial until Cancel
 * (DEL-8); Escape is Cancel, and focus returns to the button. The number is read with no default
 * country (typed with + and its country code, or 00); a number the parser refuses keeps its text,
 * shows the parser's message linked to the field, and is announced assertively.
 */
interface FormState {
  readonly open: boolean;
  /** What the agent typed. */
  readonly text: string;
  readonly type: NumberType;
  /** The parser's message for the last refused number, until the next try. */
  readonly error: string | null;
}

const CLOSED: FormState = { open: false, text: '', type: 'mobile', error: null };

export class OtherNumberForm {
  private form: FormState = CLOSED;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OtherNumberFormOptions,
  ) {}

  /** Closes the form and forgets what was typed, without a word to the server (a new record or phase). */
  reset(): void {
    this.set(CLOSED);
  }

  render() {
    const { open, error, text, type: chosenType } = this.form;
    // The form has no name of its own: a named form is a landmark, and the element is one already.
    return html`
      <div class="other-number">
        <button
          type="button"
          id="other-number-toggle"
          part="other-number"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="other-number-form"
          @click=${this.onToggle}
        >
          ${t.otherNumber()}
        </button>
        ${open
          ? html`<form
              class="other-number-form"
              part="other-number-form"
              id="other-number-form"
              novalidate
              @submit=${this.onSubmit}
              @keydown=${this.onKeydown}
            >
              <div class="field">
                <label for="other-number-input">${t.phoneNumber()}</label>
                <input
                  id="other-number-input"
                  type="tel"
                  autocomplete="off"
                  .value=${live(text)}
                  aria-describedby=${error ? 'other-number-hint other-number-error' : 'other-number-hint'}
                  aria-invalid=${error ? 'true' : nothing}
                  @input=${this.onInput}
                />
                <p class="hint" id="other-number-hint">${t.otherNumberHint()}</p>
                ${error ? html`<p class="error" part="error" id="other-number-error">${error}</p>` : nothing}
              </div>
              <div class="field">
                <label for="other-number-type">${t.numberType()}</label>
                <select id="other-number-type" @change=${this.onTypeChange}>
                  ${NUMBER_TYPES.map(
                    (type) => html`<option .value=${type} ?selected=${type === chosenType}>${numberTypeLabel(type)}</option>`,
                  )}
                </select>
              </div>
              <div class="actions">
                <button type="submit" class="primary" id="other-number-call">${t.call()}</button>
                <button type="button" id="other-number-cancel" @click=${this.close}>${t.cancel()}</button>
              </div>
            </form>`
          : nothing}
      </div>
    `;
  }

  private set(change: Partial<FormState>): void {
    this.form = { ...this.form, ...change };
    this.host.requestUpdate();
  }

  private readonly onToggle = (): void => {
    if (this.form.open) {
      this.close();
      return;
    }
    this.set({ open: true });
    this.options.focusAfterUpdate('other-number-input');
    // The agent is about to type: the timed auto-dial waits for them (DEL-8).
    void this.options.act({ type: 'typing-new-number', typing: true });
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  /** Closes the form, forgets what was typed, resumes the auto-dial and puts focus back on the button. */
  private readonly close = (): void => {
    this.reset();
    this.options.focusAfterUpdate('other-number-toggle');
    void this.options.act({ type: 'typing-new-number', typing: false });
  };

  private readonly onInput = (event: Event): void => {
    this.set({ text: (event.target as HTMLInputElement).value });
  };

  private readonly onTypeChange = (event: Event): void => {
    this.set({ type: (event.target as HTMLSelectElement).value as NumberType });
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const interaction = this.options.record();
    if (!interaction) return;
    const { text: typed, type: numberType } = this.form;
    const parser = await loadPhoneNumberParser();
    // The record, the form or the text may have changed while the parser loaded.
    if (this.options.record()?.id !== interaction.id || !this.form.open || this.form.text !== typed) return;
    // No default country: the number carries its own (+44 …, or 0044 …), as the field's hint says.
    const result = parser.parse(typed);
    if (!result.ok) {
      const message = phoneErrorLabel(result);
      this.set({ error: message });
      this.options.announce(message);
      return;
    }
    this.set({ error: null });
    const { e164 } = result;
    const detail = { interactionId: interaction.id, numberId: null, e164, numberType };
    if (!this.host.dispatchEvent(new OutboundRecordCallEvent(detail))) return;
    void this.options.act({ type: 'call', target: { e164, numberType } });
  };
}
