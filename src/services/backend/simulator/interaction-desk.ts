import type { BackendEvent, InteractionActionCommand, PhoneCallEndedCommand } from '../../ports/backend/contract.js';
import type { DialingMode } from '../../domain/campaign/campaign.js';
import { defaultDeliveryPolicy, defaultOutcomeSchema, type DeliveryPolicy, type OutcomeSchema } from '../../domain/campaign/campaign-policy.js';
import type { Countdown } from '../../domain/interaction/countdown.js';
import { resolveDialValidation } from '../../domain/numbers/dial-validation.js';
import {
  deliverInteraction,
  selectedNumber,
  step,
  type Happening,
  type Interaction,
  type InteractionInput,
} from '../../domain/interaction/interaction.js';
import { emptyOutcomeDraft, type Outcome, type OutcomeDraft } from '../../domain/interaction/outcome.js';
import type { OutboundRecord } from '../../domain/campaign/record.js';
import { refuseKit } from '../../domain/refusals/kit-refusals.js';
import { refuse } from '../../domain/refusals/engine-refusals.js';
import type { Refusal } from '../../domain/refusals/refusals.js';
import { refuseAsServer } from '../../domain/refusals/server-refusals.js';
import type { Clock, TimerHandle } from '../../ports/clock.js';
import type { CallingLists } from './calling-list.js';
import type { SeededRandom } from './random.js';
import { deskPhoneChange, deskPhoneState } from './desk-phone.js';
import type { CallTimings, ContactOdds } from './scenario.js';

/** What the desk needs from the simulated server around it. */
export interface DeskServer {
  readonly clock: Clock;
  readonly random: SeededRandom;
  readonly timings: CallTimings;
  readonly latencyMs: number;
  readonly lists: CallingLists;
  readonly dncList: Set<string>;
  readonly dncServiceAvailable: boolean;
  oddsFor(record: OutboundRecord): ContactOdds;
  emit(events: readonly BackendEvent[]): void;
  /** The call ended: the agent goes into after-call work. */
  callEnded(): BackendEvent[];
  /** The interaction closed; the server may deliver the next record. */
  closed(interaction: Interaction, outcome: Outcome | null): BackendEvent[];
}

export interface DeliverySettings {
  readonly mode: DialingMode;
  readonly policy: DeliveryPolicy;
  readonly schema: OutcomeSchema;
}

type Rejection = Refusal;

/**
 * The one interaction an agent works at a time, as the server runs it: every change goes through
 * the domain's `step`, so the server refuses exactly what the kit refuses; the desk adds what only
 * a server knows: the clock's deadlines, the contact's answer, the DNC list.
 */
export class InteractionDesk {
  private active: Interaction | null = null;
  /** The interactions closed so far, most recent last, so a second outcome for one is refused. */
  private readonly closedIds = new Set<string>();
  /** The real record of an ASM call, shown only once the contact is connected. */
  private hiddenRecord: OutboundRecord | null = null;
  private readonly timers = new Map<string, TimerHandle>();
  private interactionCount = 0;
  /** Interaction ids are unique across simulator instances, as a real server's are across sessions. */
  private readonly instance = Math.random().toString(36).slice(2, 8);
  private callCount = 0;

  constructor(private readonly server: DeskServer) {}

  get current(): Interaction | null {
    return this.active;
  }

  /** Delivers a record: offered, or opened in the preview; returns the events to send. */
  deliver(record: OutboundRecord, campaignId: string, settings: DeliverySettings): BackendEvent[] {
    const now = this.server.clock.now();
    this.interactionCount += 1;
    const asm = settings.policy.asm && (settings.mode === 'progressive' || settings.mode === 'predictive');
    this.hiddenRecord = asm ? record : null;
    const shown = asm ? emptyRecord(record) : record;
    this.active = deliverInteraction(
      { id: `int-${this.instance}-${this.interactionCount}`, campaignId, mode: settings.mode, policy: settings.policy, schema: settings.schema, record: shown },
      now,
    );
    this.armDeadlines();
    return [{ type: 'interaction-updated', interaction: this.active }, ...phoneChange(null, this.active)];
  }

  /** An agent action arriving from the kit. */
  act(command: InteractionActionCommand): { events: BackendEvent[] } | { rejection: Rejection } {
    if (!this.active || this.active.id !== command.interactionId) {
      return { rejection: refuseAsServer('record-gone', {}) };
    }
    return this.apply(command.action, command.draft ?? emptyOutcomeDraft);
  }

