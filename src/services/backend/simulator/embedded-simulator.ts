import { Subject, type Observable } from 'rxjs';
import {
  afterCallWork,
  initialAgentState,
  mayReceive,
  requestLogout,
  setChannelStatus,
  setImLogin,
  workDone,
  authorizeLogout,
  cancelLogout,
  completeLogout,
  deliveringChannel,
  loggedOutRefusal,
  type AgentState,
} from '../../domain/agent/agent.js';
import { DIALING_MODES, hasParticipationToggle, isListedInMyCampaigns, type CampaignStatus } from '../../domain/campaign/campaign.js';
import { allDispositionCodes } from '../../domain/campaign/campaign-policy.js';
import type { Interaction } from '../../domain/interaction/interaction.js';
import type { Outcome } from '../../domain/interaction/outcome.js';
import type { OutboundRecord } from '../../domain/campaign/record.js';
import { refuseKit } from '../../domain/refusals/kit-refusals.js';
import { wireParams, type Refusal, type RefusalParams } from '../../domain/refusals/refusals.js';
import { refuseAsServer } from '../../domain/refusals/server-refusals.js';
import type {
  BackendAdapter,
  BackendCapabilities,
  BackendCommand,
  BackendEvent,
  CampaignData,
} from '../../ports/backend/contract.js';
import { CallingLists } from './calling-list.js';
import { systemClock, type Clock, type TimerHandle } from '../../ports/clock.js';
import { InteractionDesk, settingsFor, type DeskServer } from './interaction-desk.js';
import { SeededRandom } from './random.js';
import type { CallTimings, ContactOdds, ScheduledStep, SimulatedCampaign, SimulatorScenario } from './scenario.js';

interface SimulatorOptions {
  readonly clock?: Clock;
  /**
   * What several agents' simulators share on one server (the reference server's): the calling
   * lists, so a record goes to one agent only, and the Do-Not-Call list. Each agent's own by default.
   */
  readonly shared?: SharedCampaignData;
}

/** The campaign data a server holds once for all its agents. */
export interface SharedCampaignData {
  readonly lists: CallingLists;
  readonly doNotCall: Set<string>;
}

/** One server's shared calling lists and Do-Not-Call list for a scenario. */
export function sharedCampaignData(scenario: SimulatorScenario): SharedCampaignData {
  return { lists: new CallingLists(scenario.campaigns, new SeededRandom(scenario.seed ?? 1)), doNotCall: new Set(scenario.dncList ?? []) };
}

type Reply = readonly BackendEvent[];

interface CampaignState extends Omit<SimulatedCampaign, 'status'> {
  status: CampaignStatus;
  receiving: boolean;
  /** Done and Stop: no more pushed records until Get Record. */
  stopped: boolean;
}

const DEFAULT_TIMINGS: CallTimings = {
  ringMs: 4000,
  talkMs: null,
  connectMs: 3000,
  pacingMs: 2000,
  logoutNegotiationMs: 8000,
};

const DEFAULT_ODDS: ContactOdds = { answer: 6, busy: 1, noAnswer: 2, answeringMachine: 1 };

/**
 * An outbound campaign server that runs in the page. It loads, starts, stops and unloads campaigns on
 * the scenario's schedule; delivers records in all five dialing modes; places calls whose contacts
 * answer, are busy, do not answer or reach an answering machine by seeded odds; checks the DNC list
 * before dialling; keeps the agent's channels, after-call work and negotiated logout; and brings
 * scheduled callbacks back at their time. It is the default back end, so the kit works with no
 * server at all; driven by a manual clock, tests run hours of campaign time in milliseconds.
 */
export class EmbeddedSimulator implements BackendAdapter {
  readonly capabilities: BackendCapabilities = {
    dialingModes: DIALING_MODES,
    participationToggle: true,
    negotiatedLogout: true,
  };

  private readonly out = new Subject<unknown>();
  private readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly timings: CallTimings;
  private readonly odds: ContactOdds;
  private readonly random: SeededRandom;
  private readonly campaigns = new Map<string, CampaignState>();
  private readonly lists: CallingLists;
  private readonly desk: InteractionDesk;
  private readonly dncList: Set<string>;
  private readonly timers = new Set<TimerHandle>();
  /** The pending logout's authorization, until it arrives or the agent cancels the request (AGT-2). */
  private logoutTimer: TimerHandle | undefined;
  private readonly replies = new Map<string, Reply>();
  private readonly log: BackendCommand[] = [];
  private readonly outcomes: Outcome[] = [];
  private agentId: string | null = null;
  private agent: AgentState = initialAgentState;
  private deliveryPending = false;
  private deliveries = 0;
  private disposed = false;

