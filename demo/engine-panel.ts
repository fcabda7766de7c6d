// The demo's engine panel: until the kit's interaction elements exist, it lets a person work every
// dialing mode with plain buttons and see the kit's state. It reads the provider's store through
// RxJS selections and sends everything through the provider's KitCommands, so the kit's own rules
// refuse what is not possible (the refusal shows here and in the campaign list, and the provider
// announces it; the next command from the panel clears it, so what shows is about the last one).
// All text goes in with textContent; the page's strict CSP allows nothing inline.
import type { OutboundProvider } from '../src/elements/outbound-provider/outbound-provider.js';
import type { AgentState, Channel, ChannelStatus } from '../src/services/domain/agent.js';
import type { KitServices } from '../src/services/kit-services.js';
import type { OutboxState } from '../src/services/outbox/outbox.js';
import { selectAgent, selectLastError, selectSessionPhase } from '../src/services/store/selectors.js';
import type { KitState } from '../src/services/store/state.js';
import { dismissError, required } from './dom.js';
import { channelStatusText, logoutText } from './engine-format.js';
import { InteractionCard, sameInteractionView, selectInteractionView } from './engine-interaction.js';

const CHANNELS: readonly Channel[] = ['voice', 'outbound-preview'];
const JSON_INTERVAL_MS = 250;

function wireAgentControls(services: KitServices): void {
  const { commands } = services;
  required('#engine-agent').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    dismissError(services);
    const { channel, status } = button.dataset;
    if (channel && status) commands.setChannelStatus(channel as Channel, status as ChannelStatus);
    else if (button.id === 'logout') commands.requestLogout();
  });
  const im = required<HTMLInputElement>('#im-login');
  im.addEventListener('change', () => {
    dismissError(services);
    commands.setImLogin(im.checked);
  });
}

function renderAgent(agent: AgentState | null): void {
  for (const channel of CHANNELS) {
    required(`#${channel}-status`).textContent = channelStatusText(agent?.channels[channel]);
  }
  required<HTMLInputElement>('#im-login').checked = agent?.imLoggedIn ?? false;
  required('#logout-state').textContent = logoutText(agent?.logout, Date.now());
}

function renderOutbox(outbox: OutboxState): void {
  required('#outbox-pending').textContent = String(outbox.pending.length);
  required('#outbox-storage').textContent = outbox.persistent
    ? 'Kept in IndexedDB: pending outcomes survive a reload.'
    : 'In memory only: a reload loses pending outcomes.';
  const failed = outbox.failed.map(({ interactionId, message }) => {
    const item = document.createElement('li');
    item.textContent = `${interactionId}: ${message}`;
    return item;
  });
  required('#outbox-failed').replaceChildren(...failed);
  required('#outbox-failed-none').hidden = failed.length > 0;
}

/** The state as JSON, at most four times a second however fast it changes. */
function throttledJson(): (state: KitState) => void {
  const target = required('#engine-state');
  let latest: KitState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = 0;
  const write = () => {
    timer = undefined;
    lastWrite = Date.now();
    const { agent, interaction, drafts, outbox } = latest!;
    target.textContent = JSON.stringify({ agent, interaction, drafts, outbox }, null, 2);
  };
  return (state) => {
    latest = state;
    timer ??= setTimeout(write, Math.max(0, lastWrite + JSON_INTERVAL_MS - Date.now()));
  };
}

export async function startEnginePanel(): Promise<void> {
  await customElements.whenDefined('outbound-provider');
  const provider = required<OutboundProvider>('outbound-provider');
  await provider.updateComplete;
  const services = provider.services;
  const { store } = services;
  const card = new InteractionCard(services);
  wireAgentControls(services);

  store.select(selectSessionPhase).subscribe((phase) => {
    required('#engine-connecting').hidden = phase === 'ready';
  });
  store.select(selectAgent).subscribe(renderAgent);
  store.select(selectInteractionView, sameInteractionView).subscribe((view) => card.render(view));
  store.select((state) => state.outbox).subscribe(renderOutbox);

  const errorBox = required('#engine-error');
  store.select(selectLastError).subscribe((error) => {
    // Shown, not announced: the provider already announces every error assertively.
    errorBox.hidden = error === null;
    required('#engine-error-message').textContent = error?.message ?? '';
  });
  required('#engine-error-dismiss').addEventListener('click', () => {
    store.dispatch({ type: 'kit/error-dismissed' });
    required<HTMLElement>('#engine-heading').focus();
  });

  const shownInJson = (a: KitState, b: KitState) =>
    a.agent === b.agent && a.interaction === b.interaction && a.drafts === b.drafts && a.outbox === b.outbox;
  store.select((state) => state, shownInJson).subscribe(throttledJson());

  // Countdowns are deadlines: once a second the remaining time is read again from the clock.
  setInterval(() => {
    card.tick();
    required('#logout-state').textContent = logoutText(store.state.agent?.logout, Date.now());
  }, 1000);
}
