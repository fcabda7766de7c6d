import type { RefusalReason } from './refusals.js';

/** A problem the agent and the host page must be told about. Plain data so it can travel in events. */
export interface KitError {
  /** Stable machine-readable code, e.g. `malformed-event`, `command-rejected`. */
  readonly code: KitErrorCode;
  /**
   * A sentence for a person: what went wrong and what it means for them. In plain English for the
   * kit's own refusals (worded in the kit's language from `refusal`); as sent for the server's.
   */
  readonly message: string;
  /** The refusal as a code with parameters, when the kit knows it: the elements word it from this. */
  readonly refusal?: RefusalReason;
  /** The kit's own problem as a code with parameters, when it is not a refusal: the elements word it from this. */
  readonly detail?: KitErrorDetail;
  /** The offending field path, when the problem is one field of the input. */
  readonly field?: string;
  /** Whether trying again may succeed. */
  readonly retryable: boolean;
  /** The command the error answers, if any. */
  readonly commandId?: string;
  readonly campaignId?: string;
}

export type KitErrorCode =
  | 'malformed-event'
  | 'command-rejected'
  | 'campaign-unavailable'
  | 'backend-unavailable'
  /** A host page set an attribute or property to something the element cannot use. */
  | 'invalid-configuration'
  /** The agent's phone reported a problem (microphone denied, connection lost, ringer blocked...). */
  | 'phone-error';

/** The kit's own problems that are not refusals, as codes the elements word in the kit's language. */
export type KitErrorDetail =
  /** The campaign server's event stream ended (a `backend-unavailable` error). */
  | { readonly code: 'connection-lost' }
  /** An event failed the schema: its type ('' when it has none), the field, and what was expected and received. */
  | {
      readonly code: 'malformed-event';
      readonly params: { readonly event: string; readonly field: string; readonly expected: string; readonly received: string };
    };