  constructor(scenario: SimulatorScenario, options: SimulatorOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.latencyMs = scenario.latencyMs ?? 0;
    this.timings = { ...DEFAULT_TIMINGS, ...scenario.timings };
    this.odds = { ...DEFAULT_ODDS, ...scenario.odds };
    this.random = new SeededRandom(scenario.seed ?? 1);
    this.dncList = options.shared?.doNotCall ?? new Set(scenario.dncList ?? []);
    for (const campaign of scenario.campaigns) {
      this.campaigns.set(campaign.id, { ...campaign, receiving: false, stopped: false });
    }
    this.lists = options.shared?.lists ?? new CallingLists(scenario.campaigns, this.random);
    this.desk = new InteractionDesk(this.deskServer(scenario.dncServiceAvailable ?? true));
    for (const step of scenario.schedule ?? []) this.later(step.atMs, () => this.run(step));
  }

  get events(): Observable<unknown> {
    return this.out.asObservable();
  }

  /** Every command received, in order: what the server was asked to do. */
  get receivedCommands(): readonly BackendCommand[] {
    return this.log;
  }

  /** Outcomes applied, each once, however often its command was retried. */
  get appliedOutcomes(): readonly Outcome[] {
    return this.outcomes;
  }

  /** The interaction the agent is working, as the server sees it. */
  get currentInteraction(): Interaction | null {
    return this.desk.current;
  }

  /** Numbers on the Do-Not-Call list, including those added by outcomes. */
  get doNotCall(): ReadonlySet<string> {
    return this.dncList;
  }

  /** The contact picks up the call ringing at their end (tests and stories play the contact). */
  contactPicksUp(): boolean {
    return this.desk.contactPicksUp();
  }

  /** The contact hangs up the call, whatever its state. */
  contactHangsUp(): boolean {
    return this.desk.contactHangsUp();
  }

  send(command: BackendCommand): void {
    if (this.disposed) return;
    this.log.push(command);
    // The reply is queued before handling, so it reaches the client before anything the command
    // sets in motion (a dial that fails at once, say), as it would over a real connection.
    let reply: Reply = [];
    this.later(this.latencyMs, () => this.emit(reply));
    // A retried command is not applied again; the client only hears its outcome once more.
    reply = this.replies.get(command.commandId) ?? this.handle(command);
    this.replies.set(command.commandId, reply.filter(isOutcome));
  }

  dispose(): void {
    this.disposed = true;
    this.desk.dispose();
    this.timers.forEach((timer) => this.clock.clearTimer(timer));
    this.timers.clear();
    this.out.complete();
  }

  private handle(command: BackendCommand): Reply {
    const accepted: BackendEvent = { type: 'command-accepted', commandId: command.commandId };
    const reject = (why: Refusal): Reply => [refusal(command.commandId, why)];
    switch (command.type) {
      case 'login':
        this.agentId = command.agentId;
        this.agent = initialAgentState;
        this.stopLogoutTimer();
        this.afterReply(() => this.pump());
        return [
          { type: 'campaigns-snapshot', campaigns: this.visibleCampaigns() },
          this.agentEvent(),
          // A reconnecting agent gets back the record they were working.
          ...(this.desk.current ? [{ type: 'interaction-updated', interaction: this.desk.current } as const] : []),
          // ...and what their desk phone is doing, as a CTI link reports on connect.
          ...this.desk.deskPhoneNow(),
          accepted,
        ];
      case 'get-record':
        return this.getRecord(command.commandId, command.campaignId);
      case 'set-participation':
        return this.setParticipation(command.commandId, command.campaignId, command.receiving);
      case 'set-channel-status': {
        const result = setChannelStatus(this.agent, command.channel, command.status);
        if (!result.ok) return reject(result.refusal);
        this.afterReply(() => this.pump());
        return [this.setAgent(result.agent), accepted];
      }
      case 'set-im-login':
        return [this.setAgent(setImLogin(this.agent, command.loggedIn)), accepted];
      case 'request-logout':
        return this.requestLogout(accepted, reject);
      case 'complete-logout': {
        const result = completeLogout(this.agent, this.clock.now());
        if (!result.ok) return reject(result.refusal);
        return [this.setAgent(result.agent), accepted];
      }
      case 'cancel-logout': {
        const result = cancelLogout(this.agent);
        if (!result.ok) return reject(result.refusal);
        // The request is forgotten: its authorization must not arrive later, nor authorize a new one early.
        this.stopLogoutTimer();
        this.afterReply(() => this.pump());
        return [this.setAgent(result.agent), accepted];
      }
      case 'interaction-action': {
        const result = this.desk.act(command);
        return 'rejection' in result ? reject(result.rejection) : [...result.events, accepted];
      }
      case 'phone-call-ended': {
        const result = this.desk.phoneCallEnded(command);
        return 'rejection' in result ? reject(result.rejection) : [...result.events, accepted];
      }
      case 'submit-outcome': {
        const result = this.desk.submit(command.outcome);
        if ('rejection' in result) return reject(result.rejection);
        this.outcomes.push(command.outcome);
        return [...result.events, accepted];
      }
    }
  }