  /** An outcome: saves the agent's entries, and closes the record when it says Done. */
  submit(outcome: Outcome): { events: BackendEvent[] } | { rejection: Rejection } {
    if (!this.active || this.active.id !== outcome.interactionId) {
      // A retry of the outcome that closed it never gets here (its answer is replayed by command id):
      // this is another outcome for a closed record, refused so it is not mistaken for delivered.
      if (this.closedIds.has(outcome.interactionId)) return { rejection: refuse('record-closed', {}) };
      // An interaction this server never knew (the page's simulator was reloaded): nothing to apply.
      return { events: [] };
    }
    if (outcome.close === 'none') return { events: [] };
    return this.apply({ type: 'mark-done', close: outcome.close }, outcome, outcome);
  }

  /** The agent's phone ended the call (only it could know): the call ends so; an ended call stays. */
  phoneCallEnded(command: PhoneCallEndedCommand): { events: BackendEvent[] } | { rejection: Rejection } {
    if (!this.active || this.active.id !== command.interactionId) {
      return { rejection: refuseAsServer('record-gone', {}) };
    }
    const status = this.active.call?.status;
    if (!status || status === 'ended') return { events: [] };
    this.cancel('dial');
    return this.apply({ type: 'call-ended', by: command.by, reason: command.reason }, emptyOutcomeDraft);
  }

  /** The contact picks up the agent's call now, instead of after the odds' ring time. */
  contactPicksUp(): boolean {
    if (this.active?.call?.status !== 'dialing') return false;
    this.cancel('dial');
    this.happen({ type: 'call-progress', status: 'connected' });
    this.contactMayHangUp();
    return true;
  }

  /** The contact hangs up now. */
  contactHangsUp(): boolean {
    const status = this.active?.call?.status;
    if (!status || status === 'ended') return false;
    this.cancel('dial');
    this.happen({ type: 'call-ended', by: 'contact', reason: 'hang-up' });
    return true;
  }

  /** The desk phone's state now, as an event (none when idle). */
  deskPhoneNow(): BackendEvent[] {
    return deskPhoneState(this.active) === 'idle' ? [] : phoneChange(null, this.active);
  }

  dispose(): void {
    this.timers.forEach((timer) => this.server.clock.clearTimer(timer));
    this.timers.clear();
  }

  private apply(input: InteractionInput, draft: OutcomeDraft, outcome: Outcome | null = null): { events: BackendEvent[] } | { rejection: Rejection } {
    const before = this.active;
    if (!before) return { rejection: refuseKit('no-record', {}) };
    const result = step(before, input, { now: this.server.clock.now(), draft, newCallId: () => `call-${++this.callCount}` });
    if (!result.ok) return { rejection: result.refusal };
    this.active = result.interaction;
    const events: BackendEvent[] = [
      { type: 'interaction-updated', interaction: result.interaction },
      ...phoneChange(before, result.interaction),
    ];
    events.push(...this.followUp(before, result.interaction, input, outcome));
    return { events };
  }

  /** Applies what happens by itself (the contact answers, a deadline passes) and sends it at once. */
  private happen(happening: Happening): void {
    const applied = this.apply(happening, emptyOutcomeDraft);
    if ('events' in applied) this.server.emit(applied.events);
  }

  private followUp(before: Interaction, after: Interaction, input: InteractionInput, outcome: Outcome | null): BackendEvent[] {
    const events: BackendEvent[] = [];
    this.armDeadlines();
    const startedCall = after.call && after.call.id !== before.call?.id;
    if (startedCall && after.phase === 'dialing') events.push(...this.placeCall(after));
    if (startedCall && after.phase === 'in-call') this.joinDialledCall(after);
    if (input.type === 'transfer') this.later('transfer', this.server.timings.connectMs, () => this.happen({ type: 'transfer-completed' }));
    const callJustEnded = before.call?.status !== 'ended' && after.call?.status === 'ended';
    if (callJustEnded) {
      this.cancel('contact-hangs-up');
      if (after.phase === 'wrap-up') events.push(...this.server.callEnded());
    }
    if (after.phase === 'closed') {
      this.closedIds.add(after.id);
      if (this.closedIds.size > 1000) this.closedIds.delete(this.closedIds.values().next().value ?? '');
      this.returnRecord(after);
      this.active = null;
      this.hiddenRecord = null;
      this.dispose();
      events.push(...this.server.closed(after, outcome));
    }
    return events;
  }

  /** Deadlines the server keeps: the offer's, and the timed auto-dial's (paused while typing). */
  private armDeadlines(): void {
    const interaction = this.active;
    this.arm('offer', interaction?.phase === 'offered' ? interaction.offer?.countdown : null, { type: 'offer-expired' });
    this.arm('auto-dial', interaction?.phase === 'previewing' ? interaction.autoDial : null, { type: 'auto-dial-due' });
  }

