import { expect } from '@open-wc/testing';
import '../../../../src/define.js';
import type { OutboundPreview } from '../../../../src/elements/outbound-preview/outbound-preview.js';
import { EmbeddedSimulator } from '../../../../src/services/backend/simulator/embedded-simulator.js';
import { loopbackTo } from '../../../../src/services/backend/simulator/loopback.js';
import { ProtocolEndpoint } from '../../../../src/services/backend/simulator/protocol-endpoint.js';
import { createWebSocketBackend, type WebSocketBackend } from '../../../../src/services/backend/websocket/websocket-backend.js';
import { ManualClock } from '../../../../src/services/ports/clock.js';
import { $, text } from '../../../support/dom.js';
import { alwaysAnswers, campaign, T0 } from '../../../support/engine-desk.js';
import { eventually } from '../../../support/wait.js';

/** The desk on the embedded simulator, but through outbound-kit.v1: the kit's client, a loopback line, the simulator's endpoint. */
async function deskOverProtocol(resumeWindow = 1000) {
  const clock = new ManualClock(T0);
  const simulator = new EmbeddedSimulator(
    { odds: alwaysAnswers, timings: { ringMs: 3000, connectMs: 2000, pacingMs: 1000, talkMs: null }, campaigns: [campaign({ dialingMode: 'preview' })] },
    { clock },
  );
  const endpoint = new ProtocolEndpoint({ engine: simulator, agentId: 'agent-7', acceptToken: (token) => token === 'good-token', epoch: 'e1', resumeWindow });
  const { open, line } = loopbackTo(endpoint);
  const backend: WebSocketBackend = createWebSocketBackend({
    url: 'loopback:agent-7',
    token: () => 'good-token',
    openSocket: open,
    backoff: { initialMs: 20, maxMs: 50 },
  });
  const provider = document.createElement('outbound-provider');
  provider.agentId = 'agent-7';
  provider.clock = clock;
  provider.agentTimeZone = 'Europe/Berlin';
  provider.backend = backend;
  provider.append(document.createElement('outbound-preview'));
  document.body.append(provider);
  await customElements.whenDefined('outbound-preview');
  const preview = provider.querySelector('outbound-preview') as OutboundPreview;
  /** Lets the simulator's clock run its due replies while the loopback delivers them. */
  const until = (check: () => boolean, what: string) =>
    eventually(() => {
      clock.advance(0);
      return check();
    }, what);
  const services = provider.services;
  const dispose = () => {
    provider.remove();
    backend.dispose();
    endpoint.dispose();
    simulator.dispose();
  };
  return { clock, simulator, endpoint, line, backend, provider, preview, services, until, dispose };
}

describe('The embedded simulator through outbound-kit.v1 (in-page loopback, no network)', () => {
  let desk: Awaited<ReturnType<typeof deskOverProtocol>> | undefined;
  afterEach(() => {
    desk?.dispose();
    desk = undefined;
  });

  it('BE-1, DEL-1: the kit logs in, gets a record and calls over the protocol, as it does on the simulator directly', async () => {
    desk = await deskOverProtocol();
    const { services, until, preview, clock, simulator } = desk;
    await until(() => services.store.state.session.phase === 'ready', 'the login is answered and the campaigns arrive');
    expect(desk.backend.capabilities).to.deep.equal(simulator.capabilities);
    const requested = services.commands.requestRecord('c');
    expect(requested.sent).to.equal(true);
    await until(() => services.store.state.interaction?.phase === 'previewing', 'the record is in preview');
    await until(() => text($(preview, '#title')) === 'Dana Whitfield', 'the preview shows the contact');
    const called = await services.commands.act({ type: 'call' });
    let answer: unknown = null;
    if (called.sent) void called.answer.then((answered) => (answer = answered));
    await until(() => answer !== null, 'the server answers the call command');
    expect(answer).to.deep.equal({ answer: 'accepted' });
    clock.advance(3000);
    await until(() => services.store.state.interaction?.call?.status === 'connected', 'the contact answers');
  });

  it('BE-2, BE-5: a line cut mid-call resumes: what happened meanwhile arrives once, and a command sent meanwhile is applied once', async () => {
    desk = await deskOverProtocol();
    const { services, until, clock, simulator, line } = desk;
    const statuses: string[] = [];
    services.store.select((state) => state.interaction?.call?.status ?? null).subscribe((status) => statuses.push(String(status)));
    await until(() => services.store.state.session.phase === 'ready', 'ready');
    services.commands.requestRecord('c');
    await until(() => services.store.state.interaction?.phase === 'previewing', 'the record is in preview');
    await services.commands.act({ type: 'call' });
    await until(() => services.store.state.interaction?.call?.status === 'dialing', 'the call is dialing');
    // The line goes down; meanwhile the contact answers.
    line.cut();
    clock.advance(3000);
    await until(() => line.opened === 2 && services.store.state.connection?.status === 'live', 'the desk is back');
    await until(() => services.store.state.interaction?.call?.status === 'connected', 'the answer, replayed');
    // Down again; the agent asks to hold while it is: the command waits, then goes once.
    line.cut();
    const holding = services.commands.act({ type: 'hold' });
    await until(() => line.opened === 3 && services.store.state.connection?.status === 'live', 'the desk is back again');
    await until(() => services.store.state.interaction?.call?.status === 'held', 'the hold sent while offline');
    expect((await holding).sent).to.equal(true);
    const holds = simulator.receivedCommands.filter((command) => command.type === 'interaction-action' && command.action.type === 'hold');
    expect(holds.length, 'the engine got the hold once, however often the desk sent it').to.equal(1);
    expect(statuses.filter((status) => status === 'connected').length, 'the answer arrived once').to.equal(1);
    expect(statuses.slice(-3)).to.deep.equal(['dialing', 'connected', 'held']);
  });

  it('BE-2: away longer than the server can replay, the desk is given a snapshot and shows the state as it is now, once', async () => {
    // The endpoint keeps one event to replay: the contact answering is more than that.
    desk = await deskOverProtocol(1);
    const { services, until, clock, line } = desk;
    await until(() => services.store.state.session.phase === 'ready', 'ready');
    services.commands.requestRecord('c');
    await until(() => services.store.state.interaction?.phase === 'previewing', 'the record is in preview');
    await services.commands.act({ type: 'call' });
    await until(() => services.store.state.interaction?.call?.status === 'dialing', 'the call is dialing');
    const arrivals: string[] = [];
    services.store.select((state) => state.interaction?.id ?? null).subscribe((id) => arrivals.push(String(id)));
    line.cut();
    clock.advance(3000);
    await until(() => line.opened === 2 && services.store.state.connection?.status === 'live', 'the desk is back');
    await until(() => services.store.state.interaction?.call?.status === 'connected', 'the snapshot shows the call connected');
    expect(services.store.state.connection).to.deep.include({ resumed: false });
    expect(arrivals, 'the interaction never left the store on the way').to.deep.equal([arrivals[0]]);
    expect(Object.keys(services.store.state.campaigns.byId)).to.deep.equal(['c']);
  });
});
