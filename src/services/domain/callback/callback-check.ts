/**
 * The callback check at Mark Done (CB-4), on its own module so the time-zone and message code it
 * needs is loaded only when a callback has been scheduled.
 */
import { validateCallback, type CallbackErrorCode, type CallbackErrorParams } from './callback.js';
import type { PersonalCallbackPolicy } from '../campaign/campaign-policy.js';
import type { CallbackRequest } from '../interaction/outcome.js';
import type { RecordPhoneNumber } from '../campaign/record.js';
import { instantToZonedParts } from './time-zones.js';

export interface CallbackCheckContext {
  readonly now: number;
  readonly agentTimeZone: string;
  readonly contactTimeZone: string;
  readonly numbers: readonly RecordPhoneNumber[];
  readonly policy: PersonalCallbackPolicy;
}

/**
 * Why the callback cannot be kept now (it may have slipped into the past), or null when it can: the
 * problems' codes, what each names (worded in the kit's language by the elements), and the English
 * sentences that name the exact times (CB-4).
 */
export function callbackProblem(
  callback: CallbackRequest,
  context: CallbackCheckContext,
): { readonly problems: readonly CallbackErrorCode[]; readonly details: readonly CallbackErrorParams[]; readonly message: string } | null {
  const typed = instantToZonedParts(callback.at, context.agentTimeZone);
  const result = validateCallback(
    { date: typed.date, time: typed.time, personal: callback.personal, target: callback.target },
    context,
  );
  if (result.ok) return null;
  return {
    problems: result.errors.map((error) => error.code),
    details: result.errors.map((error) => error.params),
    message: result.errors.map((error) => error.message).join(' ') };
}
