import type { Campaign } from '../domain/campaign/campaign.js';
import type { KitError } from '../domain/refusals/errors.js';
import type { BackendCommand, BackendConnectionState, DeskPhoneEvent } from '../ports/backend/contract.js';
import type { PhoneState } from '../ports/phone.js';
import type { AgentState } from '../domain/agent/agent.js';
import type { Interaction } from '../domain/interaction/interaction.js';
import { defaultNoticeSettings, type CampaignNotice, type NoticeSettings } from '../domain/campaign/notices.js';
import type { OutcomeDraft } from '../domain/interaction/outcome.js';
import type { OutboxState } from './outbox-state.js';

/** `signing-in` lasts from the login command until the server's first campaign snapshot. */
export type SessionPhase = 'signed-out' | 'signing-in' | 'ready';

export interface KitState {
  readonly session: {
    readonly phase: SessionPhase;
    readonly agentId: string | null;
  };
  readonly campaigns: {
    readonly byId: Readonly<Record<string, Campaign>>;
    /** Server order; the list keeps it so rows do not jump around. */
    readonly order: readonly string[];
  };
  /** The agent's channels and logout, once the server has told us. */
  readonly agent: AgentState | null;
  /** The interaction the agent is working (the server's view), or null. */
  readonly interaction: Interaction | null;
  /** The last interaction that closed, so elements can say how it ended. */
  readonly lastClosed: Interaction | null;
  /** The agent's entries per interaction id: never overwritten by the server. */
  readonly drafts: Readonly<Record<string, OutcomeDraft>>;
  /** Campaign notices waiting for the agent, oldest first (CAM-1). */
  readonly notices: readonly CampaignNotice[];
  readonly noticeSettings: NoticeSettings;
  /** Outcomes on their way to the server (DISP-4): the agent sees what is still pending. */
  readonly outbox: OutboxState;
  /** Commands sent and not yet answered, by command id. */
  readonly pending: Readonly<Record<string, BackendCommand>>;
  readonly lastError: KitError | null;
  /** The agent's phone as it last reported itself (WebRTC or CTI), or null when the kit has none. */
  readonly phone: PhoneState | null;
  /** The desk phone's last state as the server's CTI link reported it; the CTI phone reads it (PH-3). */
  readonly deskPhone: DeskPhoneEvent | null;
  /** Where the back end's connection stands (BE-3), for a back end that has one; null otherwise. */
  readonly connection: BackendConnectionState | null;
}

export const initialKitState: KitState = {
  session: { phase: 'signed-out', agentId: null },
  campaigns: { byId: {}, order: [] },
  agent: null,
  interaction: null,
  lastClosed: null,
  drafts: {},
  notices: [],
  noticeSettings: defaultNoticeSettings,
  outbox: { pending: [], failed: [], persistent: true },
  pending: {},
  lastError: null,
  phone: null,
  deskPhone: null,
  connection: null,
};
