/**
 * Which token ids (`jti`) may no longer be used. The verifier asks at every hello and reauth, so a
 * revoked token opens no session and renews none, however long its `exp` says it lives.
 */
export interface RevocationList {
  isRevoked(tokenId: string): boolean | Promise<boolean>;
}

/** How long past its expiry a revocation is kept: longer than any clock tolerance the verifier is given. */
const FORGET_AFTER_EXPIRY_MS = 10 * 60_000;

/**
 * The revocation list of one server process, in memory: revocations are lost on restart. The
 * database will hold this list once the server has one, so that every instance sees it and it
 * survives restarts; until then this is the whole implementation, not a placeholder.
 */
export class RevokedTokens implements RevocationList {
  /** Token id to the moment (ms) it may be forgotten: its token's expiry and a margin for clock tolerance. */
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Refuses the token with this id from now on, until `expiresAt` (ms) after which it is dead anyway. */
  revoke(tokenId: string, expiresAt: number): void {
    this.forgetExpired();
    // Kept a while past `exp`: the verifier tolerates some clock skew, and a revoked token must not
    // come back to life in that margin.
    this.until.set(tokenId, Math.max(expiresAt + FORGET_AFTER_EXPIRY_MS, this.until.get(tokenId) ?? 0));
  }

  isRevoked(tokenId: string): boolean {
    const until = this.until.get(tokenId);
    return until !== undefined && until > this.now();
  }

  get size(): number {
    this.forgetExpired();
    return this.until.size;
  }

  /** Keeps the list as small as the set of revoked tokens still alive. */
  private forgetExpired(): void {
    const now = this.now();
    for (const [tokenId, until] of this.until) if (until <= now) this.until.delete(tokenId);
  }
}
