import { expect } from '@open-wc/testing';
import { EmbeddedSimulator } from '../../../../src/services/backend/simulator/embedded-simulator.js';
import { loopbackTo, type LoopbackSocket } from '../../../../src/services/backend/simulator/loopback.js';
import { ProtocolEndpoint } from '../../../../src/services/backend/simulator/protocol-endpoint.js';
import { ManualClock } from '../../../../src/services/ports/clock.js';
import { alwaysAnswers, campaign, T0 } from '../../../support/engine-desk.js';
import { eventually } from '../../../support/wait.js';

type Frame = { kind: string; code?: string; field?: string; seq?: number; corr?: string | null; event?: { type?: string; code?: string }; resumed?: boolean };

/** A raw client on the simulator's endpoint: it sends frames as text and records what comes back. */
function rawClient(acceptToken: (token: string) => boolean | Promise<boolean> = (token) => token === 'good-token') {
  const clock = new ManualClock(T0);
  const simulator = new EmbeddedSimulator({ odds: alwaysAnswers, campaigns: [campaign({ dialingMode: 'preview' })] }, { clock });
  const endpoint = new ProtocolEndpoint({ engine: simulator, agentId: 'agent-7', acceptToken, epoch: 'e1', clock });
  const { open } = loopbackTo(endpoint);
  const connect = () => {
    const socket: LoopbackSocket = open('loopback:', ['outbound-kit.v1']);
    const received: Frame[] = [];
    let closed: { code: number; reason: string } | null = null;
    socket.onmessage = (message) => received.push(JSON.parse(String(message.data)) as Frame);
    socket.onclose = (event) => (closed = { code: event.code, reason: event.reason });
    const opened = new Promise<void>((resolve) => (socket.onopen = () => resolve()));
    return {
      socket,
      received,
      closed: () => closed,
      opened,
      send: (frame: unknown) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
      hello: (extra: Record<string, unknown> = {}) =>
        socket.send(JSON.stringify({ v: 1, kind: 'hello', protocols: ['outbound-kit.v1'], client: { name: 't', version: '1' }, token: 'good-token', ...extra })),
    };
  };
  const dispose = () => {
    endpoint.dispose();
    simulator.dispose();
  };
  return { clock, simulator, connect, dispose };
}

