import { ProtocolEndpoint, type EndpointConnection, type ServerSocket } from '../../src/services/backend/simulator/protocol-endpoint.js';
import type { BackendAdapter } from '../../src/services/ports/backend/contract.js';
import { PROTOCOL, readClientFrame } from '../../src/services/ports/backend/protocol-frames.js';
import type { AgentTokenVerifier, TokenCheck } from './auth/agent-tokens.js';
import { TokenLifetime } from './token-lifetime.js';

/** Makes the back end one agent works against: the simulator today, the database-backed engine later. */
export type EngineFactory = (agentId: string) => BackendAdapter;

/** Where the gateway reports what happened: ids and reasons only, never a token. Fastify's pino logger fits. */
export interface GatewayLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

export interface GatewayOptions {
  readonly verifier: AgentTokenVerifier;
  readonly createEngine: EngineFactory;
  readonly log?: GatewayLog;
  /** How long a new connection may take to say hello (10,000 ms, docs/protocol/ Handshake). */
  readonly helloTimeoutMs?: number;
  /** How long before a token's end the server asks for a fresh one (60,000 ms). */
  readonly reauthLeadMs?: number;
  readonly heartbeatMs?: number;
  readonly resumeWindow?: number;
}

/** One connection as the transport drives it: its frames in, and its end. */
export interface GatewayConnection extends EndpointConnection {
  /** The agent it was routed to, once its hello's token was good. */
  readonly agentId: string | null;
}

/**
 * Frames a connection may send between its hello and the welcome (the kit sends none; a ping, say):
 * more is a client that does not wait for the handshake.
 */
const MAX_FRAMES_BEFORE_WELCOME = 16;

const silentLog: GatewayLog = { info: () => undefined, warn: () => undefined };

interface Agent {
  readonly endpoint: ProtocolEndpoint;
  readonly engine: BackendAdapter;
}

/**
 * The agent router. A new connection belongs to nobody: its first frame must be a `hello` (else
 * 4400) whose token is good (else 4401); the token's `sub` names the agent, and the connection is
 * handed to that agent's protocol endpoint, made on first use, each in front of an engine of its
 * own. A hello carries no agent id, so a connection reaches the agent its token names and no other;
 * the endpoint checks every later token (reauth) against that same agent, and a `login` command
 * naming another agent is refused here.
 */
export class AgentGateway {
  private readonly agents = new Map<string, Agent>();
  private readonly log: GatewayLog;
  private disposed = false;

  constructor(private readonly options: GatewayOptions) {
    this.log = options.log ?? silentLog;
  }

  get agentCount(): number {
    return this.agents.size;
  }

