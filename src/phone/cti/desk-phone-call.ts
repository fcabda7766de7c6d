import type { DeskPhoneEvent } from '../../services/ports/backend/contract.js';
import type { Call, CallEndReason } from '../../services/domain/interaction/call.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { PhoneCall, PhoneEndReason } from '../../services/ports/phone.js';

/** What the server says about the interaction the desk phone's call belongs to. */
export interface EngineView {
  readonly interaction: Interaction | null;
  readonly lastClosed: Interaction | null;
}

/**
 * The desk phone's call after a CTI event (PH-3), as the phone port shows calls. Pure.
 *
 * A desk phone has one line, so a live call stays the same call whatever id the server gives it (a
 * ringing dialer call is named by its interaction until it has a call id). Who ended a call and why
 * come from the engine's call, which ended just before the phone went idle.
 */
export function nextDeskPhoneCall(previous: PhoneCall | null, event: DeskPhoneEvent, engine: EngineView, now: number): PhoneCall | null {
  const live = previous && previous.status !== 'ended' ? previous : null;
  if (event.state === 'idle') return live ? { ...live, status: 'ended', ended: endOf(live, event, engine) } : previous;
  const engineCall = engine.interaction?.call ?? null;
  const call: PhoneCall = live ?? {
    id: event.callId ?? `desk-${now}`,
    direction: event.state === 'dialing' || !isDialerMode(engine.interaction) ? 'outgoing' : 'incoming',
    remote: remoteOf(engine.interaction),
    status: 'ringing',
    muted: false,
    connectedAt: null,
    ended: null,
  };
  switch (event.state) {
    case 'ringing':
      return { ...call, status: 'ringing' };
    case 'dialing':
      return { ...call, status: 'dialing' };
    case 'talking':
    case 'held':
      return {
        ...call,
        remote: call.remote || remoteOf(engine.interaction),
        status: event.state === 'talking' ? 'connected' : 'held',
        connectedAt: call.connectedAt ?? engineCall?.connectedAt ?? now,
      };
  }
}

function endOf(call: PhoneCall, event: DeskPhoneEvent, engine: EngineView): NonNullable<PhoneCall['ended']> {
  const ended = endedCall(engine);
  if (ended?.ended) return { by: event.endedBy ?? ended.ended.by, reason: phoneReason(ended.ended.reason) };
  // No engine call: a ringing dialer call the agent rejected, or whose time ran out.
  const closed = engine.lastClosed?.closed?.reason;
  if (closed === 'rejected') return { by: 'agent', reason: 'rejected' };
  return { by: event.endedBy ?? 'system', reason: call.status === 'ringing' ? 'no-answer' : 'hang-up' };
}

function endedCall(engine: EngineView): Call | null {
  const current = engine.interaction?.call;
  if (current?.status === 'ended') return current;
  const last = engine.lastClosed?.call;
  return last?.status === 'ended' ? last : null;
}

function isDialerMode(interaction: Interaction | null): boolean {
  return interaction?.mode === 'progressive' || interaction?.mode === 'predictive';
}

function remoteOf(interaction: Interaction | null): string {
  if (!interaction) return '';
  // Looked up here rather than with the engine's helper, which loads with the engine's rules.
  const selected = interaction.record.numbers.find((number) => number.id === interaction.selectedNumberId);
  return interaction.call?.number || (selected?.e164 ?? '');
}

/** The phone's words for why the engine's call ended. */
export function phoneReason(reason: CallEndReason): PhoneEndReason {
  switch (reason) {
    case 'hang-up':
    case 'busy':
    case 'no-answer':
    case 'transferred':
      return reason;
    case 'answering-machine':
      return 'no-answer';
    case 'dropped':
      return 'connection-lost';
    case 'fax':
    case 'invalid-number':
      return 'failed';
  }
}
