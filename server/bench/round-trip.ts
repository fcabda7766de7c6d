// Two figures over outbound-kit.v1 on the reference server in this process, each the kit against a
// raw `ws` client sending the same frames, interleaved round by round:
// - command → answer round trip through the kit's protocol client (ProtocolConnection, the code
//   createWebSocketBackend runs): per round, the median of `commands` sequential round trips;
// - events applied per second: `burst` commands sent at once, until every answer is in; the kit
//   through its whole session (createWebSocketBackend, the bridge's validation, the store), the raw
//   client only parsing JSON.
// Prints one JSON line: { kitMs, rawMs, kitEventsPerSecond, rawEventsPerSecond, commands, burst }.
// Usage: tsx bench/round-trip.ts [--rounds=5] [--commands=200] [--burst=500]
import WebSocket from 'ws';
import { ProtocolConnection, type ReceivedEvent } from '../../src/services/backend/websocket/connection.js';
import type { SocketLike } from '../../src/services/ports/backend/protocol-frames.js';
import type { SetImLoginCommand } from '../../src/services/ports/backend/contract.js';
import { agentTokenVerifier } from '../src/auth/agent-tokens.js';
import { mintAgentToken } from '../src/auth/mint-token.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { createServer } from '../src/http/app.js';
import { tap } from 'rxjs';
import { createWebSocketBackend } from '../../src/services/backend/websocket/websocket-backend.js';
import type { BackendAdapter } from '../../src/services/ports/backend/contract.js';
import { createSession } from '../../src/services/session/create-session.js';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const rounds = option('rounds', 5);
const commands = option('commands', 200);
const burst = option('burst', 500);
const secret = 'the-bench-servers-shared-secret-32-bytes';

const server = await createServer({
  verifier: agentTokenVerifier({ keys: { kind: 'shared-secret', secret } }),
  // No simulated latency: what is measured is the protocol's path, not the demo's pace.
  createEngine: () => new EmbeddedSimulator({ ...demoScenario, latencyMs: 0 }),
  allowedOrigins: [],
  // The bench sends faster than a desk ever does: the flood limit is not what is measured.
  frameRate: { perSecond: 1_000_000, burst: 1_000_000 },
  log: { level: 'silent' },
});
const url = `ws://${(await server.listen('127.0.0.1', 0)).host}/v1`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const command = (id: string): SetImLoginCommand => ({ type: 'set-im-login', commandId: id, loggedIn: false });

/** The kit's client: send, and the answer arrives as an event with the command's id as corr. */
async function kitClient(token: string) {
  const connection = new ProtocolConnection({ url, token: () => token, openSocket: (to, protocols) => new WebSocket(to, protocols) as unknown as SocketLike });
  const waiting = new Map<string, () => void>();
  connection.events.subscribe((received: ReceivedEvent) => {
    if (received.kind !== 'event') return;
    const answered = (received.event as { commandId?: string }).commandId;
    if (answered) waiting.get(answered)?.();
  });
  await new Promise<void>((resolve) => {
    const subscription = connection.state.subscribe((state) => state.status === 'live' && resolve());
    connection.start();
    void subscription;
  });
  return {
    roundTrip: (id: string) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        waiting.set(id, () => resolve(performance.now() - started));
        connection.send(command(id));
      }),
    close: () => connection.dispose(),
  };
}

/** A raw client: hello, then the same cmd frames, the answer matched by corr. */
async function rawClient(token: string) {
  const socket = new WebSocket(url, ['outbound-kit.v1']);
  const waiting = new Map<string, () => void>();
  let live: () => void = () => undefined;
  const welcomed = new Promise<void>((resolve) => (live = resolve));
  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString('utf8')) as { kind: string; corr?: string | null; t?: number };
    if (frame.kind === 'snapshot-end') live();
    else if (frame.kind === 'ping') socket.send(JSON.stringify({ v: 1, kind: 'pong', t: frame.t }));
    else if (frame.kind === 'evt' && frame.corr) waiting.get(frame.corr)?.();
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ v: 1, kind: 'hello', protocols: ['outbound-kit.v1'], client: { name: 'raw', version: '1' }, token }));
  await welcomed;
  return {
    roundTrip: (id: string) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        waiting.set(id, () => resolve(performance.now() - started));
        socket.send(JSON.stringify({ v: 1, kind: 'cmd', id, cmd: command(id) }));
      }),
    close: () => socket.close(),
  };
}

