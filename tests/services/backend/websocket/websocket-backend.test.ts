import { expect } from '@open-wc/testing';
import '../../../../src/define.js';
import type { CampaignList } from '../../../../src/elements/campaign-list/campaign-list.js';
import { createWebSocketBackend, type WebSocketBackend } from '../../../../src/services/backend/websocket/websocket-backend.js';
import type { CampaignData } from '../../../../src/services/ports/backend/contract.js';
import { $$ } from '../../../support/dom.js';
import { eventually } from '../../../support/wait.js';
import { protocolServer } from '../../../support/protocol-server.js';

const server = protocolServer;
const commandsReceived = async () =>
  (await server<{ frames: { kind: string; cmd?: { type: string } }[] }>('frames')).frames.flatMap((frame) => (frame.kind === 'cmd' && frame.cmd ? [frame.cmd.type] : []));

const campaign = (id: string, name: string): CampaignData => ({ id, name, description: '', status: 'running', dialingMode: 'preview', receiving: false });

describe('The WebSocket back end under <outbound-provider>', () => {
  let backend: WebSocketBackend | undefined;

  afterEach(async () => {
    document.querySelector('outbound-provider')?.remove();
    await Promise.resolve();
    backend = undefined;
    await server('stop');
  });

  it('BE-1, BE-2: the kit logs in over the socket, shows what the server sends, keeps it through a lost connection, and carries on', async () => {
    const { url } = await server<{ url: string }>('start');
    backend = createWebSocketBackend({ url, token: () => 'good-token', backoff: { initialMs: 50, maxMs: 200 } });
    const provider = document.createElement('outbound-provider');
    provider.agentId = 'agent-7';
    provider.backend = backend;
    provider.append(document.createElement('campaign-list'));
    document.body.append(provider);
    await eventually(async () => (await commandsReceived()).includes('login'), 'the login command reaches the server');
    expect(backend.capabilities.dialingModes, 'the capabilities came with the welcome').to.deep.equal(['preview']);

    await server('push', { event: { type: 'campaigns-snapshot', campaigns: [campaign('spring', 'Spring appeal'), campaign('winter', 'Winter appeal')] } });
    const list = provider.querySelector('campaign-list') as CampaignList;
    const names = () => $$(list, 'tbody tr').map((row) => (row as HTMLTableRowElement).cells[1]?.textContent?.trim());
    await eventually(() => names().length === 2, 'the list shows the server’s campaigns');
    expect(names()).to.deep.equal(['Spring appeal', 'Winter appeal']);

    await server('drop');
    await eventually(async () => (await server<{ sessions: number; live: number }>('state')).sessions === 2, 'the desk reconnects');
    // The last known state stays on screen; the server's next event arrives once.
    expect(names()).to.deep.equal(['Spring appeal', 'Winter appeal']);
    await server('push', { event: { type: 'campaigns-snapshot', campaigns: [campaign('spring', 'Spring appeal')] } });
    await eventually(() => names().length === 1, 'the next event after the reconnect');
    const hellos = (await server<{ frames: { kind: string; resume?: unknown }[] }>('frames')).frames.filter((frame) => frame.kind === 'hello');
    expect(hellos[1]?.resume, 'the second connection resumed').to.not.equal(undefined);
  });

  it('BE-5: an event type this desk does not know is ignored (later versions add some); one without a type is passed on, to be reported', async () => {
    const { url } = await server<{ url: string }>('start');
    backend = createWebSocketBackend({ url, token: () => 'good-token', backoff: { initialMs: 50, maxMs: 200 } });
    const seen: unknown[] = [];
    const subscription = backend.events.subscribe((event) => seen.push(event));
    try {
      await eventually(async () => (await server<{ sessions: number }>('state')).sessions === 1, 'connected');
      await server('push', { event: { type: 'weather-report', sky: 'clear' } });
      await server('push', { event: { campaignId: 'c' } });
      await server('push', { event: { type: 'participation-changed', campaignId: 'c', receiving: true } });
      await eventually(() => seen.some((event) => (event as { type?: string }).type === 'participation-changed'), 'the last event');
      expect(seen.filter((event) => (event as { type?: string }).type !== 'state-resync')).to.deep.equal([
        { campaignId: 'c' },
        { type: 'participation-changed', campaignId: 'c', receiving: true },
      ]);
    } finally {
      subscription.unsubscribe();
      backend.dispose();
    }
  });
});
