import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KitError } from '../../services/domain/refusals/errors.js';
import { errorText } from '../shared/error-text.js';

/** A refusal on screen: its sentence, what it was judged on, and where or how the element shows it. */
export interface ShownRefusal<Cause, Detail> {
  readonly message: string;
  readonly cause: Cause;
  readonly detail: Detail;
}

/** What sending a command or an edit gave; only a refusal matters here. */
type Answer = { readonly sent: true } | { readonly saved: true } | { readonly sent: false; readonly error: KitError } | { readonly saved: false; readonly error: KitError };

export interface CommandFeedbackOptions<Cause> {
  /** The record on screen (null: none): a refusal that comes back after the agent moved on is not shown. */
  readonly record: () => string | null;
  /** What a refusal is judged on now (the call's status, the chosen number...). */
  readonly cause: () => Cause;
  /** Whether a refusal's cause still holds; when it no longer does, the refusal goes. */
  readonly sameCause: (refusedOn: Cause, now: Cause) => boolean;
}

/**
 * The refusal an element shows next to what the agent used, kept in one place for every element:
 * cleared when the agent acts again, shown only if the record it was sent for is still on screen,
 * and gone once its cause has gone (the record changed, the call moved on). The provider has
 * announced the refusal already; this is the visible half.
 */
export class CommandFeedback<Cause, Detail = null> implements ReactiveController {
  private current: ShownRefusal<Cause, Detail> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CommandFeedbackOptions<Cause>,
  ) {
    host.addController(this);
  }

  /** The refusal on screen, or null. */
  get shown(): ShownRefusal<Cause, Detail> | null {
    return this.current;
  }

  /** Before each render: a refusal whose cause went (or whose record went) goes too. */
  hostUpdate(): void {
    if (this.current && !this.options.sameCause(this.current.cause, this.options.cause())) this.clear();
  }

  /**
   * Clears the refusal on screen, waits for the command, and shows its refusal if the record it was
   * sent for is still the one on screen. Returns what the command gave (undefined: nothing was sent).
   */
  async follow<R extends Answer>(sending: Promise<R> | R | undefined, detail: Detail): Promise<R | undefined> {
    const record = this.options.record();
    this.clear();
    const result = await sending;
    if (result && 'error' in result && this.options.record() === record) this.show(errorText(result.error), detail);
    return result;
  }

  /** Shows a refusal judged on the current cause. */
  show(message: string, detail: Detail): void {
    this.current = { message, cause: this.options.cause(), detail };
    this.host.requestUpdate();
  }

  clear(): void {
    if (!this.current) return;
    this.current = null;
    this.host.requestUpdate();
  }
}
