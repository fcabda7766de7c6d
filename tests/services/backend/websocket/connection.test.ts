import { expect } from '@open-wc/testing';
import { ProtocolConnection, type ConnectionState, type ReceivedEvent } from '../../../../src/services/backend/websocket/connection.js';
import type { FrameProblem } from '../../../../src/services/ports/backend/protocol-frames.js';
import type { BackendCommand } from '../../../../src/services/ports/backend/contract.js';
import { ManualClock, systemClock, type Clock } from '../../../../src/services/ports/clock.js';
import { eventually } from '../../../support/wait.js';
import { protocolServer } from '../../../support/protocol-server.js';

type ClientFrame = { kind: string; token?: string; resume?: { epoch: string; lastSeq: number }; id?: string; protocols?: string[] };

const server = protocolServer;
const frames = async () => (await server<{ frames: ClientFrame[] }>('frames')).frames;
const push = (event: unknown) => server('push', { event });

/** A connection to the test server, recording its states, events and problems. */
function connect(url: string, token: () => string | Promise<string> = () => 'good-token', clock: Clock = systemClock) {
  const connection = new ProtocolConnection({ url, token, clock, backoff: { initialMs: 50, maxMs: 200 }, welcomeTimeoutMs: 2000 });
  const states: ConnectionState[] = [];
  const events: ReceivedEvent[] = [];
  const problems: FrameProblem[] = [];
  connection.state.subscribe((state) => states.push(state));
  connection.events.subscribe((event) => events.push(event));
  connection.problems.subscribe((problem) => problems.push(problem));
  connection.start();
  const live = () => connection.current.status === 'live';
  const payloads = () => events.flatMap((received) => (received.kind === 'event' ? [received.event] : []));
  return { connection, states, events, problems, live, payloads };
}

const command = (id: string): BackendCommand => ({ type: 'get-record', campaignId: 'c', commandId: id });