  private getRecord(commandId: string, campaignId: string): Reply {
    const loggedOut = loggedOutRefusal(this.agent);
    if (loggedOut) return [refusal(commandId, loggedOut)];
    const campaign = this.assigned(campaignId);
    if (!campaign || !isListedInMyCampaigns(this.toData(campaign))) {
      return [this.rejection(commandId, campaign, 'no-record')];
    }
    const accepted: BackendEvent = { type: 'command-accepted', commandId };
    const wasStopped = campaign.stopped && deliveringChannel(campaign.dialingMode) !== null;
    campaign.stopped = false;
    if (campaign.dialingMode === 'preview') {
      if (this.desk.current) {
        return [refusal(commandId, refuseAsServer('record-in-progress', {}))];
      }
      const record = this.lists.next(campaign.id, this.agentId ?? undefined);
      if (!record) {
        return [refusal(commandId, refuseAsServer('list-exhausted', { campaign: campaign.name }))];
      }
      return [...this.desk.deliver(record, campaign.id, this.settingsOf(campaign)), accepted];
    }
    this.afterReply(() => this.pump());
    if (hasParticipationToggle(this.toData(campaign)) && !campaign.receiving) {
      campaign.receiving = true;
      return [{ type: 'participation-changed', campaignId, receiving: true }, accepted];
    }
    // An automatic campaign stopped by Done and Stop takes the agent back (cleared above).
    if (wasStopped) return [{ type: 'participation-changed', campaignId, receiving: true }, accepted];
    return [accepted];
  }

  private setParticipation(commandId: string, campaignId: string, receiving: boolean): Reply {
    const loggedOut = receiving ? loggedOutRefusal(this.agent) : null;
    if (loggedOut) return [refusal(commandId, loggedOut)];
    const campaign = this.assigned(campaignId);
    if (!campaign || !isListedInMyCampaigns(this.toData(campaign))) {
      return [this.rejection(commandId, campaign, 'no-participation-change')];
    }
    if (!hasParticipationToggle(this.toData(campaign))) {
      return [refusal(commandId, refuseKit('follows-ready', { campaign: campaign.name }))];
    }
    campaign.receiving = receiving;
    this.afterReply(() => this.pump());
    return [
      { type: 'participation-changed', campaignId, receiving },
      { type: 'command-accepted', commandId },
    ];
  }

  private requestLogout(accepted: BackendEvent, reject: (why: Refusal) => Reply): Reply {
    const current = this.desk.current;
    const result = requestLogout(this.agent, {
      now: this.clock.now(),
      busy: current !== null && current.phase !== 'offered',
      engaging: current?.call?.status === 'engaging',
      // The dialer may have picked an agent who is Ready for a call now on its way.
      reservedForMs: current?.phase === 'offered' || this.agent.channels.voice === 'ready' ? this.timings.logoutNegotiationMs : 0,
    });
    if (!result.ok) return reject(result.refusal);
    if (result.agent.logout.phase === 'pending' && this.logoutTimer === undefined) {
      const timer = this.clock.setTimer(() => {
        this.timers.delete(timer);
        this.logoutTimer = undefined;
        this.emit([this.setAgent(authorizeLogout(this.agent, this.clock.now()))]);
      }, this.timings.logoutNegotiationMs);
      this.timers.add(timer);
      this.logoutTimer = timer;
    }
    return [this.setAgent(result.agent), accepted];
  }