  private arm(name: string, countdown: Countdown | null | undefined, happening: Happening): void {
    this.cancel(name);
    if (countdown?.state !== 'running') return;
    this.later(name, Math.max(0, countdown.deadline - this.server.clock.now()), () => this.happen(happening), true);
  }

  /**
   * Pre-dial validation, then the contact's answer by the odds (DNC-1, CALL-1). The check comes
   * before the dial: a refused number goes back to the preview in the same reply, so the agent is
   * never told it is being dialled (the refusal's events are returned to be sent with the reply).
   */
  private placeCall(interaction: Interaction): BackendEvent[] {
    const number = interaction.call?.number ?? '';
    const failure = !this.server.dncServiceAvailable ? 'service-unavailable' : this.server.dncList.has(number) ? 'on-dnc-list' : null;
    if (failure) {
      const chosen = selectedNumber(interaction);
      const tried = chosen && chosen.e164 === number ? { numberId: chosen.id } : { e164: number };
      const outcome = resolveDialValidation(failure, interaction.record.numbers, tried, {
        now: this.server.clock.now(),
        timeZone: interaction.record.timeZone,
      });
      const nextNumberId = outcome.next.kind === 'next-number' ? outcome.next.numberId : null;
      const refused = this.apply({ type: 'dial-refused', message: outcome.message, detail: outcome.notice, nextNumberId }, emptyOutcomeDraft);
      return 'events' in refused ? refused.events : [];
    }
    const answer = this.server.random.pick(this.server.oddsFor(interaction.record));
    this.later('dial', this.server.timings.ringMs, () => {
      if (answer !== 'answer') {
        const reason = answer === 'busy' ? 'busy' : answer === 'noAnswer' ? 'no-answer' : 'answering-machine';
        this.happen({ type: 'call-ended', by: 'system', reason });
        return;
      }
      this.happen({ type: 'call-progress', status: 'connected' });
      this.contactMayHangUp();
    });
    return [];
  }

  /** Dialer modes: the contact is on the line; ASM and assured connection connect a moment later. */
  private joinDialledCall(interaction: Interaction): void {
    const status = interaction.call?.status;
    if (status === 'connected') {
      this.contactMayHangUp();
      return;
    }
    this.later('connect', this.server.timings.connectMs, () => {
      this.happen({ type: 'call-progress', status: 'connected' });
      if (this.hiddenRecord) this.happen({ type: 'record-filled', record: this.hiddenRecord });
      this.contactMayHangUp();
    });
  }

  private contactMayHangUp(): void {
    const talkMs = this.server.timings.talkMs;
    if (talkMs === null) return;
    this.later('contact-hangs-up', talkMs, () => this.happen({ type: 'call-ended', by: 'contact', reason: 'hang-up' }));
  }

  private returnRecord(closed: Interaction): void {
    const record = this.hiddenRecord ?? closed.record;
    switch (closed.closed?.reason) {
      case 'rejected':
      case 'timed-out':
        // Back to the top of the calling list (DEL-2, DEL-4).
        this.server.lists.putBack(record, 'top');
        break;
      case 'declined-later':
        this.server.lists.putBack(record, 'end');
        break;
      default:
        break;
    }
  }

  /** Runs `action` after `delayMs`, plus the network's latency unless it is a deadline. */
  private later(name: string, delayMs: number, action: () => void, deadline = false): void {
    this.cancel(name);
    const timer = this.server.clock.setTimer(() => {
      this.timers.delete(name);
      action();
    }, delayMs + (deadline ? 0 : this.server.latencyMs));
    this.timers.set(name, timer);
  }

  private cancel(name: string): void {
    const timer = this.timers.get(name);
    if (timer) this.server.clock.clearTimer(timer);
    this.timers.delete(name);
  }
}

function phoneChange(before: Interaction | null, after: Interaction | null): BackendEvent[] {
  const change = deskPhoneChange(before, after);
  return change ? [change] : [];
}

/** What an ASM agent sees until the contact connects (DEL-5). */
function emptyRecord(record: OutboundRecord): OutboundRecord {
  return { ...record, contactName: '', caseFields: [], fields: [], numbers: [], filled: false };
}

export function settingsFor(mode: DialingMode, policy?: Partial<DeliveryPolicy>, schema?: Partial<OutcomeSchema>): DeliverySettings {
  return {
    mode,
    policy: { ...defaultDeliveryPolicy, ...policy },
    schema: { ...defaultOutcomeSchema, ...schema },
  };
}
