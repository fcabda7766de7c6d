import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { OutcomeDraft } from '../../services/domain/interaction/outcome.js';
import type { RecordField, RecordFieldValue } from '../../services/domain/campaign/record.js';
import type { EditOutcome } from '../../services/session/commands.js';
import { subHeading } from '../base/heading-level.js';
import { fieldLabels as t } from './record-field-labels.js';
import { errorText } from './error-text.js';

/** Saves one field's value in the agent's draft; resolves with what the rules said. */
export type SaveField = (key: string, value: RecordFieldValue) => Promise<EditOutcome | undefined>;

/** Tells the agent (and the host page) about a value the element itself could not read. */
export type ReportInvalid = (message: string, fieldKey: string) => void;

/** A date-time field shows and keeps wall-clock values as `YYYY-MM-DDTHH:MM`, as the picker does. */
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Record information (PRV-2): read-only fields as text, editable ones as controls of their type
 * (check box, text, number, date-time picker, drop-down), each saved to the draft when the agent
 * leaves it, so the edits go to the server with the outcome. What the agent typed stays on screen
 * until it is saved; a value the rules refuse keeps its text and shows why, linked to the control.
 */
export class RecordFieldsEditor implements ReactiveController {
  /** Typed text not yet saved, and the message of a refused value, by field key, for one record. */
  private typed = new Map<string, string>();
  private errors = new Map<string, string>();
  private recordId: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly save: SaveField,
    private readonly reportInvalid: ReportInvalid,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {}

  /** Forgets typed text and errors when another record is on screen. */
  follow(interactionId: string | null): void {
    if (interactionId === this.recordId) return;
    this.recordId = interactionId;
    this.typed = new Map();
    this.errors = new Map();
  }

  /** The fields under a sub-heading of the host's title (`headingLevel`); a part of the host's landmark, not one of its own. */
  render(interaction: Interaction, draft: OutcomeDraft, headingLevel: number) {
    const fields = interaction.record.fields;
    if (fields.length === 0) return nothing;
    return html`<div class="record-information">
      ${subHeading(headingLevel, 'record-heading', t.recordInformation())}
      <dl class="record-fields" part="record-fields">
        ${fields.map((field, index) => this.renderField(field, index, draft, interaction.readOnly))}
      </dl>
    </div>`;
  }

  private renderField(field: RecordField, index: number, draft: OutcomeDraft, readOnly: boolean) {
    const value = field.key in draft.fieldEdits ? draft.fieldEdits[field.key] ?? null : field.value;
    if (field.type === 'unknown') {
      return html`<div>
        <dt>${field.label}</dt>
        <dd>${shown(value)} <span class="field-note">${t.unknownType(field.declaredType ?? '?')}</span></dd>
      </div>`;
    }
    if (!field.editable || readOnly) {
      return html`<div><dt>${field.label}</dt><dd>${field.type === 'boolean' ? yesNo(value) : shown(value)}</dd></div>`;
    }
    const id = `field-${index}`;
    const error = this.errors.get(field.key);
    const describedBy = error ? `${id}-error` : nothing;
    const label = html`<label for=${id}>${field.label} <span class="editable-mark" part="editable-mark">${t.editable()}</span></label>`;
    return html`<div class="editable">
      <dt>${label}</dt>
      <dd>
        ${this.renderControl(field, id, value, describedBy, Boolean(error))}
        ${error ? html`<p class="error" part="error" id="${id}-error">${error}</p>` : nothing}
      </dd>
    </div>`;
  }

  private renderControl(field: RecordField, id: string, value: RecordFieldValue, describedBy: string | typeof nothing, invalid: boolean) {
    const ariaInvalid = invalid ? 'true' : nothing;
    switch (field.type) {
      case 'boolean':
        return html`<input id=${id} type="checkbox" .checked=${live(value === true)} @change=${(event: Event) => this.saveChecked(field, event)} />`;
      case 'choice':
        return html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${ariaInvalid} @change=${(event: Event) => this.saveChoice(field, event)}>
          <option value="" ?selected=${value === null || value === ''}>${t.noChoice()}</option>
          ${(field.options ?? []).map((option) => html`<option .value=${option} ?selected=${option === value}>${option}</option>`)}
        </select>`;
      case 'date-time':
        return html`<input
          id=${id}
          type="datetime-local"
          .value=${live(this.typed.get(field.key) ?? wallClock(value))}
          aria-describedby=${describedBy}
          aria-invalid=${ariaInvalid}
          @input=${(event: Event) => this.keepTyped(field, event)}
          @change=${(event: Event) => this.saveText(field, event)}
        />`;
      default:
        return html`<input
          id=${id}
          type="text"
          inputmode=${field.type === 'number' ? 'decimal' : nothing}
          autocomplete="off"
          .value=${live(this.typed.get(field.key) ?? (value === null ? '' : String(value)))}
          aria-describedby=${describedBy}
          aria-invalid=${ariaInvalid}
          @input=${(event: Event) => this.keepTyped(field, event)}
          @change=${(event: Event) => this.saveText(field, event)}
        />`;
    }
  }

  private keepTyped(field: RecordField, event: Event): void {
    this.typed.set(field.key, (event.target as HTMLInputElement).value);
  }

  private saveChecked(field: RecordField, event: Event): void {
    void this.commit(field, (event.target as HTMLInputElement).checked);
  }

  private saveChoice(field: RecordField, event: Event): void {
    const chosen = (event.target as HTMLSelectElement).value;
    void this.commit(field, chosen === '' ? null : chosen);
  }

  private saveText(field: RecordField, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.typed.set(field.key, text);
    if (field.type !== 'number') {
      void this.commit(field, field.type === 'date-time' && text === '' ? null : text);
      return;
    }
    const number = readNumber(text);
    if (number === undefined) {
      const message = t.notANumber(field.label, text.trim());
      this.errors.set(field.key, message);
      this.reportInvalid(message, field.key);
      this.host.requestUpdate();
      return;
    }
    void this.commit(field, number);
  }

  private async commit(field: RecordField, value: RecordFieldValue): Promise<void> {
    const recordId = this.recordId;
    const result = await this.save(field.key, value);
    if (this.recordId !== recordId || !result) return;
    if (result.saved) {
      this.typed.delete(field.key);
      this.errors.delete(field.key);
    } else {
      this.errors.set(field.key, errorText(result.error));
    }
    this.host.requestUpdate();
  }
}

/** A number typed with a decimal point or comma; `null` for an empty field, `undefined` if unreadable. */
function readNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function wallClock(value: RecordFieldValue): string {
  return typeof value === 'string' && WALL_CLOCK.test(value) ? value.slice(0, 16) : '';
}

function shown(value: RecordFieldValue): string {
  return value === null || value === '' ? '—' : String(value);
}

function yesNo(value: RecordFieldValue): string {
  return value === null ? '—' : value === true ? t.yes() : t.no();
}
