// The demo page's script: registers the kit's tags, logs every outbound-* event that reaches the
// document and switches the kit's language. The page runs under a strict CSP, so everything the
// log shows goes in as text (textContent), never as markup.
import '../src/define.js';
import { loadCtiPhone, type OutboundProvider } from '../src/core.js';
import type { LitElement } from 'lit';
import { required } from './dom.js';

const kitEvents = [
  'outbound-error',
  'outbound-channel-status-change',
  'outbound-logout-request',
  'outbound-logout-cancel',
  'outbound-logout',
  'outbound-notice-dismiss',
  'outbound-notice-get-record',
  'outbound-campaign-select',
  'outbound-record-request',
  'outbound-delivery-stop',
  'outbound-interaction-accept',
  'outbound-interaction-reject',
  'outbound-record-call',
  'outbound-record-decline',
  'outbound-record-done',
  'outbound-call-control',
  'outbound-callback-change',
] as const;

const provider = required<OutboundProvider>('outbound-provider');
connectToServerIfAsked();

/**
 * `?server=ws://…/v1&agent=agent-8` (what `npm run start:server` prints): the desk works for that
 * agent on a real server over outbound-kit.v1 instead of the embedded simulator. The token comes
 * from the page's own origin (`/dev-token`, the start script's stand-in for a sign-in service),
 * asked afresh at every connection and renewal, never kept.
 */
function connectToServerIfAsked(): void {
  const params = new URLSearchParams(location.search);
  const server = params.get('server');
  if (!server) return;
  const agent = params.get('agent') ?? 'agent-7';
  // Before the provider's first update, so the simulator is never started.
  provider.simulator = false;
  provider.agentId = agent;
  const shown = document.querySelector('.agent-id');
  if (shown) shown.textContent = agent;
  void import('../src/websocket.js').then(({ createWebSocketBackend }) => {
    provider.backend = createWebSocketBackend({
      url: server,
      token: async () => {
        const response = await fetch(`/dev-token?agent=${encodeURIComponent(agent)}`);
        if (!response.ok) throw new Error(`no token for ${agent}: HTTP ${response.status}`);
        return response.text();
      },
    });
  });
}

// The simulated server's desk phone, driven through CTI (PH-3): the status panel shows it.
void customElements.whenDefined('outbound-provider').then(async () => {
  followRecordIntoCall();
  provider.phone = await loadCtiPhone(provider.services);
});

const CALL_PHASES: ReadonlySet<string> = new Set(['dialing', 'in-call', 'wrap-up']);

/**
 * The page shows the preview until dialling starts, then the call view in its place (demo.css). When
 * the agent was working in the preview (Accept, Call), focus goes with the record to the call view's
 * title instead of being lost with the preview.
 */
function followRecordIntoCall(): void {
  const preview = required<HTMLElement>('outbound-preview');
  const callView = required<LitElement>('outbound-interaction');
  let phase: string | null = null;
  provider.services.store
    .select((state) => state.interaction?.phase ?? null)
    .subscribe((next) => {
      const intoCall = phase !== null && !CALL_PHASES.has(phase) && next !== null && CALL_PHASES.has(next);
      phase = next;
      if (!intoCall || !preview.matches(':focus-within')) return;
      // The kit renders once a frame: wait for the call view to show before moving focus.
      void customElements.whenDefined('outbound-interaction').then(async () => {
        await callView.updateComplete;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const active = document.activeElement;
            if (active !== document.body && active !== preview) return;
            callView.shadowRoot?.querySelector<HTMLElement>('[part~="title"]')?.focus();
          }),
        );
      });
    });
}
const language = required<HTMLSelectElement>('#language');
const log = required<HTMLOListElement>('#event-log');
const logEmpty = required<HTMLElement>('#event-log-empty');

function logEvent(event: Event): void {
  const now = new Date();
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  const name = document.createElement('span');
  name.className = 'event-name';
  name.textContent = event.type;
  const detail = document.createElement('code');
  detail.textContent = JSON.stringify('detail' in event ? event.detail : null);
  const item = document.createElement('li');
  item.append(time, name, detail);
  log.prepend(item);
  logEmpty.hidden = true;
}

for (const type of kitEvents) document.addEventListener(type, logEvent);

required<HTMLButtonElement>('#clear-log').addEventListener('click', () => {
  log.replaceChildren();
  logEmpty.hidden = false;
});

// The provider's `locale` attribute switches every kit element on the page.
language.addEventListener('change', () => {
  provider.setAttribute('locale', language.value);
  document.documentElement.lang = language.value;
});
