// A scripted outbound-kit.v1 server for the client's connection tests (docs/protocol/): it speaks
// the connection layer (hello/welcome, resume or snapshot, ping/pong, reauth, idempotent answers)
// over a real WebSocket on 127.0.0.1, and a control endpoint lets a test push events, cut or
// silence the connection, and read every frame the client sent. Started and stopped by PID through
// wtr-protocol-server-plugin.mjs. Prints one JSON line, { wsPort, controlPort }, when ready.
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const PROTOCOL = 'outbound-kit.v1';
const config = { epoch: 'epoch-1', heartbeatMs: 1000, resumeWindow: 100, silent: false, holdAnswers: false, cutSnapshot: false };
/** @type {{ seq: number, corr: string | null, event: unknown }[]} */
const log = [];
/** @type {Map<string, { body: string, answer: unknown }>} */
const answers = new Map();
/** @type {unknown[]} */
const received = [];
/** @type {Set<import('ws').WebSocket>} */
const live = new Set();
let sessions = 0;

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
});

/** @param {import('ws').WebSocket} socket @param {object} frame */
const write = (socket, frame) => {
  if (!config.silent && socket.readyState === socket.OPEN) socket.send(JSON.stringify({ v: 1, ...frame }));
};

/** @param {unknown} event @param {string | null} corr */
function append(event, corr) {
  const entry = { seq: log.length + 1, corr, event };
  log.push(entry);
  for (const socket of live) write(socket, { kind: 'evt', epoch: config.epoch, ...entry });
}

wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    if (config.silent) return;
    let frame;
    try {
      frame = JSON.parse(String(data));
    } catch {
      write(socket, { kind: 'error', code: 'malformed-frame', message: 'not JSON' });
      return;
    }
    received.push(frame);
    switch (frame.kind) {
      case 'hello': {
        if (frame.token !== 'good-token') {
          socket.close(4401, 'token rejected');
          return;
        }
        sessions += 1;
        const resume = frame.resume;
        const resumed = Boolean(resume && resume.epoch === config.epoch && log.length - resume.lastSeq <= config.resumeWindow);
        write(socket, {
          kind: 'welcome',
          protocol: PROTOCOL,
          sessionId: `session-${sessions}`,
          agentId: 'agent-7',
          epoch: config.epoch,
          seq: log.length,
          serverTime: Date.now(),
          heartbeatMs: config.heartbeatMs,
          resumeWindow: config.resumeWindow,
          capabilities: { dialingModes: ['preview'], participationToggle: false, negotiatedLogout: true },
          resumed,
        });
        if (resumed) {
          for (const entry of log.slice(resume.lastSeq)) write(socket, { kind: 'evt', epoch: config.epoch, ...entry });
        } else {
          write(socket, { kind: 'snapshot-begin', epoch: config.epoch, seq: log.length });
          write(socket, { kind: 'evt', epoch: config.epoch, seq: 0, corr: null, event: { type: 'campaigns-snapshot', campaigns: [] } });
          if (config.cutSnapshot) {
            // The line fails in the middle of the snapshot.
            socket.terminate();
            return;
          }
          write(socket, { kind: 'snapshot-end', seq: log.length });
        }
        live.add(socket);
        return;
      }
      case 'cmd': {
        const body = JSON.stringify(frame.cmd);
        const known = answers.get(frame.id);
        if (known) {
          // A retry: the same answer again (a new log entry), the command not applied twice.
          const mismatch = { type: 'command-rejected', commandId: frame.id, code: 'idempotency-mismatch', message: 'Another command was sent under this id.', retryable: false };
          append(known.body === body ? known.answer : mismatch, frame.id);
          return;
        }
        if (config.holdAnswers) return;
        const answer = { type: 'command-accepted', commandId: frame.id };
        answers.set(frame.id, { body, answer });
        append(answer, frame.id);
        return;
      }
      case 'ping':
        write(socket, { kind: 'pong', t: frame.t });
        return;
      case 'reauth':
        write(socket, { kind: 'reauth-ok', expiresAt: Date.now() + 3_600_000 });
        return;
      default:
        return;
    }
  });
  socket.on('close', () => live.delete(socket));
});

/** @param {import('node:http').IncomingMessage} request */
async function body(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

const control = createServer(async (request, response) => {
  const payload = await body(request);
  const reply = (value) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(value ?? {}));
  };
  switch (request.url) {
    case '/push':
      append(payload.event, null);
      return reply({ seq: log.length });
    case '/raw':
      for (const socket of live) socket.send(payload.text);
      return reply();
    case '/frames':
      return reply({ frames: received });
    case '/drop':
      // An abrupt end, as a network failure gives: no close frame.
      for (const socket of live) socket.terminate();
      return reply();
    case '/close':
      for (const socket of live) socket.close(payload.code, payload.reason ?? '');
      return reply();
    case '/silence':
      config.silent = payload.silent !== false;
      return reply();
    case '/reauth':
      for (const socket of live) write(socket, { kind: 'reauth', expiresAt: Date.now() + 60_000 });
      return reply();
    case '/config':
      Object.assign(config, payload);
      return reply(config);
    case '/state':
      return reply({ live: live.size, sessions, seq: log.length, epoch: config.epoch });
    default:
      response.statusCode = 404;
      return reply({ error: `no ${request.url}` });
  }
});

wss.on('listening', () => {
  control.listen(0, '127.0.0.1', () => {
    const wsPort = /** @type {import('node:net').AddressInfo} */ (wss.address()).port;
    const controlPort = /** @type {import('node:net').AddressInfo} */ (control.address()).port;
    process.stdout.write(`${JSON.stringify({ wsPort, controlPort })}\n`);
  });
});
process.on('SIGTERM', () => process.exit(0));