  /** Pushes the next record when the agent can take one (DEL-2..5): one delivery at a time. */
  private pump(): void {
    if (this.deliveryPending || this.disposed || this.agentId === null || this.desk.current) return;
    // Campaigns take turns, so every campaign the agent can serve gets records.
    const campaigns = [...this.campaigns.values()];
    const turn = this.deliveries % Math.max(1, campaigns.length);
    const campaign = [...campaigns.slice(turn), ...campaigns.slice(0, turn)].find((candidate) => this.pushesTo(candidate));
    if (!campaign) return;
    this.deliveries += 1;
    this.deliveryPending = true;
    this.later(this.timings.pacingMs, () => {
      this.deliveryPending = false;
      if (this.desk.current || !this.pushesTo(campaign)) return this.pump();
      const record = this.lists.next(campaign.id, this.agentId ?? undefined);
      if (!record) return;
      if ((campaign.dialingMode === 'progressive' || campaign.dialingMode === 'predictive') && !this.contactAnswers(record)) {
        // The dialer's failed attempts never reach the agent.
        return this.pump();
      }
      this.emit(this.desk.deliver(record, campaign.id, this.settingsOf(campaign)));
    });
  }

  private pushesTo(campaign: CampaignState): boolean {
    const data = this.toData(campaign);
    if (!this.isMember(campaign) || !isListedInMyCampaigns(data) || campaign.dialingMode === 'preview') return false;
    if (campaign.stopped || !mayReceive(this.agent, campaign.dialingMode)) return false;
    if (hasParticipationToggle(data) && !campaign.receiving) return false;
    return this.lists.size(campaign.id, this.agentId ?? undefined) > 0;
  }

  private contactAnswers(record: OutboundRecord): boolean {
    return this.random.pick(this.oddsFor(record)) === 'answer';
  }

  private oddsFor(record: OutboundRecord): ContactOdds {
    return { ...this.odds, ...this.lists.contactOf(record)?.odds };
  }

  private deskServer(dncServiceAvailable: boolean): DeskServer {
    return {
      clock: this.clock,
      random: this.random,
      timings: this.timings,
      latencyMs: this.latencyMs,
      lists: this.lists,
      dncList: this.dncList,
      dncServiceAvailable,
      oddsFor: (record) => this.oddsFor(record),
      emit: (events) => this.emit(events),
      callEnded: () => [this.setAgent(afterCallWork(this.agent))],
      closed: (interaction, outcome) => this.interactionClosed(interaction, outcome),
    };
  }

  /** What closing a record changes on the server: the agent, the lists, DNC, callbacks. */
  private interactionClosed(interaction: Interaction, outcome: Outcome | null): BackendEvent[] {
    const events: BackendEvent[] = [];
    const campaign = this.campaigns.get(interaction.campaignId);
    let agent = workDone(this.agent, interaction.schema.readyAfterWork);
    if (interaction.closed?.setNotReady) {
      const channel = interaction.mode === 'push-preview' ? 'outbound-preview' : 'voice';
      agent = { ...agent, channels: { ...agent.channels, [channel]: 'not-ready' } };
    }
    if (agent !== this.agent) events.push(this.setAgent(agent));
    if (outcome?.dnc && interaction.call?.number) this.dncList.add(interaction.call.number);
    const effects = outcome ? dispositionEffects(interaction, outcome) : new Set<string>();
    if (effects.has('number-uncallable') && interaction.call?.number) this.lists.blockNumber(interaction.call.number);
    if (outcome?.callback && !effects.has('contact-uncallable')) this.scheduleCallback(interaction, outcome);
    if (outcome?.close === 'done-and-stop' && campaign) {
      const before = this.toData(campaign).receiving;
      campaign.stopped = true;
      campaign.receiving = false;
      if (before) events.push({ type: 'participation-changed', campaignId: campaign.id, receiving: false });
    }
    this.afterReply(() => this.pump());
    return events;
  }

  /** A scheduled callback comes back as a record of its campaign at its time (CB-1, PRV-1). */
  private scheduleCallback(interaction: Interaction, outcome: Outcome): void {
    const callback = outcome.callback;
    const contact = this.lists.contactOf(interaction.record);
    if (!callback || !contact) return;
    const target = callback.target;
    const numbers =
      target.kind === 'new-number'
        ? [{ id: 'callback', e164: target.e164, type: target.type, ...(target.window ? { window: target.window } : {}) }, ...contact.numbers]
        : [...contact.numbers].sort((a, b) => Number(b.id === target.numberId) - Number(a.id === target.numberId));
    this.later(Math.max(0, callback.at - this.clock.now()), () => {
      this.lists.putCallback(interaction.campaignId, { ...contact, numbers }, callback.personal, this.agentId ?? undefined);
      this.pump();
    });
  }

