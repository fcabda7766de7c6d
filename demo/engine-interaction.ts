// The engine panel's "Current interaction" card: what the kit knows about the record being worked,
// a button for each action possible now, and the agent's wrap-up entries. Everything is text.
import type { AgentAction, Interaction } from '../src/services/domain/interaction.js';
import type { OutcomeDraft } from '../src/services/domain/outcome.js';
import type { KitServices } from '../src/services/kit-services.js';
import { selectDraft } from '../src/services/store/selectors.js';
import type { KitState } from '../src/services/store/state.js';
import { dismissError, required } from './dom.js';
import * as say from './engine-format.js';

/** Sent with `act`; Mark Done and Done and Stop go through `markDone`. */
const ACTIONS = {
  accept: { type: 'accept' },
  reject: { type: 'reject' },
  'extend-time': { type: 'extend-time' },
  call: { type: 'call' },
  'decline-later': { type: 'decline', scope: 'later' },
  'decline-never': { type: 'decline', scope: 'never' },
  hold: { type: 'hold' },
  retrieve: { type: 'retrieve' },
  'end-call': { type: 'end-call' },
  transfer: { type: 'transfer', target: '2001' },
} satisfies Record<string, AgentAction>;

/** The `data-action` of each button in index.html. */
type ActionName = keyof typeof ACTIONS | 'done' | 'done-and-stop';

/** The actions that make sense in this phase and call status (the kit still checks every rule). */
function actionsNow({ phase, policy, offer, autoDial, call }: Interaction): ActionName[] {
  const canExtend = policy.extendSeconds !== null;
  switch (phase) {
    case 'offered':
      return [
        'accept',
        ...(policy.allowReject && !policy.asm ? (['reject'] as const) : []),
        ...(offer?.countdown && canExtend ? (['extend-time'] as const) : []),
      ];
    case 'previewing':
      return [
        'call',
        ...(autoDial && canExtend ? (['extend-time'] as const) : []),
        ...(policy.allowDecline ? (['decline-later', 'decline-never'] as const) : []),
        'done',
        'done-and-stop',
      ];
    case 'dialing':
      return ['end-call'];
    case 'in-call':
      if (call?.status === 'connected') return ['hold', 'end-call', 'transfer'];
      if (call?.status === 'held') return ['retrieve', 'end-call', 'transfer'];
      // Engaging refuses every call control until the contact answers (assured connection).
      return call?.status === 'establishing' ? ['end-call'] : [];
    case 'wrap-up':
      return ['done', 'done-and-stop'];
    case 'closed':
      return [];
  }
}

export interface InteractionView {
  readonly interaction: Interaction | null;
  readonly draft: OutcomeDraft;
  readonly campaignName: string;
  readonly lastClosed: Interaction | null;
}

export const selectInteractionView = (state: KitState): InteractionView => ({
  interaction: state.interaction,
  draft: selectDraft(state),
  campaignName: (state.interaction && state.campaigns.byId[state.interaction.campaignId]?.name) ?? '',
  lastClosed: state.lastClosed,
});

export const sameInteractionView = (a: InteractionView, b: InteractionView) =>
  a.interaction === b.interaction &&
  a.draft === b.draft &&
  a.campaignName === b.campaignName &&
  a.lastClosed === b.lastClosed;

export class InteractionCard {
  private readonly heading = required<HTMLElement>('#interaction-heading');
  private readonly empty = required<HTMLElement>('#interaction-empty');
  private readonly lastClosed = required<HTMLElement>('#last-closed');
  private readonly body = required<HTMLElement>('#interaction-body');
  private readonly facts = required<HTMLElement>('#interaction-facts');
  private readonly actions = required<HTMLElement>('#interaction-actions');
  /** The Time limit row's value, rewritten every second. */
  private timeLimit: HTMLElement | null = null;
  private readonly callResult = required<HTMLSelectElement>('#call-result');
  private readonly disposition = required<HTMLSelectElement>('#disposition');
  private readonly dispositionLabel = required<HTMLElement>('#disposition-label');
  private readonly dnc = required<HTMLInputElement>('#dnc');
  private readonly note = required<HTMLTextAreaElement>('#note');
  private view: InteractionView | null = null;
  /** The interaction whose choices fill the selects. */
  private choicesFor: string | null = null;

