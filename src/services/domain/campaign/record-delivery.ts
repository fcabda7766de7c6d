/**
 * What the agent may ask of a campaign, by its delivery mode (CAM-3, DEL-1..4; the reference guides'
 * Manual and Automatic delivery). Pure: no DOM, no clock.
 *
 * - Manual (Preview, pull): the agent asks for each record with **Get Record**.
 * - Direct Push-Preview: records are pushed whatever the agent's Ready state, so the agent starts and
 *   stops them with the **Get Record / Stop** toggle.
 * - Automatic (Push-Preview, Progressive, Predictive): records are pushed while the channel that
 *   carries them is Ready (outbound preview for Push-Preview, voice for the dialer modes). There is
 *   nothing to ask for, except after **Done and Stop**, when **Get Record** resumes them.
 */
import { deliveringChannel, type Channel } from '../agent/agent.js';
import { hasParticipationToggle, type Campaign } from './campaign.js';
import { refuseKit } from '../refusals/kit-refusals.js';
import type { Refusal } from '../refusals/refusals.js';

/** What the list offers for a campaign. */
export type CampaignOffer =
  | { readonly kind: 'get-record' }
  | { readonly kind: 'stop' }
  /** Nothing to ask for: records come while `channel` is Ready. */
  | { readonly kind: 'pushed'; readonly channel: Channel };

/**
 * The action that works for the campaign now. For an automatic campaign `receiving` says whether the
 * agent takes part (false after Done and Stop, until Get Record).
 */
export function campaignOffer(campaign: Campaign): CampaignOffer {
  if (hasParticipationToggle(campaign)) return campaign.receiving ? { kind: 'stop' } : { kind: 'get-record' };
  const channel = deliveringChannel(campaign.dialingMode);
  return channel && campaign.receiving ? { kind: 'pushed', channel } : { kind: 'get-record' };
}

/** Why Get Record would do nothing for this campaign, or null when it is a request that works. */
export function recordRequestRefusal(campaign: Campaign): Refusal | null {
  const offer = campaignOffer(campaign);
  if (offer.kind !== 'pushed') return null;
  return refuseKit('records-pushed', { campaign: campaign.name, channel: offer.channel });
}
