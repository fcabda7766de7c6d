import type { Observable } from 'rxjs';
import type { Campaign, DialingMode } from '../../domain/campaign/campaign.js';
import type { Outcome, OutcomeDraft } from '../../domain/interaction/outcome.js';
import type { AgentState, Channel, ChannelStatus } from '../../domain/agent/agent.js';
import type { AgentAction, Interaction } from '../../domain/interaction/interaction.js';
import type { CallEndReason, CallParty } from '../../domain/interaction/call.js';
import type { InteractionDialPlan, InteractionFact, InteractionStage } from './interaction-facts.js';

/**
 * The back-end port. Commands go out, events come in; both are plain serialisable data so the same
 * shapes can travel over a WebSocket. Events arrive as `unknown`: the kit validates every one at the
 * boundary (see `event-schema.ts`), whatever adapter produced it.
 */
export interface BackendAdapter {
  readonly capabilities: BackendCapabilities;
  /** Raw events from the server, in order. */
  readonly events: Observable<unknown>;
  /** Sends a command. Its outcome comes back as a `command-accepted` or `command-rejected` event. */
  send(command: BackendCommand): void;
  /** Releases timers and connections. The adapter sends no event afterwards. */
  dispose(): void;
  /**
   * Where the adapter's connection to its server stands, for an adapter that has one (the
   * WebSocket back end; not the in-page simulator): the current state first, then each change.
   * Losing the connection is a state, not the end of `events`.
   */
  readonly connection?: Observable<BackendConnectionState>;
}

/** Where a back end's connection stands, as the desk shows it. */
export type BackendConnectionState =
  | { readonly status: 'connecting'; readonly attempt: number }
  | { readonly status: 'live'; readonly sessionId: string; readonly resumed: boolean }
  /** A snapshot is arriving: the state is being replaced. */
  | { readonly status: 'resyncing' }
  /** Not connected. `nextAttemptAt` (the kit's clock) is null when it will not retry on its own. */
  | { readonly status: 'offline'; readonly reason: BackendOfflineReason; readonly nextAttemptAt: number | null }
  | { readonly status: 'closed' };

export type BackendOfflineReason =
  | 'connection-lost'
  | 'server-unreachable'
  | 'heartbeat-missed'
  | 'token-rejected'
  | 'not-allowed'
  | 'protocol-error'
  | 'replaced'
  | 'going-away'
  | 'too-many-frames';

/** What the server supports; elements hide or disable what it does not. */
export interface BackendCapabilities {
  readonly dialingModes: readonly DialingMode[];
  /** Whether Direct Push-Preview participation (Get Record / Stop) can be toggled from the list. */
  readonly participationToggle: boolean;
  readonly negotiatedLogout: boolean;
}

export interface CommandBase {
  /** Idempotency key: a retried command with the same id is harmless. */
  readonly commandId: string;
}

export interface LoginCommand extends CommandBase {
  readonly type: 'login';
  readonly agentId: string;
}

export interface GetRecordCommand extends CommandBase {
  readonly type: 'get-record';
  readonly campaignId: string;
}

export interface SetParticipationCommand extends CommandBase {
  readonly type: 'set-participation';
  readonly campaignId: string;
  readonly receiving: boolean;
}

/** An interaction's outcome; goes through the outbox, so it is retried until acknowledged. */
export interface SubmitOutcomeCommand extends CommandBase {
  readonly type: 'submit-outcome';
  readonly outcome: Outcome;
}

export interface SetChannelStatusCommand extends CommandBase {
  readonly type: 'set-channel-status';
  readonly channel: Channel;
  readonly status: ChannelStatus;
}

/** Instant messaging presence, which blocks outbound work while logged in (CAM-4). */
export interface SetImLoginCommand extends CommandBase {
  readonly type: 'set-im-login';
  readonly loggedIn: boolean;
}

export interface RequestLogoutCommand extends CommandBase {
  readonly type: 'request-logout';
}

/** Log out, once the server has authorized it (AGT-2); refused before. */
export interface CompleteLogoutCommand extends CommandBase {
  readonly type: 'complete-logout';
}

/** Withdraws a logout request, waiting or authorized (AGT-2): the server may deliver records again. */
export interface CancelLogoutCommand extends CommandBase {
  readonly type: 'cancel-logout';
}

/** Anything the agent does to an interaction except closing it (that is `submit-outcome`). */
export interface InteractionActionCommand extends CommandBase {
  readonly type: 'interaction-action';
  readonly interactionId: string;
  readonly action: Exclude<AgentAction, { type: 'mark-done' }>;
  /** The agent's entries, for rules that depend on them (a call result before transfer, CALL-3). */
  readonly draft?: OutcomeDraft;
}