  private rejection(
    commandId: string,
    campaign: SimulatedCampaign | undefined,
    consequence: RefusalParams['campaign-not-active']['consequence'],
  ): BackendEvent {
    const why = campaign ? refuseAsServer('campaign-not-active', { campaign: campaign.name, consequence }) : refuseAsServer('not-assigned', { consequence });
    return refusal(commandId, why);
  }

  private run(step: ScheduledStep): void {
    if ('rawEvent' in step) {
      this.emit([step.rawEvent as BackendEvent]);
      return;
    }
    const campaign = this.campaigns.get(step.campaignId);
    if (!campaign) return;
    campaign.status = step.status;
    // Leaving the active states ends Direct Push-Preview participation; a restart starts it afresh.
    campaign.receiving = campaign.receiving && isListedInMyCampaigns(this.toData(campaign));
    if (this.agentId !== null && this.isMember(campaign)) {
      this.emit([{ type: 'campaign-status-changed', campaign: this.toData(campaign), message: noticeText(campaign) }]);
    }
    this.pump();
  }

  private settingsOf(campaign: CampaignState) {
    return settingsFor(campaign.dialingMode, campaign.policy, campaign.outcomes);
  }

  private setAgent(agent: AgentState): BackendEvent {
    this.agent = agent;
    return this.agentEvent();
  }

  private agentEvent(): BackendEvent {
    return { type: 'agent-state-changed', agent: this.agent };
  }

  private assigned(campaignId: string): CampaignState | undefined {
    const campaign = this.campaigns.get(campaignId);
    return campaign && this.isMember(campaign) ? campaign : undefined;
  }

  private isMember(campaign: SimulatedCampaign): boolean {
    return !campaign.members || (this.agentId !== null && campaign.members.includes(this.agentId));
  }

  private visibleCampaigns(): CampaignData[] {
    return [...this.campaigns.values()]
      .filter((campaign) => this.isMember(campaign) && campaign.status !== 'unloaded')
      .map((campaign) => this.toData(campaign));
  }

  private toData(campaign: CampaignState): CampaignData {
    return {
      id: campaign.id,
      name: campaign.name,
      description: campaign.description ?? '',
      status: campaign.status,
      dialingMode: campaign.dialingMode,
      // Automatic campaigns take the agent part until Done and Stop (then Get Record resumes them).
      receiving: deliveringChannel(campaign.dialingMode) !== null ? !campaign.stopped : campaign.receiving,
    };
  }

  /** Work that must follow the reply now being sent (for example the next delivery). */
  private afterReply(action: () => void): void {
    this.later(this.latencyMs, action);
  }

  private stopLogoutTimer(): void {
    if (this.logoutTimer === undefined) return;
    this.clock.clearTimer(this.logoutTimer);
    this.timers.delete(this.logoutTimer);
    this.logoutTimer = undefined;
  }

  private later(delayMs: number, action: () => void): void {
    const timer = this.clock.setTimer(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    this.timers.add(timer);
  }

  private emit(events: readonly BackendEvent[]): void {
    if (this.disposed) return;
    for (const event of events) this.out.next(event);
  }
}

/** What the chosen disposition codes do to the contact and their numbers. */
function dispositionEffects(interaction: Interaction, outcome: Outcome): Set<string> {
  const chosen = allDispositionCodes(interaction.schema.dispositionCodes).filter((code) =>
    outcome.dispositionCodeIds.includes(code.id),
  );
  return new Set(chosen.flatMap((code) => code.effects ?? []));
}

/** A refusal on the wire: its code and parameters, for the kit to word, and its English sentence. */
function refusal(commandId: string, refused: Refusal): BackendEvent {
  return { type: 'command-rejected', commandId, code: refused.code, params: wireParams(refused), message: refused.message, retryable: false };
}

function isOutcome(event: BackendEvent): boolean {
  return event.type === 'command-accepted' || event.type === 'command-rejected';
}

function noticeText(campaign: CampaignState): string {
  switch (campaign.status) {
    case 'loaded':
      return `Campaign ${campaign.name} has been loaded. You are assigned to it.`;
    case 'started':
      return `Campaign ${campaign.name} has started.`;
    case 'running':
      return `Campaign ${campaign.name} is running.`;
    case 'stopped':
      return `Campaign ${campaign.name} has stopped. No more records will be delivered.`;
    case 'unloaded':
      return `Campaign ${campaign.name} has been unloaded.`;
  }
}
