import type { ServerSocket } from '../../src/services/backend/simulator/protocol-endpoint.js';

/** setTimeout fires at once past this delay (a 32-bit signed count of ms), so longer waits are taken in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * One connection's access token, from welcome to its `exp`: a minute before the end the server asks
 * for a fresh one (`reauth`, docs/protocol/); at the end, without one, the connection closes with
 * 4401 and the desk asks its host for a new token. Without this a session would outlive its token.
 */
export class TokenLifetime {
  private timer: NodeJS.Timeout | null = null;
  private expiresAt = 0;
  private asked = false;

  constructor(
    private readonly socket: ServerSocket,
    private readonly leadMs: number,
    private readonly onExpired: () => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** The session runs on a token that ends at `expiresAt` (ms): the first, or a renewed one. */
  runUntil(expiresAt: number): void {
    // A renewal never shortens the session: a client may send an older token it still holds.
    if (expiresAt <= this.expiresAt) return;
    this.expiresAt = expiresAt;
    this.asked = false;
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.stop();
    const askAt = this.expiresAt - this.leadMs;
    const at = this.asked ? this.expiresAt : askAt;
    this.timer = setTimeout(() => this.due(), Math.min(LONGEST_TIMER_MS, Math.max(0, at - this.now())));
    // A pending deadline must not keep a stopping process alive.
    this.timer.unref();
  }

  private due(): void {
    this.timer = null;
    const now = this.now();
    if (now >= this.expiresAt) {
      this.onExpired();
      this.socket.close(4401, 'token expired');
      return;
    }
    if (!this.asked && now >= this.expiresAt - this.leadMs) {
      this.asked = true;
      this.socket.send(JSON.stringify({ v: 1, kind: 'reauth', expiresAt: this.expiresAt }));
    }
    this.schedule();
  }
}
