/**
 * The suite's end of one connection: it sends text as a desk would (or as a broken desk would) and
 * keeps every frame the server sent, so a check can wait for the next one it expects. Every wait
 * has a deadline and fails saying what did not arrive.
 */

/** A frame as the server sent it, parsed; `text` is what came over the wire. */
export interface ReceivedFrame {
  readonly kind: string;
  readonly text: string;
  readonly [field: string]: unknown;
}

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

/** What a transport (a WebSocket, an in-process line) gives the suite for each connection. */
export interface RawTransportSocket {
  /** The subprotocol the server selected ('' when none). */
  readonly protocol: string;
  send(text: string): void;
  /** Closes with a close handshake. */
  close(code: number, reason: string): void;
  /** Ends the connection with no close handshake and no more frames either way, as a lost network does. */
  cut(): void;
  /** Stops reading: frames still arrive at the socket but the suite acts as if it heard nothing (a half-open socket). */
  deafen(): void;
  onText: (text: string) => void;
  onClose: (closed: Closed) => void;
}

export class ConnectionFailed extends Error {}

export class RawSocket {
  /** Every frame received, in order. */
  readonly frames: ReceivedFrame[] = [];
  private cursor = 0;
  private closedWith: Closed | null = null;
  private deaf = false;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly socket: RawTransportSocket,
    readonly deadlineMs: number,
  ) {
    socket.onText = (text) => {
      let frame: ReceivedFrame;
      try {
        const parsed: unknown = JSON.parse(text);
        frame = { ...(typeof parsed === 'object' && parsed !== null ? parsed : {}), kind: kindOf(parsed), text };
      } catch {
        frame = { kind: '(not JSON)', text };
      }
      this.frames.push(frame);
      // A desk answers the server's heartbeat; a check that plays a dead desk deafens the socket first.
      if (frame.kind === 'ping' && !this.deaf) this.send({ v: 1, kind: 'pong', t: frame['t'] });
      this.wake();
    };
    socket.onClose = (closed) => {
      this.closedWith = closed;
      this.wake();
    };
  }

  get protocol(): string {
    return this.socket.protocol;
  }

  get closed(): Closed | null {
    return this.closedWith;
  }

  send(frame: object | string): void {
    if (this.deaf) return;
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  hello(token: string, extra: Record<string, unknown> = {}): void {
    this.send({ v: 1, kind: 'hello', protocols: ['outbound-kit.v1'], client: { name: 'outbound-kit-conformance', version: '0.1.0' }, token, ...extra });
  }

  close(code = 1000, reason = ''): void {
    this.socket.close(code, reason);
  }

  cut(): void {
    this.socket.cut();
  }

  /** From now on the suite neither hears nor answers anything: a half-open socket, as the server sees it. */
  deafen(): void {
    this.deaf = true;
    this.socket.deafen();
  }

  /**
   * The next frame, after those already taken, that `matches`; frames before it are passed over.
   * Fails when the connection closes first or nothing matches within the deadline.
   */
  async next(what: string, matches: (frame: ReceivedFrame) => boolean = () => true, deadlineMs = this.deadlineMs): Promise<ReceivedFrame> {
    return this.until(what, deadlineMs, () => {
      for (let index = this.cursor; index < this.frames.length; index += 1) {
        const frame = this.frames[index];
        if (frame && matches(frame)) {
          this.cursor = index + 1;
          return frame;
        }
      }
      if (this.closedWith) throw new Error(`${what}: the server closed the connection first (${this.closedWith.code} ${this.closedWith.reason})`);
      return undefined;
    });
  }

  /** Any frame received on this connection, before or after the cursor, that `matches`: what a command caused may come before its answer. */
  async any(what: string, matches: (frame: ReceivedFrame) => boolean, deadlineMs = this.deadlineMs): Promise<ReceivedFrame> {
    return this.until(what, deadlineMs, () => {
      const frame = this.frames.find(matches);
      if (frame) return frame;
      if (this.closedWith) throw new Error(`${what}: the server closed the connection first (${this.closedWith.code} ${this.closedWith.reason})`);
      return undefined;
    });
  }

  /** The next frame of a kind. */
  nextKind(kind: string, what = `a "${kind}" frame`, deadlineMs?: number): Promise<ReceivedFrame> {
    return this.next(what, (frame) => frame.kind === kind, deadlineMs);
  }

  /** Waits for the server to close the connection. */
  async closure(what: string, deadlineMs = this.deadlineMs): Promise<Closed> {
    return this.until(what, deadlineMs, () => this.closedWith ?? undefined);
  }

  /** Frames received from now on are matched by `next`; those before are passed over. */
  skipReceived(): void {
    this.cursor = this.frames.length;
  }

  private async until<T>(what: string, deadlineMs: number, found: () => T | undefined): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadlineMs - (Date.now() - started);
      if (left <= 0) throw new Error(`${what}: nothing within ${deadlineMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

function kindOf(parsed: unknown): string {
  return typeof parsed === 'object' && parsed !== null && 'kind' in parsed && typeof parsed.kind === 'string' ? parsed.kind : '(no kind)';
}
