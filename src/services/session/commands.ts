import type { BackendAdapter, BackendCommand, InteractionActionCommand, SubmitOutcomeCommand } from '../ports/backend/contract.js';
import { cancelLogout, completeLogout, loggedOutRefusal, setChannelStatus, type Channel, type ChannelStatus } from '../domain/agent/agent.js';
import type { Interaction } from '../domain/interaction/interaction.js';
import type { CallEndReason, CallParty } from '../domain/interaction/call.js';
import type { OutcomeDraft } from '../domain/interaction/outcome.js';
import type { DraftEdit } from '../domain/interaction/wrap-up.js';
import { selectDraft } from '../state/selectors.js';
import { hasParticipationToggle, isListedInMyCampaigns, type Campaign } from '../domain/campaign/campaign.js';
import { recordRequestRefusal } from '../domain/campaign/record-delivery.js';
import type { KitError } from '../domain/refusals/errors.js';
import { refuseKit as refusal } from '../domain/refusals/kit-refusals.js';
import type { Refusal } from '../domain/refusals/refusals.js';
import type { KitStore } from '../state/kit-store.js';
import { randomCommandId, type CommandIdFactory } from '../ports/ids.js';
import type { CommandOutcome } from '../ports/command-outcome.js';
import { CommandAnswers } from './command-answers.js';

export type { CommandAnswer, CommandOutcome } from '../ports/command-outcome.js';
export type { CommandIdFactory } from '../ports/ids.js';
export { randomCommandId } from '../ports/ids.js';

type CommandBody<C extends BackendCommand = BackendCommand> = C extends BackendCommand
  ? Omit<C, 'commandId'>
  : never;

/** How outcomes leave: through the outbox, which keeps and retries them (DISP-4). Resolves once kept. */
export type OutcomeSender = (command: SubmitOutcomeCommand) => Promise<void>;

/** What an edit of the agent's entries gave: saved (maybe marking Done), or refused with why. */
export type EditOutcome =
  | { readonly saved: true; readonly markingDone?: Promise<CommandOutcome> }
  | { readonly saved: false; readonly error: KitError };

export interface KitCommandOptions {
  readonly newId?: CommandIdFactory;
  readonly now?: () => number;
  /** The agent's IANA zone, for callback times typed on their clock. */
  readonly agentTimeZone?: () => string;
  /** Defaults to sending straight to the back end. */
  readonly sendOutcome?: OutcomeSender;
}

/**
 * The one way elements ask the server for something. It refuses what the current state makes
 * meaningless (a record from a campaign that is gone) with a specific error, records what was sent
 * as pending, and gives each command an idempotency key.
 */
export class KitCommands {
  /** What the server answered to each command sent here; the outbox and the phones read it too. */
  readonly answers: CommandAnswers;
  private readonly newId: CommandIdFactory;
  private readonly now: () => number;
  private readonly agentTimeZone: () => string;
  private readonly sendOutcome: OutcomeSender | undefined;
  private rulesLoading: Promise<typeof import('./engine-rules.js')> | undefined;
  /** The status last asked for on each channel, until the change is seen (`takeChannelRequest`). */
  private readonly askedChannelStatus = new Map<Channel, ChannelStatus>();
  /** Saves of what the agent is still typing, run before an outcome is read. */
  private readonly entrySaves = new Set<() => Promise<unknown>>();

  constructor(
    private readonly store: KitStore,
    private readonly backend: () => BackendAdapter | undefined,
    options: KitCommandOptions = {},
  ) {
    this.answers = new CommandAnswers(store);
    this.newId = options.newId ?? randomCommandId;
    this.now = options.now ?? (() => Date.now());
    this.agentTimeZone = options.agentTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    this.sendOutcome = options.sendOutcome;
  }

  login(agentId: string): CommandOutcome {
    this.store.dispatch({ type: 'session/signing-in', agentId });
    return this.send({ type: 'login', agentId });
  }