  /** Takes a new connection; `context` (a connection number, say) goes into every log line about it. */
  accept(socket: ServerSocket, context: Record<string, unknown> = {}): GatewayConnection {
    let phase: 'hello' | 'verifying' | 'live' | 'closed' = 'hello';
    let agentId: string | null = null;
    let connection: EndpointConnection | null = null;
    let lifetime: TokenLifetime | null = null;
    let firstExpiry = 0;
    /** Frames after hello, held until the welcome is out so the endpoint sees them in order. */
    const held: unknown[] = [];

    const close = (code: number, reason: string) => {
      phase = 'closed';
      socket.close(code, reason);
    };
    const helloDeadline = setTimeout(() => {
      if (phase === 'hello') close(4400, 'no hello in time');
    }, this.options.helloTimeoutMs ?? 10_000);
    helloDeadline.unref();

    // The endpoint's end of the socket: its first frame is the welcome, and the session is live from there.
    const endpointSocket: ServerSocket = {
      send: (data) => {
        socket.send(data);
        if (phase === 'verifying' && isWelcome(data)) {
          phase = 'live';
          // Counted from the welcome: a reauth request must not reach the desk before it.
          lifetime?.runUntil(firstExpiry);
          // After the endpoint has finished welcoming (snapshot and all): it writes them in one go.
          queueMicrotask(() => held.splice(0).forEach((frame) => liveFrame(frame)));
        }
      },
      close: (code, reason) => close(code, reason),
    };

    const liveFrame = (data: unknown) => {
      if (phase !== 'live' || !connection || !agentId) return;
      const reading = readClientFrame(data);
      if (reading.ok) {
        const frame = reading.frame;
        if (frame.kind === 'reauth') {
          const forAgent = agentId;
          // The endpoint answers the reauth; here the session's end moves with the new token.
          void this.verify(frame.token).then((check) => {
            if (check.ok && check.agentId === forAgent) lifetime?.runUntil(check.expiresAt);
          });
        }
      }
      connection.receive(data);
    };

    const route = (check: Extract<TokenCheck, { ok: true }>, hello: unknown) => {
      agentId = check.agentId;
      const agent = this.agentFor(check.agentId);
      lifetime = new TokenLifetime(endpointSocket, this.options.reauthLeadMs ?? 60_000, () =>
        this.log.info({ ...context, agentId: check.agentId }, 'token expired; connection closed'),
      );
      firstExpiry = check.expiresAt;
      this.log.info({ ...context, agentId: check.agentId }, 'hello: routed to the agent');
      connection = agent.endpoint.connect(endpointSocket);
      connection.receive(hello);
    };

    const hello = (data: unknown) => {
      clearTimeout(helloDeadline);
      const reading = readClientFrame(data);
      if (!reading.ok || reading.frame.kind !== 'hello') {
        close(4400, 'the first frame must be hello');
        return;
      }
      if (!reading.frame.protocols.includes(PROTOCOL)) {
        close(4400, 'hello refused: no protocol this server speaks');
        return;
      }
      phase = 'verifying';
      void this.verify(reading.frame.token).then((check) => {
        if (phase === 'closed') return;
        if (this.disposed) return close(1001, 'going away');
        if (!check.ok) {
          this.log.info({ ...context, reason: check.reason }, 'hello refused: token rejected');
          return close(4401, `token rejected: ${check.reason}`);
        }
        route(check, data);
      });
    };

    return {
      get agentId() {
        return agentId;
      },
      receive: (data) => {
        switch (phase) {
          case 'hello':
            return hello(data);
          case 'verifying':
            if (held.length >= MAX_FRAMES_BEFORE_WELCOME) return close(4400, 'too many frames before welcome');
            held.push(data);
            return;
          case 'live':
            return liveFrame(data);
          case 'closed':
            return;
        }
      },
      closed: () => {
        phase = 'closed';
        clearTimeout(helloDeadline);
        lifetime?.stop();
        connection?.closed();
      },
    };
  }

  /** Stops every agent: endpoints close their live connections (1001), engines release their timers. */
  dispose(): void {
    this.disposed = true;
    for (const { endpoint, engine } of this.agents.values()) {
      endpoint.dispose();
      engine.dispose();
    }
    this.agents.clear();
  }

  /**
   * A token check that fails closed and never rejects: a verifier whose revocation list (a database,
   * later) throws must refuse the token, not leave an unhandled rejection behind.
   */
  private async verify(token: string): Promise<TokenCheck> {
    try {
      return await this.options.verifier.verify(token);
    } catch (error) {
      this.log.warn({ error: error instanceof Error ? error.name : typeof error }, 'token check failed');
      return { ok: false, reason: 'check-failed' };
    }
  }

  private agentFor(agentId: string): Agent {
    const known = this.agents.get(agentId);
    if (known) return known;
    const engine = this.options.createEngine(agentId);
    const endpoint = new ProtocolEndpoint({
      engine,
      agentId,
      // A later token (reauth) must be good and name this same agent: agent-8's never acts for agent-7.
      acceptToken: async (token) => {
        const check = await this.verify(token);
        return check.ok && check.agentId === agentId;
      },
      ...(this.options.heartbeatMs !== undefined ? { heartbeatMs: this.options.heartbeatMs } : {}),
      ...(this.options.resumeWindow !== undefined ? { resumeWindow: this.options.resumeWindow } : {}),
    });
    const agent = { endpoint, engine };
    this.agents.set(agentId, agent);
    return agent;
  }
}

function isWelcome(data: string): boolean {
  try {
    const frame: unknown = JSON.parse(data);
    return typeof frame === 'object' && frame !== null && (frame as { kind?: unknown }).kind === 'welcome';
  } catch {
    return false;
  }
}
