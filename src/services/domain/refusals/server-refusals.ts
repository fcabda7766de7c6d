/**
 * The (simulated) server's own refusals with their English: the kit knows their codes, so it can word
 * them in the agent's language when a server sends them with their parameters.
 */
import { refusalFrom, type Refusal, type RefusalMessages, type RefusalParams } from './refusals.js';

export type ServerRefusalCode = 'campaign-not-active' | 'not-assigned' | 'record-in-progress' | 'list-exhausted' | 'record-gone';

const CONSEQUENCES: Readonly<Record<RefusalParams['not-assigned']['consequence'], string>> = {
  'no-record': 'no record can be delivered',
  'no-participation-change': 'participation cannot change',
};

export const SERVER_REFUSAL_MESSAGES: RefusalMessages<ServerRefusalCode> = {
  'campaign-not-active': ({ campaign, consequence }) => `${campaign} is not active or running, so ${CONSEQUENCES[consequence]}.`,
  'not-assigned': ({ consequence }) => `You are not assigned to that campaign, so ${CONSEQUENCES[consequence]}.`,
  'record-in-progress': () => 'Finish the current record before asking for another.',
  'list-exhausted': ({ campaign }) => `${campaign} has no more records to call.`,
  'record-gone': () => 'That record is no longer with you.',
};

export function refuseAsServer<C extends ServerRefusalCode>(code: C, params: RefusalParams[C]): Refusal {
  return refusalFrom(SERVER_REFUSAL_MESSAGES, code, params);
}
