import { Subject, type Observable } from 'rxjs';
import { DIALING_MODES, hasParticipationToggle, isListedInMyCampaigns } from '../domain/campaign.js';
import type {
  BackendAdapter,
  BackendCapabilities,
  BackendCommand,
  BackendEvent,
  CampaignData,
} from '../backend/contract.js';
import type { Outcome } from '../domain/outcome.js';
import { systemClock, type Clock, type TimerHandle } from './clock.js';
import type { ScheduledStep, SimulatedCampaign, SimulatorScenario } from './scenario.js';

interface SimulatorOptions {
  readonly clock?: Clock;
}

type Reply = readonly BackendEvent[];

/**
 * An outbound campaign server that runs in the page: it loads, starts, stops and unloads campaigns
 * on the scenario's schedule, answers commands after the scenario's latency, and tells the logged-in
 * agent only about the campaigns they belong to. It is the default back end, so the kit works with
 * no server at all.
 */
export class EmbeddedSimulator implements BackendAdapter {
  readonly capabilities: BackendCapabilities = {
    dialingModes: DIALING_MODES,
    participationToggle: true,
    negotiatedLogout: false,
  };

  private readonly out = new Subject<unknown>();
  private readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly campaigns = new Map<string, SimulatedCampaign & { receiving: boolean }>();
  private readonly timers = new Set<TimerHandle>();
  private readonly replies = new Map<string, Reply>();
  private readonly log: BackendCommand[] = [];
  private readonly outcomes: Outcome[] = [];
  private agentId: string | null = null;
  private disposed = false;

  constructor(scenario: SimulatorScenario, options: SimulatorOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.latencyMs = scenario.latencyMs ?? 0;
    for (const campaign of scenario.campaigns) {
      this.campaigns.set(campaign.id, { ...campaign, receiving: false });
    }
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

  send(command: BackendCommand): void {
    if (this.disposed) return;
    this.log.push(command);
    // A retried command is not applied again; the client only hears its outcome once more.
    const reply = this.replies.get(command.commandId) ?? this.handle(command);
    this.replies.set(command.commandId, reply.filter(isOutcome));
    this.later(this.latencyMs, () => reply.forEach((event) => this.emit(event)));
  }

  dispose(): void {
    this.disposed = true;
    this.timers.forEach((timer) => this.clock.clearTimer(timer));
    this.timers.clear();
    this.out.complete();
  }

  private handle(command: BackendCommand): Reply {
    switch (command.type) {
      case 'login':
        this.agentId = command.agentId;
        return [
          { type: 'campaigns-snapshot', campaigns: this.visibleCampaigns() },
          { type: 'command-accepted', commandId: command.commandId },
        ];
      case 'get-record':
        return this.getRecord(command.commandId, command.campaignId);
      case 'set-participation':
        return this.setParticipation(command.commandId, command.campaignId, command.receiving);
      case 'submit-outcome':
        this.outcomes.push(command.outcome);
        return [{ type: 'command-accepted', commandId: command.commandId }];
    }
  }

  private getRecord(commandId: string, campaignId: string): Reply {
    const campaign = this.assigned(campaignId);
    if (!campaign || !isListedInMyCampaigns(this.toData(campaign))) {
      return [this.rejection(commandId, 'campaign-not-active', campaign, 'no record can be delivered')];
    }
    if (hasParticipationToggle(this.toData(campaign)) && !campaign.receiving) {
      campaign.receiving = true;
      return [
        { type: 'participation-changed', campaignId, receiving: true },
        { type: 'command-accepted', commandId },
      ];
    }
    return [{ type: 'command-accepted', commandId }];
  }

  private setParticipation(commandId: string, campaignId: string, receiving: boolean): Reply {
    const campaign = this.assigned(campaignId);
    if (!campaign || !isListedInMyCampaigns(this.toData(campaign))) {
      return [this.rejection(commandId, 'campaign-not-active', campaign, 'participation cannot change')];
    }
    if (!hasParticipationToggle(this.toData(campaign))) {
      return [this.rejection(commandId, 'not-direct-push-preview', campaign, 'it follows your Ready status')];
    }
    campaign.receiving = receiving;
    return [
      { type: 'participation-changed', campaignId, receiving },
      { type: 'command-accepted', commandId },
    ];
  }

  private rejection(
    commandId: string,
    code: string,
    campaign: SimulatedCampaign | undefined,
    consequence: string,
  ): BackendEvent {
    const subject = campaign ? `${campaign.name} is not active or running` : 'You are not assigned to that campaign';
    return { type: 'command-rejected', commandId, code, retryable: false, message: `${subject}, so ${consequence}.` };
  }

  private run(step: ScheduledStep): void {
    if ('rawEvent' in step) {
      this.emit(step.rawEvent);
      return;
    }
    const campaign = this.campaigns.get(step.campaignId);
    if (!campaign) return;
    const updated = { ...campaign, status: step.status };
    // Leaving the active states ends Direct Push-Preview participation; a restart starts it afresh.
    updated.receiving = campaign.receiving && isListedInMyCampaigns(this.toData(updated));
    this.campaigns.set(campaign.id, updated);
    if (this.agentId !== null && this.isMember(updated)) {
      this.emit({ type: 'campaign-status-changed', campaign: this.toData(updated), message: noticeText(updated) });
    }
  }

  private assigned(campaignId: string) {
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

  private toData(campaign: SimulatedCampaign & { receiving: boolean }): CampaignData {
    return {
      id: campaign.id,
      name: campaign.name,
      description: campaign.description ?? '',
      status: campaign.status,
      dialingMode: campaign.dialingMode,
      receiving: campaign.receiving,
    };
  }

  private later(delayMs: number, action: () => void): void {
    const timer = this.clock.setTimer(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    this.timers.add(timer);
  }

  private emit(event: unknown): void {
    if (!this.disposed) this.out.next(event);
  }
}

function isOutcome(event: BackendEvent): boolean {
  return event.type === 'command-accepted' || event.type === 'command-rejected';
}

function noticeText(campaign: SimulatedCampaign): string {
  switch (campaign.status) {
    case 'loaded':
      return `Campaign ${campaign.name} has been loaded. You are assigned to it.`;
    case 'started':
    case 'running':
      return `Campaign ${campaign.name} has started.`;
    case 'stopped':
      return `Campaign ${campaign.name} has stopped. No more records will be delivered.`;
    case 'unloaded':
      return `Campaign ${campaign.name} has been unloaded.`;
  }
}