  constructor(private readonly services: KitServices) {
    this.actions.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const name = button?.dataset.action as ActionName | undefined;
      if (!name) return;
      dismissError(services);
      if (name === 'done' || name === 'done-and-stop') void services.commands.markDone(name);
      else void services.commands.act(ACTIONS[name]);
    });
    this.callResult.addEventListener('change', () => {
      this.edit({ type: 'set-call-result', value: this.callResult.value || null });
    });
    this.disposition.addEventListener('change', () => {
      this.edit({ type: 'set-dispositions', codeIds: this.disposition.value ? [this.disposition.value] : [] });
    });
    this.dnc.addEventListener('change', () => this.edit({ type: 'set-dnc', value: this.dnc.checked }));
    this.note.addEventListener('input', () => this.edit({ type: 'set-note', note: this.note.value }));
  }

  render(view: InteractionView): void {
    this.view = view;
    const { interaction, lastClosed } = view;
    const focusInside = this.body.contains(document.activeElement);
    const closed = lastClosed?.closed;
    this.lastClosed.textContent = closed
      ? `Last record: ${lastClosed.record.contactName || 'unnamed'}, closed (${closed.reason.replace(/-/g, ' ')}).`
      : '';
    this.empty.hidden = interaction !== null;
    this.body.hidden = interaction === null;
    if (interaction) {
      this.renderFacts(interaction, view.campaignName);
      this.renderActions(interaction);
      this.renderWrapUp(interaction, view.draft);
    }
    // A button that vanished with its phase (Accept after accepting) must not strand the focus.
    const active = document.activeElement as HTMLElement | null;
    if (focusInside && (!active || active === document.body || active.closest('[hidden]'))) {
      const firstAction = interaction && this.actions.querySelector<HTMLElement>('button:not([hidden])');
      (firstAction ?? this.heading).focus();
    }
  }

  /** Once a second: the countdowns move on without a state change. */
  tick(): void {
    const interaction = this.view?.interaction;
    if (!interaction || !this.timeLimit) return;
    this.timeLimit.textContent = say.timeLimitText(interaction, Date.now()) ?? 'None';
  }

  private edit(change: Parameters<KitServices['commands']['edit']>[0]): void {
    dismissError(this.services);
    void this.services.commands.edit(change);
    // A refused edit leaves the draft as it was: put the control back.
    const state = this.services.store.state;
    if (state.interaction) this.renderWrapUp(state.interaction, selectDraft(state));
  }

  private renderFacts(interaction: Interaction, campaignName: string): void {
    const facts: [string, string][] = [
      ['Campaign', campaignName || interaction.campaignId],
      ['Dialing mode', say.modeText(interaction)],
      ['Phase', say.phaseText(interaction.phase)],
      ['Time limit', ''],
      ['Contact', say.contactText(interaction)],
      ['Origin', say.originText(interaction)],
      ['Number', say.numberText(interaction)],
      ['Call', say.callText(interaction)],
      ...interaction.record.caseFields.map(({ label, value }): [string, string] => [label, value]),
    ];
    if (interaction.dialNotice) facts.push(['Dial notice', interaction.dialNotice]);
    this.facts.replaceChildren(
      ...facts.map(([term, detail]) => {
        const row = document.createElement('div');
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = term;
        dd.textContent = detail;
        if (term === 'Time limit') this.timeLimit = dd;
        row.append(dt, dd);
        return row;
      }),
    );
    this.tick();
  }

  private renderActions(interaction: Interaction): void {
    const now = new Set(actionsNow(interaction));
    for (const button of this.actions.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      button.hidden = !now.has(button.dataset.action as ActionName);
    }
  }

  private renderWrapUp(interaction: Interaction, draft: OutcomeDraft): void {
    const { schema } = interaction;
    if (this.choicesFor !== interaction.id) {
      this.choicesFor = interaction.id;
      const results = schema.callResults.map((result) => new Option(result, result));
      this.callResult.replaceChildren(new Option('Not set', ''), ...results);
      const codes = say.dispositionChoices(schema.dispositionCodes).map(({ id, label }) => {
        return new Option(say.setsDnc(schema.dispositionCodes, id) ? `${label} (sets DNC)` : label, id);
      });
      this.disposition.replaceChildren(new Option('None chosen', ''), ...codes);
      const required = schema.requireDispositionBeforeDone ? ' (required before Done)' : '';
      this.dispositionLabel.textContent = `Disposition${required}`;
    }
    this.callResult.value = draft.callResult ?? '';
    this.callResult.disabled = interaction.readOnly;
    this.disposition.value = draft.dispositionCodeIds[0] ?? '';
    this.dnc.checked = draft.dnc;
    if (this.note.value !== draft.note) this.note.value = draft.note;
  }
}
