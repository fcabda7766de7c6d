/**
 * The refusals the kit's core makes without the engine's rules: the kit's commands (commands.ts),
 * the agent's status and logout (agent.ts) and the engaging phase (DEL-6), with their English.
 */
import type { Channel } from '../agent/channel.js';
import { ENGAGING_REFUSED, refusalFrom, type EngagingRefusedAction, type Refusal, type RefusalMessages, type RefusalParams } from './refusals.js';

export type KitRefusalCode =
  | 'engaging'
  | 'im-blocks-outbound'
  | 'logout-during-interaction'
  | 'logout-not-requested'
  | 'logout-not-authorized'
  | 'records-pushed'
  | 'logged-out'
  | 'campaign-unavailable'
  | 'unknown-campaign'
  | 'follows-ready'
  | 'notice-without-get-record'
  | 'no-record'
  | 'record-changed'
  | 'request-failed'
  | 'outcome-not-stored'
  | 'no-backend';

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = { voice: 'voice', 'outbound-preview': 'outbound preview' };

export const KIT_REFUSAL_MESSAGES: RefusalMessages<KitRefusalCode> = {
  engaging: ({ action }) =>
    `${ENGAGING_REFUSED[action]} is not available while the contact is being connected: you hear ` +
    'waiting music until they answer (assured connection).',
  'im-blocks-outbound': ({ channel }) =>
    'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging ' +
    `to make the ${CHANNEL_NAMES[channel]} channel Ready.`,
  'logout-during-interaction': () => 'Finish the current call and mark it Done before logging out.',
  'logout-not-requested': () => 'You have not asked to log out.',
  'logged-out': () => 'You are logged out. Log in to work on campaigns again.',
  'records-pushed': ({ campaign, channel }) =>
    `${campaign} sends you records by itself while your ${channel === 'voice' ? 'Voice' : 'Outbound preview'} channel is Ready, so there is nothing to request.`,
  'logout-not-authorized': () => 'The server has not authorized your logout yet: a call may still be on its way to you.',
  'campaign-unavailable': ({ campaign }) => `${campaign} is no longer active or running, so no request was sent.`,
  'unknown-campaign': () => 'This campaign is no longer active or running, so no request was sent.',
  'follows-ready': ({ campaign }) => `${campaign} delivers records while you are Ready; use Not Ready to pause it.`,
  'notice-without-get-record': () => 'This notice does not offer Get Record.',
  'no-record': () => 'There is no record to work on.',
  'record-changed': () => 'That record has changed; nothing was sent. Check the record on screen.',
  'request-failed': ({ reason }) => `The request could not be completed (${reason}). Try again.`,
  'outcome-not-stored': () => 'The outcome could not be saved for delivery. Nothing you entered is lost: try Done again.',
  'no-backend': () => 'No campaign server is connected, so the request could not be sent.',
};

export function refuseKit<C extends KitRefusalCode>(code: C, params: RefusalParams[C]): Refusal {
  return refusalFrom(KIT_REFUSAL_MESSAGES, code, params);
}

export function engagingRefusal(action: EngagingRefusedAction): Refusal {
  return refuseKit('engaging', { action });
}
