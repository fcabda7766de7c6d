import type { Campaign } from '../domain/campaign/campaign.js';
import type { Interaction } from '../domain/interaction/interaction.js';
import { catchUpNotices, dismissNotice, enqueueNotice, expireNotices, keepNoticeOpen, noticeForChange } from '../domain/campaign/notices.js';
import type { BackendEvent, CampaignData, CommandRejectedEvent } from '../ports/backend/contract.js';
import { applyInteractionFact, type InteractionFact } from '../ports/backend/interaction-facts.js';
import type { KitError } from '../domain/refusals/errors.js';
import { readRefusal } from '../domain/refusals/refusals.js';
import type { KitAction } from './actions.js';
import { initialKitState, type KitState } from './state.js';

type Campaigns = KitState['campaigns'];

export function kitReducer(state: KitState, action: KitAction): KitState {
  switch (action.type) {
    // The outbox (what is pending stays visible until delivered), drafts and settings outlive sessions.
    case 'session/signing-in':
      // The connection the login travels on stays: it is the back end's, already reported.
      return { ...keptAcrossSessions(state), connection: state.connection, session: { phase: 'signing-in', agentId: action.agentId } };
    case 'session/reset':
      return keptAcrossSessions(state);
    case 'command/sent':
      // A new request makes the last error old news: what is shown belongs to the latest action.
      return { ...state, lastError: null, pending: { ...state.pending, [action.command.commandId]: action.command } };
    case 'kit/error':
      return { ...state, lastError: action.error };
    case 'kit/error-dismissed':
      return state.lastError ? { ...state, lastError: null } : state;
    case 'notice/dismissed':
      return withNotices(state, dismissNotice(state.notices, action.id, action.now));
    case 'notice/kept-open':
      return withNotices(state, keepNoticeOpen(state.notices, action.id));
    case 'notices/expired':
      return withNotices(state, expireNotices(state.notices, action.now));
    case 'notices/settings':
      return { ...state, noticeSettings: action.settings };
    case 'outbox/changed':
      return { ...state, outbox: action.outbox };
    case 'phone/changed':
      return { ...state, phone: action.phone };
    case 'backend/connection':
      return { ...state, connection: action.connection };
    case 'draft/changed':
      return { ...state, drafts: { ...state.drafts, [action.interactionId]: action.draft } };
    case 'backend/event':
      return applyBackendEvent(state, action.event, action.at);
  }
}

/** What the agent entered is never dropped by a reconnect; the server's view is fetched anew. */
function keptAcrossSessions(state: KitState): KitState {
  // The phone is the agent's device, not part of the session: it reports its own state.
  return { ...initialKitState, outbox: state.outbox, noticeSettings: state.noticeSettings, drafts: state.drafts, phone: state.phone };
}

function withNotices(state: KitState, notices: KitState['notices']): KitState {
  return notices === state.notices ? state : { ...state, notices };
}

function applyBackendEvent(state: KitState, event: BackendEvent, at: number): KitState {
  switch (event.type) {
    case 'state-resync':
      // What the server says now replaces what it said before, in one step; campaigns come whole with its list.
      return event.events.reduce<KitState>(
        (resynced, snapshotEvent) => applyBackendEvent(resynced, snapshotEvent, at),
        { ...state, agent: null, interaction: null, deskPhone: null },
      );
    case 'agent-state-changed':
      return { ...state, agent: event.agent };
    case 'desk-phone':
      // Kept for the CTI phone service to read (a phone started later still sees the desk phone);
      // the call's truth stays the interaction's call.
      return { ...state, deskPhone: event };
    case 'interaction-updated':
      return applyInteraction(state, event.interaction);
    case 'record-offered':
    case 'dial-plan':
    case 'call-progress':
    case 'dial-refused':
    case 'record-filled':
    case 'record-closed':
      return applyFact(state, event);
    case 'campaigns-snapshot': {
      // The first snapshot of a session catches the agent up on campaigns already running (CAM-1).
      const catchUp = state.session.phase === 'signing-in' ? catchUpNotices(event.campaigns, at, state.noticeSettings) : [];
      return {
        ...state,
        session: { ...state.session, phase: 'ready' },
        campaigns: event.campaigns.reduce(upsertCampaign, { byId: {}, order: [] }),
        notices: catchUp.reduce((queue, notice) => enqueueNotice(queue, notice, at), state.notices),
      };
    }
    case 'campaign-status-changed': {
      const previous = state.campaigns.byId[event.campaign.id]?.status;
      const notice = noticeForChange(previous, event.campaign, event.message, at, state.noticeSettings);
      return {
        ...state,
        campaigns: upsertCampaign(state.campaigns, event.campaign),
        notices: notice ? enqueueNotice(state.notices, notice, at) : state.notices,
      };
    }
    case 'participation-changed':
      return { ...state, campaigns: setReceiving(state.campaigns, event.campaignId, event.receiving) };
    case 'command-accepted':
      return settle(state, event.commandId);
    case 'command-rejected':
      return {
        ...settle(state, event.commandId),
        // A refused login ends the attempt: the list must not wait for a snapshot that never comes.
        session: state.pending[event.commandId]?.type === 'login' ? { ...state.session, phase: 'signed-out' } : state.session,
        lastError: rejection(event),
      };
    case 'error':
      return {
        ...state,
        lastError: { code: 'backend-unavailable', message: event.message, retryable: event.retryable },
      };
  }
}