  /**
   * Get Record: asks the campaign for a record (Preview), to keep them coming (Direct Push-Preview),
   * or to resume them after Done and Stop (automatic campaigns). Refused, saying why, where the
   * campaign already pushes records while the agent is Ready: nothing would follow.
   */
  requestRecord(campaignId: string): CommandOutcome {
    const campaign = this.listedCampaign(campaignId);
    if (!campaign.ok) return campaign.refusal;
    const loggedOut = loggedOutRefusal(this.store.state.agent);
    if (loggedOut) return this.refuse({ ...this.refusalError(loggedOut), campaignId });
    const pushed = recordRequestRefusal(campaign.value);
    if (pushed) return this.refuse({ ...this.refusalError(pushed), campaignId });
    return this.send({ type: 'get-record', campaignId });
  }

  /** Stop (Direct Push-Preview): no more records after the current one. */
  stopReceiving(campaignId: string): CommandOutcome {
    const campaign = this.listedCampaign(campaignId);
    if (!campaign.ok) return campaign.refusal;
    if (!hasParticipationToggle(campaign.value)) {
      return this.refuse({ ...this.refusalError(refusal('follows-ready', { campaign: campaign.value.name })), campaignId });
    }
    return this.send({ type: 'set-participation', campaignId, receiving: false });
  }

  /** Starts loading the engine's rules, so they are ready when the first record arrives. */
  loadRules(): Promise<typeof import('./engine-rules.js')> {
    this.rulesLoading ??= import('./engine-rules.js').catch((error: unknown) => {
      // A failed chunk load may succeed on a later try.
      this.rulesLoading = undefined;
      throw error;
    });
    return this.rulesLoading;
  }

  /** OK on a campaign notice (CAM-1); the next one's time limit starts now. */
  dismissNotice(id: string): void {
    this.store.dispatch({ type: 'notice/dismissed', id, now: this.now() });
  }

  /** Keep open: the notice stops closing by itself (WCAG 2.2.1, time limits the agent can turn off). */
  keepNoticeOpen(id: string): void {
    this.store.dispatch({ type: 'notice/kept-open', id });
  }

  /** Get Record on a started Preview campaign's notice (CAM-2): requests a record and closes it. */
  getRecordFromNotice(id: string): CommandOutcome {
    const notice = this.store.state.notices.find((candidate) => candidate.id === id);
    if (!notice?.offersGetRecord) {
      return this.refuse(this.refusalError(refusal('notice-without-get-record', {})));
    }
    this.dismissNotice(id);
    return this.requestRecord(notice.campaignId);
  }

  /** Ready, Not Ready or after-call work on a channel (AGT-1); refused while IM blocks it (CAM-4). */
  setChannelStatus(channel: Channel, status: ChannelStatus): CommandOutcome {
    const agent = this.store.state.agent;
    const result = agent && setChannelStatus(agent, channel, status);
    if (result && !result.ok) return this.refuse(this.refusalError(result.refusal));
    const outcome = this.send({ type: 'set-channel-status', channel, status });
    if (outcome.sent) this.askedChannelStatus.set(channel, status);
    return outcome;
  }

  /**
   * Whether the agent asked, through the kit, for the status a channel now has: then whoever asked
   * confirms it, and My Channels does not tell it again as the server's news. Answers once per request.
   */
  takeChannelRequest(channel: Channel, status: ChannelStatus): boolean {
    if (this.askedChannelStatus.get(channel) !== status) return false;
    this.askedChannelStatus.delete(channel);
    return true;
  }

  /** Instant messaging presence; logging in takes the outbound channels out of Ready (CAM-4). */
  setImLogin(loggedIn: boolean): CommandOutcome {
    return this.send({ type: 'set-im-login', loggedIn });
  }

  /** Negotiated logout (AGT-2): the server answers with the countdown or the authorization. */
  requestLogout(): CommandOutcome {
    return this.send({ type: 'request-logout' });
  }

