import { Writable } from 'node:stream';
import { agentTokenVerifier, type AgentTokenVerifier } from '../../src/auth/agent-tokens.js';
import { mintAgentToken } from '../../src/auth/mint-token.js';
import { RevokedTokens } from '../../src/auth/revoked-tokens.js';
import { demoSimulator } from '../../src/engines.js';
import { createServer, type OutboundServer, type ServerOptions } from '../../src/http/app.js';
import type { EmbeddedSimulator } from '../../../src/services/backend/simulator/embedded-simulator.js';

export const TEST_SECRET = 'the-test-servers-shared-secret-32-bytes+';

export interface TestServer {
  readonly server: OutboundServer;
  readonly httpUrl: URL;
  /** ws://127.0.0.1:port/v1 */
  readonly wsUrl: string;
  readonly revoked: RevokedTokens;
  /** Every agent an engine was made for, in order. */
  readonly enginesMadeFor: string[];
  readonly engines: Map<string, EmbeddedSimulator>;
  /** Every JSON log line the server wrote. */
  readonly logs: string[];
  token(agentId: string, lifetimeSec?: number): Promise<string>;
  health(): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** The real server, in this process, on 127.0.0.1 and a free port, with an HS256 secret (or the given verifier). */
export async function startTestServer(overrides: Partial<ServerOptions> & { verifier?: AgentTokenVerifier } = {}): Promise<TestServer> {
  const revoked = new RevokedTokens();
  const logs: string[] = [];
  const enginesMadeFor: string[] = [];
  const engines = new Map<string, EmbeddedSimulator>();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const server = await createServer({
    verifier: agentTokenVerifier({ keys: { kind: 'shared-secret', secret: TEST_SECRET }, revoked }),
    createEngine: (agentId) => {
      enginesMadeFor.push(agentId);
      const engine = demoSimulator();
      engines.set(agentId, engine);
      return engine;
    },
    allowedOrigins: ['http://127.0.0.1:8000'],
    shutdown: { drainMs: 100, retryAfterMs: 5_000, closeTimeoutMs: 1_000 },
    log: { level: 'debug', stream },
    ...overrides,
  });
  const httpUrl = await server.listen('127.0.0.1', 0);
  let stopped: Promise<void> | null = null;
  return {
    server,
    httpUrl,
    wsUrl: `ws://${httpUrl.host}/v1`,
    revoked,
    enginesMadeFor,
    engines,
    logs,
    token: (agentId, lifetimeSec = 600) => mintAgentToken(TEST_SECRET, agentId, { lifetimeSec }),
    async health() {
      const response = await fetch(new URL('/health', httpUrl), { signal: AbortSignal.timeout(3_000) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    stop: () => (stopped ??= server.shutdown()),
  };
}
