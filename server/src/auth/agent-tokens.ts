import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import type { RevocationList } from './revoked-tokens.js';

/** Why a token opens no session. Logged and sent in the 4401 close reason: none of them says more than the token's holder knows. */
export type TokenRefusal =
  | 'malformed'
  | 'bad-signature'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'key-set-unavailable'
  | 'expired'
  | 'not-yet-valid'
  | 'no-expiry'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'no-subject'
  | 'bad-subject'
  | 'revoked'
  /** The check itself failed (a revocation list that could not be read): refused, not let through. */
  | 'check-failed';

export type TokenCheck =
  /** `expiresAt` is the token's `exp` in ms; `tokenId` its `jti`, when it has one. */
  | { readonly ok: true; readonly agentId: string; readonly expiresAt: number; readonly tokenId: string | null }
  | { readonly ok: false; readonly reason: TokenRefusal };

/**
 * Checks a bearer token and names the agent it is for. A token may be presented again (a second
 * hello, a reconnect) as often as its holder likes while it lives: it is a bearer credential, like
 * an OAuth access token, and replay protection would break reconnecting. What ends it early is
 * revoking its `jti`.
 */
export interface AgentTokenVerifier {
  /** Never rejects: every failure is a refusal with its reason. */
  verify(token: string): Promise<TokenCheck>;
}

export type TokenKeys =
  /** Development, or a deployment whose token issuer shares a secret with the server: HS256. */
  | { readonly kind: 'shared-secret'; readonly secret: string }
  /** An OpenID Connect provider: its published key set, fetched and cached by `jose`. */
  | { readonly kind: 'jwks'; readonly url: URL };

export interface AgentTokenVerifierOptions {
  readonly keys: TokenKeys;
  /** Required with a key set: a provider signs tokens for many audiences, and only ours may pass. */
  readonly issuer?: string;
  readonly audience?: string;
  readonly revoked?: RevocationList;
  /** Clock skew allowed between the issuer and this server, in seconds (5 by default). */
  readonly clockToleranceSec?: number;
  /** How long a key-set fetch may take, in ms (5,000 by default). */
  readonly keySetTimeoutMs?: number;
}

/** The secret must be at least as long as HS256's hash (RFC 7518, 3.2). */
export const MIN_SECRET_BYTES = 32;

/**
 * Asymmetric algorithms only with a key set: a provider's public keys must never be accepted as an
 * HMAC secret (the "alg confusion" attack), and `none` is never accepted.
 */
const KEY_SET_ALGORITHMS: NonNullable<JWTVerifyOptions['algorithms']> = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * An OIDC `sub` is at most 255 ASCII characters (OpenID Connect Core, 2); printable ASCII only,
 * because the agent id is a map key, a log field and part of session ids.
 */
const AGENT_ID = /^[\x21-\x7e]{1,255}$/;

export function agentTokenVerifier(options: AgentTokenVerifierOptions): AgentTokenVerifier {
  const { keys } = options;
  let key: JWTVerifyGetKey;
  let algorithms: JWTVerifyOptions['algorithms'];
  if (keys.kind === 'shared-secret') {
    const secret = new TextEncoder().encode(keys.secret);
    if (secret.length < MIN_SECRET_BYTES) throw new Error(`the token secret must be at least ${MIN_SECRET_BYTES} bytes`);
    key = () => secret;
    algorithms = ['HS256'];
  } else {
    if (!options.issuer || !options.audience) throw new Error('a key set needs the issuer and audience its tokens must name');
    key = createRemoteJWKSet(keys.url, { timeoutDuration: options.keySetTimeoutMs ?? 5_000 });
    algorithms = KEY_SET_ALGORITHMS;
  }
  const verifyOptions: JWTVerifyOptions = {
    algorithms,
    requiredClaims: ['exp', 'sub'],
    clockTolerance: options.clockToleranceSec ?? 5,
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key, verifyOptions));
      } catch (error) {
        return { ok: false, reason: refusalOf(error, keys.kind === 'jwks') };
      }
      const { sub, exp, jti } = payload;
      if (typeof sub !== 'string' || !AGENT_ID.test(sub)) return { ok: false, reason: 'bad-subject' };
      // jose has checked that `exp` is a number and in the future; a fraction of a second is kept.
      if (typeof exp !== 'number') return { ok: false, reason: 'no-expiry' };
      if (jti !== undefined && typeof jti !== 'string') return { ok: false, reason: 'malformed' };
      if (jti !== undefined && options.revoked) {
        let revoked: boolean;
        try {
          revoked = await options.revoked.isRevoked(jti);
        } catch {
          return { ok: false, reason: 'check-failed' };
        }
        if (revoked) return { ok: false, reason: 'revoked' };
      }
      return { ok: true, agentId: sub, expiresAt: exp * 1000, tokenId: jti ?? null };
    },
  };
}

/** What a `jose` failure means for the agent's desk; anything unforeseen refuses the token as malformed. */
function refusalOf(error: unknown, fetchesKeys: boolean): TokenRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    const missing = error.reason === 'missing';
    switch (error.claim) {
      case 'exp':
        return missing ? 'no-expiry' : 'malformed';
      case 'sub':
        return missing ? 'no-subject' : 'bad-subject';
      case 'iss':
        return 'wrong-issuer';
      case 'aud':
        return 'wrong-audience';
      case 'nbf':
        return 'not-yet-valid';
      default:
        return 'malformed';
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm-not-allowed';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'unknown-key';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'key-set-unavailable';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  // A key set that cannot be fetched: not 200 or not JSON (jose's generic error), or no answer at
  // all (fetch rejects with a TypeError).
  if (fetchesKeys && error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') return 'key-set-unavailable';
  if (fetchesKeys && error instanceof TypeError) return 'key-set-unavailable';
  return 'malformed';
}