  /** Log out once authorized (AGT-2); refused at once, with why, while authorization is awaited. */
  completeLogout(): CommandOutcome {
    const agent = this.store.state.agent;
    const result = agent && completeLogout(agent, this.now());
    if (result && !result.ok) return this.refuse(this.refusalError(result.refusal));
    return this.send({ type: 'complete-logout' });
  }

  /** Withdraws the logout request (AGT-2). */
  cancelLogout(): CommandOutcome {
    const agent = this.store.state.agent;
    const result = agent && cancelLogout(agent);
    if (result && !result.ok) return this.refuse(this.refusalError(result.refusal));
    return this.send({ type: 'cancel-logout' });
  }

  /**
   * An agent action on the current interaction: checked by the same rules the server applies, so a
   * refusal is explained at once; otherwise sent. It applies to the record on screen when the agent
   * acted, never to one that arrived while the rules were loading.
   */
  async act(action: InteractionActionCommand['action']): Promise<CommandOutcome> {
    const actedOn = this.store.state.interaction?.id;
    return this.guarded(async () => {
      const { step } = await this.loadRules();
      const current = this.currentInteraction(actedOn);
      if (!current.ok) return current.refusal;
      const draft = selectDraft(this.store.state);
      const checked = step(current.value, action, this.stepContext(draft));
      if (!checked.ok) return this.refuse(this.refusalError(checked.refusal));
      return this.send({ type: 'interaction-action', interactionId: current.value.id, action, draft });
    });
  }

  /**
   * The agent's phone ended the current call on its own (the contact hung up, the connection was
   * lost): the server ends the interaction's call the same way, so the outcome stays recordable.
   */
  phoneCallEnded(by: CallParty, reason: CallEndReason): CommandOutcome {
    const interaction = this.store.state.interaction;
    if (!interaction) return this.refuse(this.refusalError(refusal('no-record', {})));
    return this.send({ type: 'phone-call-ended', interactionId: interaction.id, by, reason });
  }

  /**
   * Changes the agent's entries (DISP-1, CB-1, PRV-2). When the campaign marks Done on disposition
   * (DISP-2), `markingDone` carries that Mark Done.
   */
  async edit(change: DraftEdit): Promise<EditOutcome> {
    const editedOn = this.store.state.interaction?.id;
    const { editDraft } = await this.loadRules();
    const current = this.currentInteraction(editedOn);
    if (!current.ok) return { saved: false, error: current.error };
    const result = editDraft(current.value, selectDraft(this.store.state), change);
    if (!result.ok) {
      const error = this.refusalError(result.refusal);
      this.refuse(error);
      return { saved: false, error };
    }
    this.store.dispatch({ type: 'draft/changed', interactionId: current.value.id, draft: result.draft });
    return result.markDoneNow ? { saved: true, markingDone: this.markDone('done') } : { saved: true };
  }

  /**
   * Registers a save of entries an element keeps while the agent types (a note), run before every
   * Mark Done reads the draft: Mark Done on end call can come in the middle of typing. Returns the
   * unregistration.
   */
  saveEntriesBeforeDone(save: () => Promise<unknown>): () => void {
    this.entrySaves.add(save);
    return () => this.entrySaves.delete(save);
  }

