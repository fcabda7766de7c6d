import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { ServerSocket } from '../../../src/services/backend/simulator/protocol-endpoint.js';
import { MAX_FRAME_BYTES, PROTOCOL } from '../../../src/services/ports/backend/protocol-frames.js';
import type { AgentTokenVerifier } from '../auth/agent-tokens.js';
import { AgentGateway, type EngineFactory, type GatewayConnection, type GatewayOptions } from '../gateway.js';
import { DEFAULT_FRAME_RATE, FrameBucket, type FrameRateLimit } from './frame-rate.js';
import { loggerOptions, type LogSettings } from './logging.js';
import { offersProtocol, originAllowed } from './upgrade-checks.js';

export interface ShutdownSettings {
  /** How long connections stay open after their `bye`, while /health says 503 (1,000 ms). */
  readonly drainMs: number;
  /** The `bye`'s `retryAfterMs`: how soon desks should come back (5,000 ms). */
  readonly retryAfterMs: number;
  /** How long a closing handshake may take before the socket is cut (2,000 ms). */
  readonly closeTimeoutMs: number;
}

export interface ServerOptions {
  readonly verifier: AgentTokenVerifier;
  readonly createEngine: EngineFactory;
  /** Origins (`scheme://host[:port]`, normalised) a browser may connect from; a request with no Origin is not a browser's. */
  readonly allowedOrigins: readonly string[];
  readonly frameRate?: FrameRateLimit;
  readonly shutdown?: Partial<ShutdownSettings>;
  readonly log?: LogSettings;
  readonly gateway?: Pick<GatewayOptions, 'helloTimeoutMs' | 'reauthLeadMs' | 'heartbeatMs' | 'resumeWindow'>;
  /**
   * How many connections may wait for their hello at once (1,000 by default). Each is bounded by the
   * hello deadline already; the cap keeps a burst of silent connections from holding the server.
   */
  readonly maxWaitingForHello?: number;
}

export interface HealthReport {
  readonly status: 'ok' | 'shutting-down';
  /** Agents with an endpoint (and an engine) on this server. */
  readonly agents: number;
  /** Open WebSocket connections, signed in or not yet. */
  readonly connections: number;
  readonly uptimeMs: number;
}

export interface OutboundServer {
  readonly app: FastifyInstance;
  readonly health: () => HealthReport;
  /** Starts listening; the address it listens on, as `http://host:port`. */
  listen(host: string, port: number): Promise<URL>;
  /**
   * Stops gracefully: no new connections (503), every connection gets a `bye` (going-away, with
   * retryAfterMs), then after the drain period a 1001 close; endpoints and engines are disposed and
   * the HTTP server closes. Calling it again returns the same promise.
   */
  shutdown(): Promise<void>;
}

