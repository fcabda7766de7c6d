import { randomBytes } from 'node:crypto';
import { mintAgentToken } from './mint-token.js';

/** The agents a development server hands tokens to at start: the kit's demo signs in as agent-7. */
export const DEV_AGENTS = ['agent-7', 'agent-8'] as const;

/** A development token lasts a working day; the server's secret, and so the token, dies with the process anyway. */
const DEV_TOKEN_LIFETIME_SEC = 12 * 3600;

export interface DevelopmentKeys {
  /** A fresh random secret: tokens from an earlier run do not work against this one. */
  readonly secret: string;
  readonly tokens: ReadonlyArray<{ readonly agentId: string; readonly token: string }>;
}

/**
 * Keys for a server started with no secret and no key set: a secret made up now and a token for each
 * development agent. Only for development, and only this once are tokens shown (by main.ts, on the
 * terminal, not in the logs).
 */
export async function developmentKeys(claims: { readonly issuer?: string; readonly audience?: string } = {}): Promise<DevelopmentKeys> {
  const secret = randomBytes(32).toString('base64url');
  const tokens = await Promise.all(
    DEV_AGENTS.map(async (agentId) => ({ agentId, token: await mintAgentToken(secret, agentId, { lifetimeSec: DEV_TOKEN_LIFETIME_SEC, ...claims }) })),
  );
  return { secret, tokens };
}

/** What the terminal shows a developer: the tokens, and how to get more. */
export function developmentBanner(keys: DevelopmentKeys): string {
  return [
    'Development mode: no AUTH_SECRET or JWKS_URL is set, so this run made up its own secret.',
    `Tokens (valid ${DEV_TOKEN_LIFETIME_SEC / 3600} h, and only until this server stops):`,
    ...keys.tokens.map(({ agentId, token }) => `  ${agentId}: ${token}`),
    'For more agents, start with a secret of your own and mint with it:',
    '  export AUTH_SECRET=$(node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64url\'))")',
    '  npm start -w server',
    '  cd server && AUTH_SECRET=$AUTH_SECRET npx tsx src/tools/mint-token.ts agent-9',
  ].join('\n');
}
