/**
 * Campaigns as the agent sees them. Pure data and rules: no DOM, no clock.
 */

/** Where a campaign is in its life on the outbound server. */
export type CampaignStatus = 'loaded' | 'started' | 'running' | 'stopped' | 'unloaded';

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  'loaded',
  'started',
  'running',
  'stopped',
  'unloaded',
];

/** Manual: the agent pulls records. Automatic: the server pushes them. */
export type DeliveryMode = 'manual' | 'automatic';

export type DialingMode =
  | 'preview'
  | 'push-preview'
  | 'direct-push-preview'
  | 'progressive'
  | 'predictive';

export const DIALING_MODES: readonly DialingMode[] = [
  'preview',
  'push-preview',
  'direct-push-preview',
  'progressive',
  'predictive',
];

export interface Campaign {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly status: CampaignStatus;
  readonly dialingMode: DialingMode;
  /**
   * Whether the agent currently takes part: Direct Push-Preview's Get Record / Stop toggle; for the
   * automatic modes (Push-Preview, Progressive, Predictive), false after Done and Stop until Get
   * Record resumes them. Unused for Preview.
   */
  readonly receiving: boolean;
}

/** Preview is the one manual mode; every other mode pushes records to the agent. */
export function deliveryModeOf(mode: DialingMode): DeliveryMode {
  return mode === 'preview' ? 'manual' : 'automatic';
}

/** My Campaigns shows campaigns that are active (started) or running, and nothing else. */
export function isListedInMyCampaigns(campaign: Campaign): boolean {
  return campaign.status === 'started' || campaign.status === 'running';
}

/** Direct Push-Preview ignores Ready / Not Ready, so the agent starts and stops it from the list. */
export function hasParticipationToggle(campaign: Campaign): boolean {
  return campaign.dialingMode === 'direct-push-preview';
}

