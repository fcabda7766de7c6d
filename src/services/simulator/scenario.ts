import type { CampaignStatus, DialingMode } from '../domain/campaign.js';

/** A campaign on the simulated server. */
export interface SimulatedCampaign {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly dialingMode: DialingMode;
  /** Status when the simulator starts. */
  readonly status: CampaignStatus;
  /** Agent ids assigned to the campaign; absent means every agent. */
  readonly members?: readonly string[];
}

/** Something the simulated server does at a time after it starts. */
export type ScheduledStep =
  | { readonly atMs: number; readonly campaignId: string; readonly status: CampaignStatus }
  /** Sends exactly this event, valid or not: how bad server input is rehearsed. */
  | { readonly atMs: number; readonly rawEvent: unknown };

export interface SimulatorScenario {
  readonly campaigns: readonly SimulatedCampaign[];
  readonly schedule?: readonly ScheduledStep[];
  /** How long the server takes to answer a command, in ms. */
  readonly latencyMs?: number;
}