/**
 * The server's view replaces ours, except the agent's draft, which only the agent changes. A closed
 * interaction leaves the desk; its draft goes too, since what matters of it went out as the outcome.
 */
function applyInteraction(state: KitState, interaction: Interaction): KitState {
  if (interaction.phase !== 'closed') return { ...state, interaction };
  const drafts = without(state.drafts, interaction.id);
  const current = state.interaction?.id === interaction.id ? null : state.interaction;
  return { ...state, interaction: current, lastClosed: interaction, drafts };
}

/** One fact about an interaction (docs/protocol/), folded into the one the desk holds. */
function applyFact(state: KitState, fact: InteractionFact): KitState {
  const held = [state.interaction, state.lastClosed].find((interaction) => interaction?.id === fact.interactionId) ?? undefined;
  const reading = applyInteractionFact(held, fact);
  if (reading.ok) return applyInteraction(state, reading.interaction);
  const expected = held ? 'an interaction still open' : 'an interaction that was offered';
  const error: KitError = {
    code: 'malformed-event',
    field: 'interactionId',
    retryable: false,
    message: `The server sent ${reading.message}. It was ignored; what is shown is the last good state.`,
    detail: { code: 'malformed-event', params: { event: fact.type, field: 'interactionId', expected, received: fact.interactionId } },
  };
  return { ...state, lastError: error };
}

/** Unloaded campaigns leave the model entirely: nothing may be sent for them any more. */
function upsertCampaign(campaigns: Campaigns, data: CampaignData): Campaigns {
  const known = data.id in campaigns.byId;
  if (data.status === 'unloaded') {
    if (!known) return campaigns;
    const byId = without(campaigns.byId, data.id);
    return { byId, order: campaigns.order.filter((id) => id !== data.id) };
  }
  const campaign: Campaign = { ...data };
  return {
    byId: { ...campaigns.byId, [data.id]: campaign },
    order: known ? campaigns.order : [...campaigns.order, data.id],
  };
}

function setReceiving(campaigns: Campaigns, campaignId: string, receiving: boolean): Campaigns {
  const campaign = campaigns.byId[campaignId];
  if (!campaign || campaign.receiving === receiving) return campaigns;
  return { ...campaigns, byId: { ...campaigns.byId, [campaignId]: { ...campaign, receiving } } };
}

function settle(state: KitState, commandId: string): KitState {
  if (!(commandId in state.pending)) return state;
  return { ...state, pending: without(state.pending, commandId) };
}

/** A server's refusal: worded by the kit when it knows the code and its parameters, else as sent. */
function rejection(event: CommandRejectedEvent): KitError {
  const refusal = event.params ? readRefusal(event.code, event.params) : null;
  return {
    code: 'command-rejected',
    message: event.message,
    retryable: event.retryable,
    commandId: event.commandId,
    ...(refusal ? { refusal } : {}),
  };
}

/**
 * A copy of a record without one key. Copied key by key: rest destructuring with a computed key
 * takes V8's slow path, which made a burst of answers (a reconnect's resent commands) quadratic
 * in practice (bench 8).
 */
function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy: Record<string, V> = {};
  for (const id in record) if (id !== key) copy[id] = record[id];
  return copy;
}
