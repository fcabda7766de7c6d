/**
 * Every refusal's English sentence, from the three layers that make them. Not part of the kit's
 * core: for tests, tools and hosts that want the English of a code (`outbound-error` already
 * carries it as `message`). A code without English here does not type-check.
 */
import { ENGINE_REFUSAL_MESSAGES } from './engine-refusals.js';
import { KIT_REFUSAL_MESSAGES } from './kit-refusals.js';
import type { RefusalCode, RefusalMessages, RefusalParams, RefusalReason } from './refusals.js';
import { SERVER_REFUSAL_MESSAGES } from './server-refusals.js';

const ALL: RefusalMessages<RefusalCode> = { ...ENGINE_REFUSAL_MESSAGES, ...KIT_REFUSAL_MESSAGES, ...SERVER_REFUSAL_MESSAGES };

/** The refusal in plain English. */
export function refusalMessage({ code, params }: RefusalReason): string {
  return (ALL[code] as (params: RefusalParams[RefusalCode]) => string)(params);
}