describe('The simulator’s outbound-kit.v1 endpoint: what a server must do with bad input', () => {
  let server: ReturnType<typeof rawClient> | undefined;
  afterEach(() => {
    server?.dispose();
    server = undefined;
  });

  it('BE-1: a first frame that is not hello closes with 4400; a bad token with 4401', async () => {
    server = rawClient();
    const first = server.connect();
    await first.opened;
    first.send({ v: 1, kind: 'ping', t: 1 });
    await eventually(() => first.closed() !== null, 'closed');
    expect(first.closed()?.code).to.equal(4400);
    const second = server.connect();
    await second.opened;
    second.hello({ token: 'stolen-token' });
    await eventually(() => second.closed() !== null, 'closed');
    expect(second.closed()?.code).to.equal(4401);
  });

  it('BE-1: a token checked later (a key set) holds the frames sent meanwhile; a check that fails rejects the token', async () => {
    let approve: (good: boolean) => void = () => undefined;
    const checks: string[] = [];
    server = rawClient((token) => {
      checks.push(token);
      if (token === 'broken-check') throw new Error('key set unreachable');
      return new Promise<boolean>((resolve) => (approve = resolve));
    });
    const client = server.connect();
    await client.opened;
    client.hello();
    client.send({ v: 1, kind: 'ping', t: 5 });
    await eventually(() => checks.length === 1, 'the token being checked');
    expect(client.received).to.deep.equal([]);
    approve(true);
    await eventually(() => client.received.some((frame) => frame.kind === 'pong'), 'the held ping answered');
    const kinds = client.received.map((frame) => frame.kind);
    expect(kinds.indexOf('welcome')).to.be.lessThan(kinds.indexOf('pong'));
    const broken = server.connect();
    await broken.opened;
    broken.hello({ token: 'broken-check' });
    await eventually(() => broken.closed() !== null, 'closed');
    expect(broken.closed()?.code).to.equal(4401);
    expect(checks).to.deep.equal(['good-token', 'broken-check']);
  });

  it('BE-1: after hello, a malformed frame is answered with an error naming the field, and the connection stays', async () => {
    server = rawClient();
    const client = server.connect();
    await client.opened;
    client.hello();
    await eventually(() => client.received.some((frame) => frame.kind === 'snapshot-end'), 'welcome and snapshot');
    client.send('{ nope');
    client.send({ v: 1, kind: 'cmd', id: 'c-1', cmd: { type: 'login', commandId: 'c-2', agentId: 'agent-7' } });
    client.send({ v: 1, kind: 'telepathy' });
    client.send({ v: 1, kind: 'ping', t: 'soon' });
    await eventually(() => client.received.filter((frame) => frame.kind === 'error').length === 4, 'four errors');
    const errors = client.received.filter((frame) => frame.kind === 'error').map((frame) => [frame.code, frame.field]);
    expect(errors).to.deep.equal([
      ['malformed-frame', ''],
      ['malformed-frame', 'cmd.commandId'],
      ['unknown-kind', 'kind'],
      ['malformed-frame', 't'],
    ]);
    client.send({ v: 1, kind: 'ping', t: 7 });
    await eventually(() => client.received.some((frame) => frame.kind === 'pong'), 'still answering');
    expect(client.closed()).to.equal(null);
  });

  it('BE-5: the same command id with another body is refused as idempotency-mismatch; with the same body it is answered, not applied again', async () => {
    server = rawClient();
    const client = server.connect();
    await client.opened;
    client.hello();
    const login = { type: 'login', commandId: 'login-1', agentId: 'agent-7' };
    client.send({ v: 1, kind: 'cmd', id: 'login-1', cmd: login });
    await eventually(() => {
      server!.clock.advance(0);
      return client.received.some((frame) => frame.corr === 'login-1');
    }, 'the login is answered');
    client.send({ v: 1, kind: 'cmd', id: 'login-1', cmd: login });
    client.send({ v: 1, kind: 'cmd', id: 'login-1', cmd: { ...login, agentId: 'agent-8' } });
    await eventually(() => {
      server!.clock.advance(0);
      return client.received.filter((frame) => frame.corr === 'login-1').length === 3;
    }, 'three answers');
    const answers = client.received.filter((frame) => frame.corr === 'login-1').map((frame) => frame.event?.code ?? frame.event?.type);
    expect(answers.sort()).to.deep.equal(['command-accepted', 'command-accepted', 'idempotency-mismatch']);
    expect(server.simulator.receivedCommands.filter((command) => command.type === 'login').length, 'the retry and the mismatch never reached the engine').to.equal(1);
  });

  it('BE-1: a command with a field wrong, or of a type the server does not know, is refused once with the field named; the engine never sees it', async () => {
    server = rawClient();
    const client = server.connect();
    await client.opened;
    client.hello();
    await eventually(() => client.received.some((frame) => frame.kind === 'snapshot-end'), 'welcome and snapshot');
    const bad = { type: 'set-channel-status', commandId: 'bad-1', channel: 'voice', status: 'asleep' };
    client.send({ v: 1, kind: 'cmd', id: 'bad-1', cmd: bad });
    client.send({ v: 1, kind: 'cmd', id: 'new-1', cmd: { type: 'teleport', commandId: 'new-1' } });
    client.send({ v: 1, kind: 'cmd', id: 'bad-1', cmd: bad });
    await eventually(() => client.received.filter((frame) => frame.corr === 'bad-1' || frame.corr === 'new-1').length === 3, 'three answers');
    const answers = client.received
      .filter((frame) => frame.corr === 'bad-1' || frame.corr === 'new-1')
      .map((frame) => {
        const event = frame.event as { type?: string; code?: string; params?: { field?: string } };
        return [frame.corr, event.type, event.code, event.params?.field];
      });
    expect(answers).to.deep.equal([
      ['bad-1', 'command-rejected', 'malformed-command', 'cmd.status'],
      ['new-1', 'command-rejected', 'unknown-command', 'cmd.type'],
      ['bad-1', 'command-rejected', 'malformed-command', 'cmd.status'],
    ]);
    const reached = server.simulator.receivedCommands.map((command) => command.commandId);
    expect(reached).to.not.include('bad-1');
    expect(reached).to.not.include('new-1');
  });

  it('BE-5: a final answer is kept 24 hours for retries, then forgotten, so the server does not grow without bound', async () => {
    server = rawClient();
    const im = { type: 'set-im-login', commandId: 'im-1', loggedIn: false };
    const reached = () => server!.simulator.receivedCommands.filter((command) => command.commandId === 'im-1').length;
    // Each try on a connection of its own, as a desk that retries a day later reconnects first.
    const tryOnce = async (what: string) => {
      const client = server!.connect();
      await client.opened;
      client.hello();
      await eventually(() => client.received.some((frame) => frame.kind === 'welcome'), 'welcome');
      client.send({ v: 1, kind: 'cmd', id: 'im-1', cmd: im });
      await eventually(() => {
        server!.clock.advance(0);
        return client.received.some((frame) => frame.corr === 'im-1');
      }, what);
      client.socket.close();
    };
    await tryOnce('the first answer');
    server.clock.advance(23 * 60 * 60 * 1000);
    await tryOnce('the retry answered from what was kept');
    expect(reached(), 'a retry within 24 h never reaches the engine').to.equal(1);
    server.clock.advance(60 * 60 * 1000 + 1);
    await tryOnce('the command after 24 h answered');
    expect(reached(), 'after 24 h the id is new again').to.equal(2);
  });

  it('BE-4: a second connection of the desk replaces the first, which is closed with 4409', async () => {
    server = rawClient();
    const first = server.connect();
    await first.opened;
    first.hello();
    await eventually(() => first.received.some((frame) => frame.kind === 'welcome'), 'first welcome');
    const second = server.connect();
    await second.opened;
    second.hello();
    await eventually(() => first.closed() !== null, 'the first is closed');
    expect(first.closed()?.code).to.equal(4409);
    expect(second.closed()).to.equal(null);
  });
});