describe('ProtocolConnection: the outbound-kit.v1 connection layer against a real WebSocket server', () => {
  it('BE-5: commands queued over a reconnect go in the order first sent, each once, after the catch-up', async () => {
    url = (await server<{ url: string }>('start')).url;
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    await server('config', { holdAnswers: true });
    desk.connection.send(command('cmd-a'));
    await eventually(async () => (await frames()).some((frame) => frame.id === 'cmd-a'), 'A reached the server');
    // A's answer is lost with the connection; the server answers again from now on.
    await server('config', { holdAnswers: false });
    await server('drop');
    desk.connection.send(command('cmd-b'));
    await eventually(() => ['cmd-a', 'cmd-b'].every((id) => desk!.payloads().some((event) => (event as { commandId?: string }).commandId === id)), 'both answered');
    const sent = (await frames()).filter((frame) => frame.kind === 'cmd').map((frame) => frame.id);
    expect(sent).to.deep.equal(['cmd-a', 'cmd-a', 'cmd-b']);
    desk.connection.dispose();
    desk = undefined;
    await server('stop');
  });

  let url = '';
  let desk: ReturnType<typeof connect> | undefined;

  beforeEach(async () => {
    url = (await server<{ url: string }>('start')).url;
  });

  afterEach(async () => {
    desk?.connection.dispose();
    desk = undefined;
    await server('stop');
  });

  it('BE-1: says hello with the token in the frame, not the URL, and is live with the server’s capabilities', async () => {
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    const [hello] = await frames();
    expect(hello).to.deep.include({ kind: 'hello', token: 'good-token', protocols: ['outbound-kit.v1'] });
    expect(hello?.resume, 'a first connection does not resume').to.equal(undefined);
    expect(url.includes('good-token')).to.equal(false);
    const welcome = await new Promise((resolve) => desk!.connection.welcome.subscribe((frame) => frame && resolve(frame)));
    expect(welcome).to.deep.include({ agentId: 'agent-7', heartbeatMs: 1000 });
    // A first connection gets the state as a snapshot.
    expect(desk.events.map((received) => received.kind)).to.deep.equal(['snapshot-begin', 'event', 'snapshot-end']);
    expect(desk.states.map((state) => state.status)).to.deep.equal(['connecting', 'resyncing', 'live']);
  });

  it('BE-1: ignores kinds it does not know, reports a malformed frame with its field, and keeps the connection', async () => {
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    await server('raw', { text: JSON.stringify({ v: 1, kind: 'weather-report', sunny: true }) });
    await server('raw', { text: JSON.stringify({ v: 1, kind: 'evt', epoch: 'epoch-1', seq: 'one', corr: null, event: {} }) });
    await server('raw', { text: '{ not json' });
    await push({ type: 'participation-changed', campaignId: 'c', receiving: true });
    await eventually(() => desk!.payloads().length === 2, 'the event after the bad frames arrives');
    expect(desk.problems.map((problem) => problem.field)).to.deep.equal(['seq', '']);
    expect(desk.problems[0]?.message).to.contain('evt: seq');
    expect(desk.problems[1]?.message).to.equal('a frame that is not JSON');
    expect(desk.connection.current.status).to.equal('live');
  });

  it('BE-2: after a cut connection it resumes from the last event applied: the rest once each, in order', async () => {
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    for (const campaignId of ['a', 'b']) await push({ type: 'participation-changed', campaignId, receiving: true });
    await eventually(() => desk!.payloads().length === 3, 'the first two events');
    await server('drop');
    // Pushed while the desk is away: it must get these on resume, once each.
    for (const campaignId of ['c', 'd']) await push({ type: 'participation-changed', campaignId, receiving: true });
    await eventually(() => desk!.payloads().length === 5, 'the events sent while the connection was down');
    const hellos = (await frames()).filter((frame) => frame.kind === 'hello');
    expect(hellos[1]?.resume).to.deep.equal({ epoch: 'epoch-1', lastSeq: 2 });
    const campaigns = desk.payloads().slice(1).map((event) => (event as { campaignId: string }).campaignId);
    expect(campaigns).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(desk.states.some((state) => state.status === 'offline' && state.reason === 'connection-lost')).to.equal(true);
    expect(desk.connection.current).to.deep.include({ status: 'live', resumed: true });
  });

  it('BE-2: a new epoch on the server (its log was reset) is met with a snapshot, never a replay of the old one', async () => {
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    await push({ type: 'participation-changed', campaignId: 'a', receiving: true });
    await eventually(() => desk!.payloads().length === 2, 'the first event');
    await server('config', { epoch: 'epoch-2' });
    await server('drop');
    await eventually(() => desk!.events.filter((received) => received.kind === 'snapshot-end').length === 2, 'a second snapshot');
    expect(desk.connection.current).to.deep.include({ status: 'live', resumed: false });
    await push({ type: 'participation-changed', campaignId: 'b', receiving: true });
    await eventually(() => desk!.payloads().length === 4, 'the next event in the new epoch');
  });

  it('BE-2: a snapshot cut short is dropped and asked for again: the resume point moves only when one is complete', async () => {
    await push({ type: 'participation-changed', campaignId: 'a', receiving: true });
    await server('config', { cutSnapshot: true });
    desk = connect(url);
    await eventually(() => desk!.events.some((received) => received.kind === 'snapshot-abandoned'), 'the cut snapshot is abandoned');
    await server('config', { cutSnapshot: false });
    await eventually(desk.live, 'live after a complete snapshot');
    const hellos = (await frames()).filter((frame) => frame.kind === 'hello');
    expect(hellos.length).to.be.at.least(2);
    expect(hellos.map((hello) => hello.resume ?? null), 'no resume point from a snapshot that never ended').to.deep.equal(hellos.map(() => null));
    expect(desk.events.map((received) => received.kind).slice(-3)).to.deep.equal(['snapshot-begin', 'event', 'snapshot-end']);
  });

  it('BE-3: a server that goes silent (a half-open socket) is found within two heartbeats, and the desk reconnects', async () => {
    // The desk's clock is a manual one, so "two intervals" is exact: the sockets are real.
    const clock = new ManualClock(Date.now());
    desk = connect(url, () => 'good-token', clock);
    await eventually(desk.live, 'the connection is live');
    await server('silence', { silent: true });
    clock.advance(1500);
    expect(desk.connection.current.status, 'one and a half intervals of silence are not yet a dead connection').to.equal('live');
    clock.advance(500);
    const offline = desk.connection.current;
    expect(offline.status === 'offline' && offline.reason, 'two intervals without a frame').to.equal('heartbeat-missed');
    expect(offline.status === 'offline' && offline.nextAttemptAt !== null, 'it says when it tries again').to.equal(true);
    await server('silence', { silent: false });
    clock.advance(200);
    await eventually(desk.live, 'the desk is live again');
  });

  it('BE-4: a rejected token is asked of the host again before reconnecting; a renewal keeps the session', async () => {
    const tokens = ['expired-token', 'good-token'];
    let asked = 0;
    desk = connect(url, () => tokens[Math.min(asked++, tokens.length - 1)] ?? 'good-token');
    await eventually(desk.live, 'live with the second token');
    expect(desk.states.some((state) => state.status === 'offline' && state.reason === 'token-rejected')).to.equal(true);
    const session = desk.connection.current.status === 'live' ? desk.connection.current.sessionId : null;
    await server('reauth');
    await eventually(async () => (await frames()).some((frame) => frame.kind === 'reauth'), 'the desk answers the renewal');
    const reauth = (await frames()).find((frame) => frame.kind === 'reauth');
    expect(reauth?.token).to.equal('good-token');
    expect(desk.connection.current).to.deep.include({ status: 'live', sessionId: session });
  });

  it('BE-4: a close the desk cannot cure by reconnecting (not allowed) stops it retrying and says why', async () => {
    desk = connect(url);
    await eventually(desk.live, 'the connection is live');
    await server('close', { code: 4403, reason: 'origin not allowed' });
    await eventually(() => desk!.connection.current.status === 'offline', 'offline');
    expect(desk.connection.current).to.deep.equal({ status: 'offline', reason: 'not-allowed', nextAttemptAt: null });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await server<{ sessions: number }>('state')).sessions, 'no reconnect').to.equal(1);
  });

  it('BE-5: commands wait while offline; an unanswered one is sent again under its id once caught up, and answered once', async () => {
    desk = connect(url);
    // Sent before the connection is live: it waits.
    desk.connection.send(command('cmd-early'));
    await eventually(() => desk!.payloads().some((event) => (event as { commandId?: string }).commandId === 'cmd-early'), 'the early command’s answer');
    await server('config', { holdAnswers: true });
    desk.connection.send(command('cmd-lost-answer'));
    await eventually(async () => (await frames()).some((frame) => frame.id === 'cmd-lost-answer'), 'the server received it');
    await server('config', { holdAnswers: false });
    await server('drop');
    await eventually(() => desk!.payloads().some((event) => (event as { commandId?: string }).commandId === 'cmd-lost-answer'), 'its answer after the resume');
    const sent = (await frames()).filter((frame) => frame.kind === 'cmd').map((frame) => frame.id);
    expect(sent).to.deep.equal(['cmd-early', 'cmd-lost-answer', 'cmd-lost-answer']);
    const answers = desk.payloads().filter((event) => (event as { type?: string }).type === 'command-accepted');
    expect(answers.map((event) => (event as { commandId: string }).commandId)).to.deep.equal(['cmd-early', 'cmd-lost-answer']);
  });
});