  /**
   * Mark Done, Done or Done and Stop: the outcome goes out through the outbox, once. Refused with a
   * specific message while a required disposition is missing or the callback is invalid (CB-4).
   * What is checked is exactly what is sent: one reading of the record and the draft, taken after
   * every module needed has loaded.
   */
  async markDone(close: 'done' | 'done-and-stop'): Promise<CommandOutcome> {
    const closing = this.store.state.interaction?.id;
    return this.guarded(async () => {
      // No await without a save: a Mark Done on end call then reads the draft as soon as the call ends.
      if (this.entrySaves.size > 0) await Promise.all([...this.entrySaves].map((save) => save()));
      const needsCallbackCheck = selectDraft(this.store.state).callback !== null;
      const [{ step, toOutcome }, check] = await Promise.all([
        this.loadRules(),
        needsCallbackCheck ? import('../domain/callback/callback-check.js') : null,
      ]);
      const current = this.currentInteraction(closing);
      if (!current.ok) return current.refusal;
      const interaction = current.value;
      const draft = selectDraft(this.store.state);
      const callbackProblem = draft.callback && check ? check.callbackProblem(draft.callback, this.callbackContext(interaction)) : null;
      const checked = step(interaction, { type: 'mark-done', close }, { ...this.stepContext(draft), callbackProblem });
      if (!checked.ok) return this.refuse(this.refusalError(checked.refusal));
      const command: SubmitOutcomeCommand = {
        type: 'submit-outcome',
        // One key per record closed: a double click or a retry is the same outcome, applied once.
        commandId: `outcome:${interaction.id}`,
        outcome: toOutcome(interaction, draft, close),
      };
      if (!this.sendOutcome) return this.sendCommand(command);
      // Expected before it is kept: the outbox may send it, and get the answer, before it resolves.
      const answer = this.answers.expect(command);
      try {
        await this.sendOutcome(command);
      } catch {
        return this.refuse(this.refusalError(refusal('outcome-not-stored', {}), 'backend-unavailable', true));
      }
      return { sent: true, commandId: command.commandId, answer };
    });
  }

  private callbackContext(interaction: Interaction) {
    return {
      now: this.now(),
      agentTimeZone: this.agentTimeZone(),
      contactTimeZone: interaction.record.timeZone,
      numbers: interaction.record.numbers,
      policy: interaction.schema.personalCallbacks,
    };
  }

  /** Turns anything thrown (a chunk that failed to load, bad data) into an error the agent is told. */
  private async guarded(work: () => Promise<CommandOutcome>): Promise<CommandOutcome> {
    try {
      return await work();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return this.refuse(this.refusalError(refusal('request-failed', { reason }), 'command-rejected', true));
    }
  }

  /** The record on screen, if it is still the one the agent acted on. */
  private currentInteraction(
    expectedId: string | undefined,
  ): { ok: true; value: Interaction } | { ok: false; refusal: CommandOutcome; error: KitError } {
    const interaction = this.store.state.interaction;
    if (interaction && interaction.id === expectedId) return { ok: true, value: interaction };
    const error = this.refusalError(interaction ? refusal('record-changed', {}) : refusal('no-record', {}));
    return { ok: false, refusal: this.refuse(error), error };
  }

  private stepContext(draft: OutcomeDraft) {
    let calls = 0;
    return { now: this.now(), draft, newCallId: () => `local-${++calls}` };
  }

  /** A refusal as the error the agent and the host are told: its English sentence, and its code for wording it. */
  private refusalError({ message, ...reason }: Refusal, code: KitError['code'] = 'command-rejected', retryable = false): KitError {
    return { code, message, refusal: reason, retryable };
  }

  private listedCampaign(
    campaignId: string,
  ): { ok: true; value: Campaign } | { ok: false; refusal: CommandOutcome } {
    const campaign = this.store.state.campaigns.byId[campaignId];
    if (campaign && isListedInMyCampaigns(campaign)) return { ok: true, value: campaign };
    const why = campaign ? refusal('campaign-unavailable', { campaign: campaign.name }) : refusal('unknown-campaign', {});
    return { ok: false, refusal: this.refuse({ ...this.refusalError(why, 'campaign-unavailable'), campaignId }) };
  }

  private send(body: CommandBody): CommandOutcome {
    return this.sendCommand({ ...body, commandId: this.newId() });
  }

  private sendCommand(command: BackendCommand): CommandOutcome {
    const backend = this.backend();
    if (!backend) {
      return this.refuse(this.refusalError(refusal('no-backend', {}), 'backend-unavailable', true));
    }
    const answer = this.answers.expect(command);
    this.store.dispatch({ type: 'command/sent', command });
    backend.send(command);
    return { sent: true, commandId: command.commandId, answer };
  }

  private refuse(error: KitError): CommandOutcome {
    this.store.dispatch({ type: 'kit/error', error });
    return { sent: false, error };
  }
}
