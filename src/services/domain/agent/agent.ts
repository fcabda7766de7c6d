/**
 * The agent's availability (AGT-1, CAM-4) and negotiated logout (AGT-2). Pure.
 */
import type { Call } from '../interaction/call.js';
import type { DialingMode } from '../campaign/campaign.js';
import { startCountdown, type Countdown } from '../interaction/countdown.js';
import { engagingRefusal, refuseKit } from '../refusals/kit-refusals.js';
import type { Refusal } from '../refusals/refusals.js';
import type { Channel } from './channel.js';

// The channel names live apart so that refusals can name a channel without importing the agent's rules.
export type { Channel } from './channel.js';

export type ChannelStatus = 'ready' | 'not-ready' | 'after-call-work';

export type LogoutState =
  | { readonly phase: 'none' }
  | { readonly phase: 'pending'; readonly countdown: Countdown }
  | { readonly phase: 'authorized'; readonly at: number }
  /** The agent completed the authorized logout; the server delivers nothing until the next login. */
  | { readonly phase: 'logged-out'; readonly at: number };

export interface AgentState {
  readonly channels: Readonly<Record<Channel, ChannelStatus>>;
  /** Logged in to instant messaging, which blocks outbound work (CAM-4). */
  readonly imLoggedIn: boolean;
  readonly logout: LogoutState;
}

export const initialAgentState: AgentState = {
  channels: { voice: 'not-ready', 'outbound-preview': 'not-ready' },
  imLoggedIn: false,
  logout: { phase: 'none' },
};

export type AgentResult = { readonly ok: true; readonly agent: AgentState } | { readonly ok: false; readonly refusal: Refusal };

export function setChannelStatus(agent: AgentState, channel: Channel, status: ChannelStatus): AgentResult {
  const loggedOut = loggedOutRefusal(agent);
  if (loggedOut) return { ok: false, refusal: loggedOut };
  if (status === 'ready' && agent.imLoggedIn) {
    return {
      ok: false,
      refusal: refuseKit('im-blocks-outbound', { channel }),
    };
  }
  return { ok: true, agent: { ...agent, channels: { ...agent.channels, [channel]: status } } };
}

/** Logging in to IM takes the outbound channels out of Ready. */
export function setImLogin(agent: AgentState, loggedIn: boolean): AgentState {
  if (!loggedIn) return { ...agent, imLoggedIn: false };
  const channels = { ...agent.channels };
  for (const channel of Object.keys(channels) as Channel[]) {
    if (channels[channel] === 'ready') channels[channel] = 'not-ready';
  }
  return { ...agent, imLoggedIn: true, channels };
}

/**
 * Whether the server may deliver a record of this mode now. Push-Preview needs the outbound-preview
 * channel Ready; Direct Push-Preview ignores Ready (the list's Get Record / Stop decides); the
 * dialer modes need the voice channel Ready (CAM-4).
 */
export function mayReceive(agent: AgentState, mode: DialingMode): boolean {
  if (agent.imLoggedIn || agent.logout.phase !== 'none') return false;
  const channel = deliveringChannel(mode);
  return channel === null || agent.channels[channel] === 'ready';
}

/** The channel whose Ready state brings an automatic campaign's records; null for the others. */
export function deliveringChannel(mode: DialingMode): Channel | null {
  switch (mode) {
    case 'push-preview':
      return 'outbound-preview';
    case 'progressive':
    case 'predictive':
      return 'voice';
    case 'preview':
    case 'direct-push-preview':
      return null;
  }
}

export interface LogoutContext {
  readonly now: number;
  /** A call or wrap-up is in progress: the agent must finish it first. */
  readonly busy: boolean;
  /** The agent is engaging (assured connection): voice logoff is refused (DEL-6). */
  readonly engaging: boolean;
  /** The dialer may have picked this agent for a call on its way: logout waits this long. */
  readonly reservedForMs: number;
}

/** Logout, negotiated: refused mid-interaction, delayed while reserved, otherwise at once (AGT-2). */
export function requestLogout(agent: AgentState, context: LogoutContext): AgentResult {
  if (context.engaging) return { ok: false, refusal: engagingRefusal('voice-logoff') };
  if (context.busy) {
    return {
      ok: false,
      refusal: refuseKit('logout-during-interaction', {}),
    };
  }
  if (agent.logout.phase !== 'none') return { ok: true, agent };
  const logout: LogoutState =
    context.reservedForMs > 0
      ? { phase: 'pending', countdown: startCountdown(context.now, context.reservedForMs / 1000) }
      : { phase: 'authorized', at: context.now };
  return { ok: true, agent: { ...agent, logout } };
}

export function authorizeLogout(agent: AgentState, now: number): AgentState {
  // Only a request still waiting is authorized: a cancelled one stays cancelled.
  return agent.logout.phase === 'pending' ? { ...agent, logout: { phase: 'authorized', at: now } } : agent;
}

const notRequested = () => refuseKit('logout-not-requested', {});

/**
 * Log out, once the server has authorized it (AGT-2): the agent is logged out, every channel Not
 * Ready. Before authorization it is refused: a call may still be on its way to the agent.
 */
export function completeLogout(agent: AgentState, now: number): AgentResult {
  switch (agent.logout.phase) {
    case 'none':
      return { ok: false, refusal: notRequested() };
    case 'pending':
      return {
        ok: false,
        refusal: refuseKit('logout-not-authorized', {}),
      };
    case 'logged-out':
      return { ok: true, agent };
    case 'authorized':
      return {
        ok: true,
        agent: { ...agent, channels: { voice: 'not-ready', 'outbound-preview': 'not-ready' }, logout: { phase: 'logged-out', at: now } },
      };
  }
}

/** Why nothing that brings work can be asked for: the agent has logged out (AGT-2); null otherwise. */
export function loggedOutRefusal(agent: AgentState | null): Refusal | null {
  return agent?.logout.phase === 'logged-out' ? refuseKit('logged-out', {}) : null;
}

/** The agent withdraws a logout request, waiting or authorized: records may come again (AGT-2). */
export function cancelLogout(agent: AgentState): AgentResult {
  const phase = agent.logout.phase;
  if (phase === 'pending' || phase === 'authorized') return { ok: true, agent: { ...agent, logout: { phase: 'none' } } };
  return { ok: false, refusal: notRequested() };
}

/** What a channel is doing: its status, or on a call while the voice channel carries a live call. */
export type ChannelActivity = ChannelStatus | 'on-call';

/**
 * What the agent's channel is doing now. The server keeps the status the agent chose (Ready) during
 * a call; the voice channel is busy with the call all the same, from dialling until it ends, when the
 * server's status (after-call work) applies again.
 */
export function channelActivity(agent: AgentState, channel: Channel, call: Pick<Call, 'status'> | null): ChannelActivity {
  if (channel === 'voice' && call !== null && call.status !== 'ended') return 'on-call';
  return agent.channels[channel];
}

/**
 * After-call work when a call ends. After Done the agent is Ready by itself when so configured;
 * otherwise after-call work lasts until the agent chooses Ready or Not Ready (DISP-3).
 */
export function afterCallWork(agent: AgentState): AgentState {
  return { ...agent, channels: { ...agent.channels, voice: 'after-call-work' } };
}

export function workDone(agent: AgentState, readyAfterWork: boolean): AgentState {
  if (agent.channels.voice !== 'after-call-work' || !readyAfterWork || agent.imLoggedIn) return agent;
  return { ...agent, channels: { ...agent.channels, voice: 'ready' } };
}
