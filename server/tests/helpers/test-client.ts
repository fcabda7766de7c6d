import WebSocket from 'ws';
import { PROTOCOL } from '../../../src/services/ports/backend/protocol-frames.js';
import { within } from './deadline.js';

/** A server frame as the test reads it: any JSON object, its fields checked by each test. */
export type Frame = { readonly kind: string } & Record<string, unknown>;

export interface ClientOptions {
  readonly protocols?: readonly string[];
  readonly origin?: string;
}

/** How long a test waits for a frame or a close that should come at once. */
const PROMPT_MS = 3_000;

/**
 * A real `ws` client on the server: it keeps every frame the server sent, in order, and every wait
 * on it has a deadline that names what did not arrive.
 */
export class TestClient {
  readonly frames: Frame[] = [];
  private read = 0;
  private waiters: (() => void)[] = [];
  private closedWith: { code: number; reason: string } | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (isBinary || !Buffer.isBuffer(data)) throw new Error('the server sent a binary frame');
      this.frames.push(JSON.parse(data.toString('utf8')) as Frame);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closedWith = { code, reason: reason.toString('utf8') };
      this.wake();
    });
  }

  /** Connects and waits for the upgrade; an HTTP refusal rejects with its status. */
  static async open(url: string, options: ClientOptions = {}): Promise<TestClient> {
    const ws = new WebSocket(url, [...(options.protocols ?? [PROTOCOL])], options.origin ? { origin: options.origin } : {});
    const opened = new Promise<TestClient>((resolve, reject) => {
      ws.once('open', () => resolve(new TestClient(ws)));
      ws.once('unexpected-response', (_request, response) => {
        response.resume();
        ws.terminate();
        reject(new UpgradeRefused(response.statusCode ?? 0));
      });
      ws.once('error', reject);
    });
    return within(PROMPT_MS, `the WebSocket upgrade at ${url}`, opened);
  }

  /** Opens a connection, says hello with the token, and reads the welcome and the snapshot after it. */
  static async signedIn(url: string, token: string, options: ClientOptions = {}): Promise<{ client: TestClient; welcome: Frame }> {
    const client = await TestClient.open(url, options);
    client.hello(token);
    const welcome = await client.next('welcome');
    await client.next('snapshot-begin');
    await client.until('snapshot-end', (frame) => frame.kind === 'snapshot-end');
    return { client, welcome };
  }

  send(frame: object | string): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  hello(token: string, resume?: { epoch: string; lastSeq: number }): void {
    this.send({ v: 1, kind: 'hello', protocols: [PROTOCOL], client: { name: 'server-tests', version: '0' }, token, ...(resume ? { resume } : {}) });
  }

  command(cmd: { type: string; commandId: string } & Record<string, unknown>): void {
    this.send({ v: 1, kind: 'cmd', id: cmd.commandId, cmd });
  }

  /** The next frame, which must be of this kind. */
  async next(kind: string, ms = PROMPT_MS): Promise<Frame> {
    const frame = await this.take(`a "${kind}" frame`, ms);
    if (frame.kind !== kind) throw new Error(`expected a "${kind}" frame, got ${JSON.stringify(frame)}`);
    return frame;
  }

  /** Reads on until a frame matches; `what` says what the test waited for. */
  async until(what: string, match: (frame: Frame) => boolean, ms = PROMPT_MS): Promise<Frame> {
    const deadline = Date.now() + ms;
    for (;;) {
      const frame = await this.take(what, Math.max(1, deadline - Date.now()));
      if (match(frame)) return frame;
    }
  }

  /** An event (`evt`) whose event has this type, reading on past others. */
  event(type: string, ms = PROMPT_MS): Promise<Frame> {
    return this.until(`an event "${type}"`, (frame) => frame.kind === 'evt' && eventType(frame) === type, ms);
  }

  /** The close the server made, waiting for it; a frame in the meantime is kept, not an error. */
  async closed(what: string, ms = PROMPT_MS): Promise<{ code: number; reason: string }> {
    return within(ms, what, this.waitFor(() => this.closedWith));
  }

  /** Whether the connection is still open after `ms` (for "nothing happened" checks). */
  async staysOpen(ms: number): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.closedWith === null;
  }

  close(): void {
    this.ws.terminate();
  }

  private async take(what: string, ms: number): Promise<Frame> {
    const frame = await within(
      ms,
      what,
      this.waitFor(() => {
        if (this.read < this.frames.length) return this.frames[this.read];
        if (this.closedWith) throw new Error(`waiting for ${what}, the connection closed (${this.closedWith.code} ${this.closedWith.reason})`);
        return null;
      }),
    );
    this.read += 1;
    return frame;
  }

  private waitFor<T>(ready: () => T | null): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        try {
          const value = ready();
          if (value === null) this.waiters.push(check);
          else resolve(value);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      check();
    });
  }

  private wake(): void {
    const waiting = this.waiters.splice(0);
    waiting.forEach((check) => check());
  }
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with HTTP ${status}`);
  }
}

export function eventType(frame: Frame): string | null {
  const event = frame.event;
  return typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string' ? (event as { type: string }).type : null;
}

/** The HTTP status of a refused upgrade; fails if the upgrade succeeds. */
export async function refusal(url: string, options: ClientOptions = {}): Promise<number> {
  try {
    const client = await TestClient.open(url, options);
    client.close();
  } catch (error) {
    if (error instanceof UpgradeRefused) return error.status;
    throw error;
  }
  throw new Error('the upgrade was accepted');
}
