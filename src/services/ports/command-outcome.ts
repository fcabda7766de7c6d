import type { KitError } from '../domain/refusals/errors.js';
import type { RefusalReason } from '../domain/refusals/refusals.js';

/**
 * What the server answered to one command: accepted, refused (with its code, its sentence and, when
 * it sent them, the refusal's parameters), or nothing before the session ended.
 */
export type CommandAnswer =
  | { readonly answer: 'accepted' }
  | {
      readonly answer: 'refused';
      /** The server's code, e.g. `outside-calling-hours`. */
      readonly code: string;
      /** The server's sentence, shown as sent when the kit does not know the code. */
      readonly message: string;
      /** Whether sending the same command again may succeed. */
      readonly retryable: boolean;
      /** The refusal as a code with parameters, when the kit knows the code. */
      readonly refusal?: RefusalReason;
    }
  /** The session ended (logout, a new back end, the provider removed) before the server answered. */
  | { readonly answer: 'unanswered'; readonly reason: 'session-ended' };

/**
 * What asking for something gave: not sent, with why (the kit's rules refused it, there is no back
 * end), or sent under an id, with the server's answer to come.
 */
export type CommandOutcome =
  | { readonly sent: true; readonly commandId: string; readonly answer: Promise<CommandAnswer> }
  | { readonly sent: false; readonly error: KitError };
