/**
 * Where the suite connects: a server at a WebSocket URL, or a protocol endpoint in this process
 * (the kit's embedded simulator), through a line that behaves as a socket does: frames delivered
 * later, in order; a cut ends it with 1006.
 */
import WebSocket from 'ws';
import { ConnectionFailed, RawSocket, type Closed, type RawTransportSocket } from './raw-socket.js';

export interface TargetOptions {
  /** Subprotocols to offer; outbound-kit.v1 by default. */
  readonly protocols?: readonly string[];
}

export interface Target {
  readonly name: string;
  /** A good token for the agent the suite acts as. */
  readonly token: string;
  /** A good token for another agent, for the checks that keep agents apart; without it they are skipped. */
  readonly otherAgentToken?: string;
  /** How long any one wait may take before the check fails. */
  readonly deadlineMs: number;
  /** Whether checks that wait for the server's own timers (two heartbeats) may take as long as they need. */
  readonly slow?: boolean;
  open(options?: TargetOptions): Promise<RawSocket>;
}

export function webSocketTarget(options: { url: string; token: string; otherAgentToken?: string; origin?: string; deadlineMs?: number; slow?: boolean }): Target {
  const deadlineMs = options.deadlineMs ?? 5000;
  return {
    name: options.url,
    slow: options.slow ?? false,
    token: options.token,
    ...(options.otherAgentToken ? { otherAgentToken: options.otherAgentToken } : {}),
    deadlineMs,
    open: (open = {}) =>
      new Promise<RawSocket>((resolve, reject) => {
        const socket = new WebSocket(options.url, [...(open.protocols ?? ['outbound-kit.v1'])], {
          ...(options.origin ? { origin: options.origin } : {}),
          handshakeTimeout: deadlineMs,
        });
        let deaf = false;
        const transport: RawTransportSocket = {
          get protocol() {
            return socket.protocol;
          },
          send: (text) => socket.readyState === WebSocket.OPEN && socket.send(text),
          close: (code, reason) => socket.close(code, reason),
          cut: () => socket.terminate(),
          deafen: () => {
            deaf = true;
          },
          onText: () => undefined,
          onClose: () => undefined,
        };
        const raw = new RawSocket(transport, deadlineMs);
        socket.on('message', (data, isBinary) => {
          if (!deaf) transport.onText(isBinary ? '(binary)' : textOf(data));
        });
        socket.on('close', (code, reason) => transport.onClose({ code, reason: String(reason) }));
        socket.once('open', () => resolve(raw));
        socket.once('unexpected-response', (_request, response) => reject(new ConnectionFailed(`the server answered the upgrade with HTTP ${response.statusCode}`)));
        socket.once('error', (error: Error) => reject(new ConnectionFailed(`could not connect to ${options.url}: ${error.message}`)));
      }),
  };
}

/** A text frame's data as ws hands it over (one buffer, fragments, or an ArrayBuffer), as a string. */
function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

/** The server side of an in-process connection, as the kit's `ProtocolEndpoint` takes it. */
export interface InProcessServer {
  connect(socket: { send(data: string): void; close(code: number, reason: string): void }): { receive(data: unknown): void; closed(): void };
}

export function inProcessTarget(options: { name: string; server: InProcessServer; token: string; otherAgentToken?: string; deadlineMs?: number }): Target {
  const deadlineMs = options.deadlineMs ?? 5000;
  return {
    name: options.name,
    token: options.token,
    ...(options.otherAgentToken ? { otherAgentToken: options.otherAgentToken } : {}),
    deadlineMs,
    open: async (open = {}) => {
      let live = true;
      let deaf = false;
      const finish = (closed: Closed) => {
        if (!live) return;
        live = false;
        connection.closed();
        setImmediate(() => transport.onClose(closed));
      };
      const connection = options.server.connect({
        send: (data) => {
          if (live) setImmediate(() => live && !deaf && transport.onText(data));
        },
        close: (code, reason) => finish({ code, reason }),
      });
      const transport: RawTransportSocket = {
        protocol: (open.protocols ?? ['outbound-kit.v1']).includes('outbound-kit.v1') ? 'outbound-kit.v1' : '',
        send: (text) => {
          if (live) setImmediate(() => live && connection.receive(text));
        },
        close: (code, reason) => finish({ code, reason }),
        cut: () => finish({ code: 1006, reason: '' }),
        deafen: () => {
          deaf = true;
        },
        onText: () => undefined,
        onClose: () => undefined,
      };
      return new RawSocket(transport, deadlineMs);
    },
  };
}
