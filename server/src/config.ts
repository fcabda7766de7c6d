import { parseArgs } from 'node:util';
import { MIN_SECRET_BYTES } from './auth/agent-tokens.js';
import type { FrameRateLimit } from './http/frame-rate.js';
import type { ShutdownSettings } from './http/app.js';
import { normalizeOrigin } from './http/upgrade-checks.js';

export type AuthConfig =
  /** Neither a secret nor a key set: a secret is made up at start and development tokens printed. */
  | { readonly kind: 'development' }
  | { readonly kind: 'shared-secret'; readonly secret: string }
  | { readonly kind: 'jwks'; readonly url: URL };

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly auth: AuthConfig;
  readonly issuer: string | undefined;
  readonly audience: string | undefined;
  readonly allowedOrigins: readonly string[];
  readonly frameRate: FrameRateLimit;
  readonly shutdown: ShutdownSettings;
  readonly logLevel: string;
  /** For the database-backed engine; read and carried, not used yet. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string | undefined;
  /** The campaigns and calling lists to serve, a scenario JSON file (`scenarios/demo.json`); the demo's when absent. */
  readonly scenarioFile: string | undefined;
}

/** The kit's demo (`npm start` at the root) is served from here: a development server lets it in. */
const DEMO_ORIGINS = ['http://127.0.0.1:8000', 'http://localhost:8000'];

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`configuration: ${problems.join('; ')}`);
  }
}

/**
 * The server's settings from the environment and command-line flags; a flag wins over its
 * variable. The secret (AUTH_SECRET) and DATABASE_URL, which may hold a password, are read from the
 * environment only: a command line is visible to every user of the machine (`ps`). Every problem
 * is reported at once, not the first only.
 */
export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerConfig {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'jwks-url': { type: 'string' },
      issuer: { type: 'string' },
      audience: { type: 'string' },
      'allowed-origins': { type: 'string' },
      'data-dir': { type: 'string' },
      scenario: { type: 'string' },
      'log-level': { type: 'string' },
      'frame-rate': { type: 'string' },
      'frame-burst': { type: 'string' },
      'drain-ms': { type: 'string' },
      'retry-after-ms': { type: 'string' },
    },
  });
  const problems: string[] = [];
  const pick = (flag: keyof typeof values, variable: string): string | undefined => {
    const value = values[flag] ?? env[variable];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const integer = (flag: keyof typeof values, variable: string, fallback: number, min: number, max: number): number => {
    const raw = pick(flag, variable);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${variable} (--${flag}) must be a whole number from ${min} to ${max}, not "${raw}"`);
      return fallback;
    }
    return value;
  };

  const secret = env.AUTH_SECRET;
  const jwksUrl = pick('jwks-url', 'JWKS_URL');
  const issuer = pick('issuer', 'JWT_ISSUER');
  const audience = pick('audience', 'JWT_AUDIENCE');
  let auth: AuthConfig = { kind: 'development' };
  if (secret && jwksUrl) problems.push('set AUTH_SECRET or JWKS_URL, not both');
  else if (secret) {
    if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) problems.push(`AUTH_SECRET must be at least ${MIN_SECRET_BYTES} bytes`);
    auth = { kind: 'shared-secret', secret };
  } else if (jwksUrl) {
    const url = URL.canParse(jwksUrl) ? new URL(jwksUrl) : null;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) problems.push(`JWKS_URL must be an http(s) URL, not "${jwksUrl}"`);
    else auth = { kind: 'jwks', url };
    if (!issuer || !audience) problems.push('JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE: only tokens issued for this server may pass');
  }

  const originList = pick('allowed-origins', 'ALLOWED_ORIGINS');
  let allowedOrigins: string[] = auth.kind === 'development' && originList === undefined ? DEMO_ORIGINS : [];
  if (originList !== undefined) {
    allowedOrigins = [];
    for (const origin of originList.split(',').map((entry) => entry.trim()).filter(Boolean)) {
      try {
        allowedOrigins.push(normalizeOrigin(origin));
      } catch {
        problems.push(`ALLOWED_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`);
      }
    }
  }

  const logLevel = pick('log-level', 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: ServerConfig = {
    host: pick('host', 'HOST') ?? '127.0.0.1',
    port: integer('port', 'PORT', 8787, 0, 65_535),
    auth,
    issuer,
    audience,
    allowedOrigins,
    frameRate: { perSecond: integer('frame-rate', 'FRAME_RATE', 50, 1, 100_000), burst: integer('frame-burst', 'FRAME_BURST', 100, 1, 100_000) },
    shutdown: {
      drainMs: integer('drain-ms', 'SHUTDOWN_DRAIN_MS', 1_000, 0, 600_000),
      retryAfterMs: integer('retry-after-ms', 'BYE_RETRY_AFTER_MS', 5_000, 0, 3_600_000),
      closeTimeoutMs: 2_000,
    },
    logLevel,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: pick('data-dir', 'DATA_DIR'),
    scenarioFile: pick('scenario', 'SCENARIO_FILE'),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
