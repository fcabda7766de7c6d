import type { BackendAdapter, BackendCommand } from './backend/contract.js';
import { hasParticipationToggle, isListedInMyCampaigns, type Campaign } from './domain/campaign.js';
import type { KitError } from './domain/errors.js';
import type { KitStore } from './kit-store.js';

/** Why a command was not sent, or the id it was sent under. */
export type CommandOutcome =
  | { readonly sent: true; readonly commandId: string }
  | { readonly sent: false; readonly error: KitError };

export type CommandIdFactory = () => string;

let fallbackCounter = 0;
export const randomCommandId: CommandIdFactory = () =>
  globalThis.crypto?.randomUUID?.() ??
  `cmd-${Date.now().toString(36)}-${(fallbackCounter += 1)}-${Math.random().toString(36).slice(2)}`;

type CommandBody<C extends BackendCommand = BackendCommand> = C extends BackendCommand
  ? Omit<C, 'commandId'>
  : never;

/**
 * The one way elements ask the server for something. It refuses what the current state makes
 * meaningless (a record from a campaign that is gone) with a specific error, records what was sent
 * as pending, and gives each command an idempotency key.
 */
export class KitCommands {
  constructor(
    private readonly store: KitStore,
    private readonly backend: () => BackendAdapter | undefined,
    private readonly newId: CommandIdFactory = randomCommandId,
  ) {}

  login(agentId: string): CommandOutcome {
    this.store.dispatch({ type: 'session/signing-in', agentId });
    return this.send({ type: 'login', agentId });
  }

  /** Get Record: asks the campaign for a record (and, for Direct Push-Preview, to keep them coming). */
  requestRecord(campaignId: string): CommandOutcome {
    const campaign = this.listedCampaign(campaignId);
    if (!campaign.ok) return campaign.refusal;
    return this.send({ type: 'get-record', campaignId });
  }

  /** Stop (Direct Push-Preview): no more records after the current one. */
  stopReceiving(campaignId: string): CommandOutcome {
    const campaign = this.listedCampaign(campaignId);
    if (!campaign.ok) return campaign.refusal;
    if (!hasParticipationToggle(campaign.value)) {
      return this.refuse({
        code: 'command-rejected',
        campaignId,
        retryable: false,
        message: `${campaign.value.name} delivers records while you are Ready; use Not Ready to pause it.`,
      });
    }
    return this.send({ type: 'set-participation', campaignId, receiving: false });
  }

  private listedCampaign(
    campaignId: string,
  ): { ok: true; value: Campaign } | { ok: false; refusal: CommandOutcome } {
    const campaign = this.store.state.campaigns.byId[campaignId];
    if (campaign && isListedInMyCampaigns(campaign)) return { ok: true, value: campaign };
    const name = campaign?.name ?? 'This campaign';
    const refusal = this.refuse({
      code: 'campaign-unavailable',
      campaignId,
      retryable: false,
      message: `${name} is no longer active or running, so no request was sent.`,
    });
    return { ok: false, refusal };
  }

  private send(body: CommandBody): CommandOutcome {
    const backend = this.backend();
    if (!backend) {
      return this.refuse({
        code: 'backend-unavailable',
        retryable: true,
        message: 'No campaign server is connected, so the request could not be sent.',
      });
    }
    const command = { ...body, commandId: this.newId() } as BackendCommand;
    this.store.dispatch({ type: 'command/sent', command });
    backend.send(command);
    return { sent: true, commandId: command.commandId };
  }

  private refuse(error: KitError): CommandOutcome {
    this.store.dispatch({ type: 'kit/error', error });
    return { sent: false, error };
  }
}