/** The kit's whole session: `burst` Set IM commands at once; resolves with events applied per second once all are answered. */
async function kitSession(token: string) {
  const backend = createWebSocketBackend({ url, token: () => token, openSocket: (to, protocols) => new WebSocket(to, protocols) as unknown as SocketLike });
  let applied = 0;
  const counted: BackendAdapter = {
    get capabilities() {
      return backend.capabilities;
    },
    events: backend.events.pipe(tap(() => (applied += 1))),
    connection: backend.connection,
    send: (command) => backend.send(command),
    dispose: () => backend.dispose(),
  };
  const session = createSession({ outbox: false, agentTimeZone: () => 'Europe/Berlin' });
  const { store, commands: kitCommands } = session.services;
  session.connect(counted, 'bench-kit-session');
  await new Promise<void>((resolve) => {
    const watching = store.select((state) => state.session.phase === 'ready' && Object.keys(state.pending).length === 0).subscribe((ready) => {
      if (!ready) return;
      queueMicrotask(() => watching.unsubscribe());
      resolve();
    });
  });
  return {
    burst: () =>
      new Promise<number>((resolve) => {
        const before = applied;
        const started = performance.now();
        for (let i = 0; i < burst; i += 1) kitCommands.setImLogin(i % 2 === 0);
        const watching = store.select((state) => Object.keys(state.pending).length).subscribe((pending) => {
          if (pending !== 0) return;
          queueMicrotask(() => watching.unsubscribe());
          resolve(((applied - before) / (performance.now() - started)) * 1000);
        });
      }),
    close: () => session.dispose(),
  };
}

/** A raw client's burst: the same commands at once, the events only parsed; events per second. */
async function rawBurst(token: string) {
  const socket = new WebSocket(url, ['outbound-kit.v1']);
  let events = 0;
  let answers = 0;
  let done: () => void = () => undefined;
  let ready: () => void = () => undefined;
  const welcomed = new Promise<void>((resolve) => (ready = resolve));
  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString('utf8')) as { kind: string; corr?: string | null; t?: number };
    if (frame.kind === 'snapshot-end') ready();
    else if (frame.kind === 'ping') socket.send(JSON.stringify({ v: 1, kind: 'pong', t: frame.t }));
    else if (frame.kind === 'evt') {
      events += 1;
      if (frame.corr) answers += 1;
      if (answers === burst) done();
    }
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ v: 1, kind: 'hello', protocols: ['outbound-kit.v1'], client: { name: 'raw', version: '1' }, token }));
  await welcomed;
  let round = 0;
  return {
    burst: () =>
      new Promise<number>((resolve) => {
        round += 1;
        events = 0;
        answers = 0;
        const started = performance.now();
        done = () => resolve((events / (performance.now() - started)) * 1000);
        for (let i = 0; i < burst; i += 1) {
          const id = `raw-burst-${round}-${i}`;
          socket.send(JSON.stringify({ v: 1, kind: 'cmd', id, cmd: { type: 'set-im-login', commandId: id, loggedIn: i % 2 === 0 } }));
        }
      }),
    close: () => socket.close(),
  };
}

const kit = await kitClient(await mintAgentToken(secret, 'bench-kit', { lifetimeSec: 3600 }));
const raw = await rawClient(await mintAgentToken(secret, 'bench-raw', { lifetimeSec: 3600 }));
const measure = async (client: { roundTrip: (id: string) => Promise<number> }, label: string, round: number) => {
  const times: number[] = [];
  for (let i = 0; i < commands; i += 1) times.push(await client.roundTrip(`${label}-${round}-${i}`));
  return median(times);
};
// One unmeasured round each warms both code paths.
await measure(kit, 'warm-kit', -1);
await measure(raw, 'warm-raw', -1);
const kitMs: number[] = [];
const rawMs: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  if (round % 2 === 0) {
    kitMs.push(await measure(kit, 'kit', round));
    rawMs.push(await measure(raw, 'raw', round));
  } else {
    rawMs.push(await measure(raw, 'raw', round));
    kitMs.push(await measure(kit, 'kit', round));
  }
}
kit.close();
raw.close();

const kitBurst = await kitSession(await mintAgentToken(secret, 'bench-kit-session', { lifetimeSec: 3600 }));
const rawBursts = await rawBurst(await mintAgentToken(secret, 'bench-raw-burst', { lifetimeSec: 3600 }));
await kitBurst.burst();
await rawBursts.burst();
const kitEventsPerSecond: number[] = [];
const rawEventsPerSecond: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  if (round % 2 === 0) {
    kitEventsPerSecond.push(await kitBurst.burst());
    rawEventsPerSecond.push(await rawBursts.burst());
  } else {
    rawEventsPerSecond.push(await rawBursts.burst());
    kitEventsPerSecond.push(await kitBurst.burst());
  }
}
kitBurst.close();
rawBursts.close();
await server.shutdown();
console.log(JSON.stringify({ kitMs, rawMs, kitEventsPerSecond, rawEventsPerSecond, commands, burst }));