/**
 * The agent's phone ended the call on its own (the contact hung up on a WebRTC phone, the connection
 * was lost): something only the phone can know. The server ends the interaction's call as such, so
 * the outcome stays recordable; a call already ended is left as it is.
 */
export interface PhoneCallEndedCommand extends CommandBase {
  readonly type: 'phone-call-ended';
  readonly interactionId: string;
  readonly by: CallParty;
  readonly reason: CallEndReason;
}

export type BackendCommand =
  | LoginCommand
  | GetRecordCommand
  | SetParticipationCommand
  | SubmitOutcomeCommand
  | SetChannelStatusCommand
  | SetImLoginCommand
  | RequestLogoutCommand
  | CompleteLogoutCommand
  | CancelLogoutCommand
  | InteractionActionCommand
  | PhoneCallEndedCommand;

/** A campaign as the server describes it: the domain's campaign, plain data. */
export type CampaignData = Campaign;

/** Every campaign the agent belongs to, sent at login so campaigns already running are caught up. */
export interface CampaignsSnapshotEvent {
  readonly type: 'campaigns-snapshot';
  readonly campaigns: readonly CampaignData[];
}

export interface CampaignStatusChangedEvent {
  readonly type: 'campaign-status-changed';
  readonly campaign: CampaignData;
  /** The notice text the server wants the agent to read. */
  readonly message: string;
}

/**
 * The agent's participation changed: Direct Push-Preview's Get Record / Stop, or an automatic
 * campaign stopped by Done and Stop (`receiving: false`) and resumed by Get Record (`true`).
 */
export interface ParticipationChangedEvent {
  readonly type: 'participation-changed';
  readonly campaignId: string;
  readonly receiving: boolean;
}

export interface CommandAcceptedEvent {
  readonly type: 'command-accepted';
  readonly commandId: string;
}

export interface CommandRejectedEvent {
  readonly type: 'command-rejected';
  readonly commandId: string;
  /** The refusal's code: one of the kit's refusal codes (then worded in the kit's language) or the server's own. */
  readonly code: string;
  /** What the code's wording names, e.g. `{ campaign: 'Win-back Q4' }`; absent for a refusal sent as text only. */
  readonly params?: RefusalWireParams;
  /** The server's sentence, shown as sent when the kit does not know the code. */
  readonly message: string;
  readonly retryable: boolean;
}

/** Refusal parameters on the wire: text, or lists of text. */
export type RefusalWireParams = Readonly<Record<string, string | null | readonly string[]>>;

export interface ServerErrorEvent {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
}

/** The agent's channels, IM presence and logout negotiation, as the server sees them. */
export interface AgentStateChangedEvent {
  readonly type: 'agent-state-changed';
  readonly agent: AgentState;
}

/**
 * The server's view of an interaction: delivered, changed, or closed, whole. It never carries the
 * agent's draft, so it cannot overwrite what the agent is typing. The in-page simulator sends it; a
 * server on the wire sends the interaction's facts instead (`InteractionFact`, docs/protocol/).
 */
export interface InteractionUpdatedEvent {
  readonly type: 'interaction-updated';
  readonly interaction: Interaction;
}

/** What the agent's desk phone is doing, as a CTI link reports it (PH-3). */
export type DeskPhoneState = 'idle' | 'ringing' | 'dialing' | 'talking' | 'held';

export interface DeskPhoneEvent {
  readonly type: 'desk-phone';
  readonly state: DeskPhoneState;
  /** The call the phone is on; null when idle. */
  readonly callId: string | null;
  /** Who hung up, when the phone went idle after a call. */
  readonly endedBy: CallParty | null;
}

/**
 * The server's whole state, to replace what the kit holds of it (a snapshot after a reconnect the
 * server could not replay), applied in one step: no listener sees the state half replaced. The
 * agent's own entries and the outbox are the kit's and stay.
 */
export interface StateResyncEvent {
  readonly type: 'state-resync';
  /** The events that describe the state now (a campaign list, the agent, the interaction, the desk phone). */
  readonly events: readonly BackendEvent[];
}

export type { InteractionDialPlan, InteractionFact, InteractionStage };

export type BackendEvent =
  | StateResyncEvent
  | DeskPhoneEvent
  | AgentStateChangedEvent
  | InteractionUpdatedEvent
  /** One fact about an interaction (a record offered, call progress, a dial refused, a record closed…), folded into the desk's interaction. */
  | InteractionFact
  | CampaignsSnapshotEvent
  | CampaignStatusChangedEvent
  | ParticipationChangedEvent
  | CommandAcceptedEvent
  | CommandRejectedEvent
  | ServerErrorEvent;