interface Live {
  readonly ws: WebSocket;
  readonly connection: GatewayConnection;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The reference server's HTTP and WebSocket shell around the agent gateway. */
export async function createServer(options: ServerOptions): Promise<OutboundServer> {
  const startedAt = performance.now();
  const shutdownSettings: ShutdownSettings = { drainMs: 1_000, retryAfterMs: 5_000, closeTimeoutMs: 2_000, ...options.shutdown };
  const frameRate = options.frameRate ?? DEFAULT_FRAME_RATE;
  const allowedOrigins = new Set(options.allowedOrigins);
  const app = Fastify({
    logger: loggerOptions(options.log ?? { level: 'info' }),
    // No route takes a body.
    bodyLimit: 1024,
  });
  const gateway = new AgentGateway({ ...options.gateway, verifier: options.verifier, createEngine: options.createEngine, log: app.log });
  const live = new Set<Live>();
  let connections = 0;
  let stopping: Promise<void> | null = null;

  const health = (): HealthReport => ({
    status: stopping ? 'shutting-down' : 'ok',
    agents: gateway.agentCount,
    connections: live.size,
    uptimeMs: Math.round(performance.now() - startedAt),
  });

  await app.register(fastifyWebsocket, {
    options: {
      // ws closes a connection whose frame is larger with 1009, as docs/protocol/ asks.
      maxPayload: MAX_FRAME_BYTES,
      // The upgrade check below has refused every request not offering it.
      handleProtocols: (offered) => (offered.has(PROTOCOL) ? PROTOCOL : false),
      perMessageDeflate: false,
    },
    // A socket error (a frame too large, bad UTF-8, a reset) has already started ws's close with the
    // right code; cutting the socket here, as the default does, could lose that close frame.
    errorHandler(error, _socket, request) {
      request.log.warn({ error: (error as { code?: unknown }).code ?? error.name }, 'websocket error');
    },
  });

  app.get('/health', async (_request, reply) => {
    const report = health();
    return reply.code(report.status === 'ok' ? 200 : 503).send(report);
  });

  /** Refusals made before the upgrade, as plain HTTP answers: a browser shows them in its network panel. */
  const checkUpgrade = async (request: FastifyRequest, reply: FastifyReply) => {
    if (stopping) return reply.code(503).header('retry-after', Math.ceil(shutdownSettings.retryAfterMs / 1000)).send({ error: 'shutting down' });
    if (!offersProtocol(request.headers['sec-websocket-protocol'])) return reply.code(400).send({ error: `the ${PROTOCOL} subprotocol is required` });
  };

  app.get('/v1', { websocket: true, onRequest: checkUpgrade }, (ws, request) => {
    // An Origin not allowed is told so after the upgrade (4403, docs/protocol/): a browser reports a
    // refused upgrade only as a failed connection, and the desk would retry forever instead of
    // saying it is not allowed. Nothing it sends is read.
    if (!originAllowed(request.headers.origin, allowedOrigins)) {
      request.log.info({ origin: request.headers.origin }, 'connection refused: origin not allowed');
      ws.close(4403, 'origin not allowed');
      return;
    }
    const waiting = [...live].filter((entry) => entry.connection.agentId === null).length;
    if (waiting >= (options.maxWaitingForHello ?? 1_000)) {
      request.log.warn({ waiting }, 'connection refused: too many waiting for their hello');
      // 1013: try again later (RFC 6455); the desk reconnects with back-off.
      ws.close(1013, 'too many connections waiting to say hello');
      return;
    }
    const context = { connection: ++connections };
    const socket: ServerSocket = {
      send: (data) => {
        if (ws.readyState === ws.OPEN) ws.send(data);
      },
      close: (code, reason) => {
        if (ws.readyState === ws.OPEN) ws.close(code, reason);
      },
    };
    const connection = gateway.accept(socket, context);
    const entry: Live = { ws, connection };
    live.add(entry);
    const bucket = new FrameBucket(frameRate);
    let flooded = false;
    // Listeners are attached now, in the handler's own turn: a frame must not arrive with nobody listening.
    ws.on('message', (data, isBinary) => {
      if (flooded) return;
      if (!bucket.take()) {
        flooded = true;
        request.log.warn({ ...context, agentId: connection.agentId }, 'too many frames; connection closed');
        // docs/protocol/: 4429 "reconnects after retryAfterMs", which only a bye carries.
        socket.send(JSON.stringify({ v: 1, kind: 'bye', code: 'too-many-frames', reason: 'too many frames from this client', retryAfterMs: bucket.refillMs }));
        socket.close(4429, 'too many frames');
        return;
      }
      // A binary frame goes on as bytes: the protocol reader refuses it by name.
      connection.receive(isBinary ? data : text(data));
    });
    ws.on('close', (code) => {
      live.delete(entry);
      connection.closed();
      request.log.info({ ...context, agentId: connection.agentId, code }, 'connection closed');
    });
  });

  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      app.log.info({ connections: live.size }, 'shutting down');
      const bye = JSON.stringify({ v: 1, kind: 'bye', code: 'going-away', reason: 'the server is shutting down', retryAfterMs: shutdownSettings.retryAfterMs });
      for (const { ws } of live) if (ws.readyState === ws.OPEN) ws.send(bye);
      await delay(shutdownSettings.drainMs);
      const closed = [...live].map(({ ws }) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : ws.once('close', () => resolve()))));
      for (const { ws } of live) if (ws.readyState === ws.OPEN) ws.close(1001, 'going away');
      await Promise.race([Promise.all(closed), delay(shutdownSettings.closeTimeoutMs)]);
      for (const { ws } of live) ws.terminate();
      gateway.dispose();
      await app.close();
    })();
    return stopping;
  };

  return {
    app,
    health,
    async listen(host, port) {
      await app.listen({ host, port });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('the server listens on no TCP port');
      return new URL(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
    },
    shutdown,
  };
}

/** A text frame's bytes as a string (ws has checked they are UTF-8). */
function text(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
