/**
 * The rules the kit checks agent actions against before sending them, as one module loaded with the
 * session: no action exists before the first record, so they stay off the first render's path.
 */
export { step } from '../domain/interaction/interaction.js';
export { editDraft, toOutcome } from '../domain/interaction/wrap-up.js';
