import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

export interface MintOptions {
  /** How long the token lives, in seconds. */
  readonly lifetimeSec: number;
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds since the epoch; now by default. */
  readonly issuedAt?: number;
}

/**
 * An HS256 access token for one agent, as a development issuer (or a test) makes it: `sub` is the
 * agent, `exp` its end, `jti` a fresh id so it can be revoked alone.
 */
export async function mintAgentToken(secret: string, agentId: string, options: MintOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(agentId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.lifetimeSec)
    .setJti(randomUUID());
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
