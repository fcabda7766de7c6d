// Starts the reference server: `npm start -w server` (tsx src/main.ts). Settings: src/config.ts.
// JSON logs go to stdout; the address and, in development, the agents' tokens go to stderr, for
// the person at the terminal: whatever collects the logs never sees a token.
import { agentTokenVerifier, type AgentTokenVerifier } from './auth/agent-tokens.js';
import { developmentBanner, developmentKeys } from './auth/dev-secret.js';
import { RevokedTokens } from './auth/revoked-tokens.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { sharedSimulatorEngines } from './engines.js';
import { readScenarioFile } from './scenario-file.js';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { createServer } from './http/app.js';

let config: ServerConfig;
try {
  config = readConfig(process.env, process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ConfigError) && !(error instanceof TypeError)) throw error;
  // parseArgs reports an unknown flag as a TypeError with a readable message.
  const problems = error instanceof ConfigError ? error.problems : [error.message];
  process.stderr.write(`outbound-kit server: cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  process.exit(2);
}

const claims = { ...(config.issuer ? { issuer: config.issuer } : {}), ...(config.audience ? { audience: config.audience } : {}) };
const revoked = new RevokedTokens();
let verifier: AgentTokenVerifier;
let banner = '';
if (config.auth.kind === 'development') {
  const keys = await developmentKeys(claims);
  verifier = agentTokenVerifier({ keys: { kind: 'shared-secret', secret: keys.secret }, revoked, ...claims });
  banner = developmentBanner(keys);
} else {
  verifier = agentTokenVerifier({ keys: config.auth.kind === 'jwks' ? { kind: 'jwks', url: config.auth.url } : { kind: 'shared-secret', secret: config.auth.secret }, revoked, ...claims });
}

let scenario: SimulatorScenario = demoScenario;
if (config.scenarioFile) {
  try {
    scenario = await readScenarioFile(config.scenarioFile);
  } catch (error) {
    process.stderr.write(`outbound-kit server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

const server = await createServer({
  verifier,
  createEngine: sharedSimulatorEngines(scenario),
  allowedOrigins: config.allowedOrigins,
  frameRate: config.frameRate,
  shutdown: config.shutdown,
  log: { level: config.logLevel },
});
const url = await server.listen(config.host, config.port);
server.app.log.info(
  { auth: config.auth.kind, allowedOrigins: config.allowedOrigins, database: config.databaseUrl || config.dataDir ? 'configured, not used yet' : 'none' },
  'outbound-kit server started',
);
const ws = new URL('/v1', url);
ws.protocol = 'ws:';
process.stderr.write(`outbound-kit server: ${ws.href} (health: ${new URL('/health', url).href})\n${banner ? `${banner}\n` : ''}`);

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal means "now": the graceful path is taking too long for whoever is waiting.
    if (signalled) process.exit(1);
    signalled = true;
    server.app.log.info({ signal }, 'stopping');
    server.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ error: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
