import type { CampaignStatus, DialingMode } from '../../domain/campaign/campaign.js';
import type { DeliveryPolicy, OutcomeSchema } from '../../domain/campaign/campaign-policy.js';
import type { RecordField, RecordPhoneNumber } from '../../domain/campaign/record.js';

/** How simulated contacts respond to a call: relative weights of each outcome. */
export interface ContactOdds {
  readonly answer: number;
  readonly busy: number;
  readonly noAnswer: number;
  readonly answeringMachine: number;
}

/** A person on a calling list. */
export interface SimulatedContact {
  readonly id: string;
  readonly name: string;
  /** IANA zone. */
  readonly timeZone: string;
  readonly numbers: readonly RecordPhoneNumber[];
  readonly caseFields?: readonly { readonly label: string; readonly value: string }[];
  readonly fields?: readonly RecordField[];
  /** This contact's own odds, overriding the scenario's. */
  readonly odds?: Partial<ContactOdds>;
}

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
  readonly policy?: Partial<DeliveryPolicy>;
  readonly outcomes?: Partial<OutcomeSchema>;
  /** The calling list, called in order; absent: generated contacts. */
  readonly contacts?: readonly SimulatedContact[];
}

/** Something the simulated server does at a time after it starts. */
export type ScheduledStep =
  | { readonly atMs: number; readonly campaignId: string; readonly status: CampaignStatus }
  /** Sends exactly this event, valid or not: how bad server input is rehearsed. */
  | { readonly atMs: number; readonly rawEvent: unknown };

/** Durations of a simulated call, in ms. */
export interface CallTimings {
  /** Ringing before the contact answers or the attempt fails. */
  readonly ringMs: number;
  /** Until the contact hangs up on their own; null: they wait for the agent. */
  readonly talkMs: number | null;
  /** ASM establishing and assured-connection engaging last this long. */
  readonly connectMs: number;
  /** Between one pushed record and the next while the agent can receive. */
  readonly pacingMs: number;
  /** Negotiated logout waits this long when the agent may be reserved. */
  readonly logoutNegotiationMs: number;
}

export interface SimulatorScenario {
  readonly campaigns: readonly SimulatedCampaign[];
  readonly schedule?: readonly ScheduledStep[];
  /** How long the server takes to answer a command, in ms. */
  readonly latencyMs?: number;
  /** Seed of the simulated contacts' behaviour: the same seed replays the same shift. */
  readonly seed?: number;
  readonly odds?: Partial<ContactOdds>;
  readonly timings?: Partial<CallTimings>;
  /** Numbers on the Do-Not-Call registry (E.164). */
  readonly dncList?: readonly string[];
  /** Whether the pre-dial DNC validation service answers. */
  readonly dncServiceAvailable?: boolean;
}
