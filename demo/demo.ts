// The demo page's script: registers the kit's tags, logs every outbound-* event that reaches the
// document and switches the kit's language. The page runs under a strict CSP, so everything the
// log shows goes in as text (textContent), never as markup.
import '../src/define.js';
import { loadCtiPhone, type OutboundProvider } from '../src/core.js';
import { required } from './dom.js';

const kitEvents = [
  'outbound-error',
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

// The simulated server's desk phone, driven through CTI (PH-3): the status panel shows it.
void customElements.whenDefined('outbound-provider').then(async () => {
  provider.phone = await loadCtiPhone(provider.services);
});
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
