import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { AgentStatus } from '../../../src/elements/agent-status/agent-status.js';
import { createWebSocketBackend } from '../../../src/services/backend/websocket/websocket-backend.js';
import { $, text } from '../../support/dom.js';
import { recordSpeech } from '../../support/speech.js';
import { eventually } from '../../support/wait.js';
import { protocolServer } from '../../support/protocol-server.js';

const server = protocolServer;

/** My Channels under a provider whose back end is a real WebSocket server of this test's own. */
async function mountOnSocket() {
  const { url } = await server<{ url: string }>('start');
  const provider = document.createElement('outbound-provider');
  provider.agentId = 'agent-7';
  // A fixed jitter, so the next attempt is a known time away.
  provider.backend = createWebSocketBackend({ url, token: () => 'good-token', backoff: { initialMs: 400, maxMs: 400 }, random: () => 1 });
  const status = document.createElement('agent-status');
  provider.append(status);
  document.body.append(provider);
  await customElements.whenDefined('agent-status');
  const el = provider.querySelector('agent-status') as AgentStatus;
  await el.updateComplete;
  return { provider, el, line: () => text($(el, '[part="connection"]')) ?? null };
}

describe('<agent-status> and the campaign server’s connection', () => {
  afterEach(async () => {
    document.querySelector('outbound-provider')?.remove();
    await Promise.resolve();
    await server('stop');
  });

  it('BE-3, A11Y-2: shows nothing while live; a loss is shown with the next attempt and said once, its return said once', async () => {
    const { el, line } = await mountOnSocket();
    await eventually(async () => (await server<{ live: number }>('state')).live === 1, 'the server has the desk');
    // "Server: connecting…" until the desk itself is live; then no line at all.
    await eventually(() => line() === null, 'no connection line once live');
    const speech = recordSpeech();
    await server('close', { code: 1001, reason: 'restart' });
    await eventually(() => /^Server: connection lost\. Trying again at \d\d:\d\d:\d\d\.$/.test(line() ?? ''), 'the loss and the next attempt are shown');
    await eventually(() => line() === null, 'the desk is live again');
    await eventually(() => speech.said.length >= 2, 'the loss and the return are said');
    speech.stop();
    expect(speech.said.length, `said: ${speech.said.join(' | ')}`).to.equal(2);
    expect(speech.said[0]).to.match(/^Server: connection lost\. Trying again at \d\d:\d\d:\d\d\.$/);
    expect(speech.said[1]).to.equal('Server: connected again.');
    await expect(el).to.be.accessible();
  });

  it('BE-4: a close reconnecting cannot cure is shown for good, with what to do, and the desk stops trying', async () => {
    const { el, line } = await mountOnSocket();
    await eventually(async () => (await server<{ live: number }>('state')).live === 1, 'the server has the desk');
    await eventually(() => line() === null, 'the desk is live');
    await server('close', { code: 4409, reason: 'replaced' });
    await eventually(() => line() !== null, 'the close is shown');
    expect(line()).to.equal('Server: this desk is open in another window or tab, which has the connection now.');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await server<{ sessions: number }>('state')).sessions, 'no reconnect').to.equal(1);
    await expect(el).to.be.accessible();
  });
});
