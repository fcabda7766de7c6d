import { PROTOCOL, type SocketLike } from '../../ports/backend/protocol-frames.js';
import type { ProtocolEndpoint, ServerSocket } from './protocol-endpoint.js';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/** The client's end of a loopback connection: the shape of a browser WebSocket the kit's client uses. */
export type LoopbackSocket = SocketLike;

/** A loopback connection's controls, for a test that cuts it as a network would. */
export interface LoopbackLine {
  /** Ends every open connection abruptly (code 1006, no close frame), as a lost network does. */
  cut(): void;
  /** Connections opened so far. */
  readonly opened: number;
}

/**
 * Opens in-page connections to a protocol endpoint, in place of WebSockets: the kit's WebSocket
 * client talks `outbound-kit.v1` to the embedded simulator with no network, so the protocol layer
 * is proven on both sides in one page. Frames are delivered asynchronously, in order, as a socket
 * would.
 */
export function loopbackTo(endpoint: ProtocolEndpoint): { open: (url: string, protocols: string[]) => LoopbackSocket; line: LoopbackLine } {
  const sockets = new Set<() => void>();
  let opened = 0;
  const open = (_url: string, protocols: string[]): LoopbackSocket => {
    opened += 1;
    let state = CONNECTING;
    const later = (work: () => void) => setTimeout(work, 0);
    const finish = (code: number, reason: string) => {
      if (state === CLOSED) return;
      state = CLOSED;
      sockets.delete(cut);
      connection.closed();
      later(() => client.onclose?.(new CloseEvent('close', { code, reason, wasClean: code !== 1006 })));
    };
    const server: ServerSocket = {
      send: (data) => {
        if (state === OPEN) later(() => state === OPEN && client.onmessage?.(new MessageEvent('message', { data })));
      },
      close: (code, reason) => finish(code, reason),
    };
    const connection = endpoint.connect(server);
    const cut = () => finish(1006, '');
    sockets.add(cut);
    const client: LoopbackSocket = {
      protocol: protocols.includes(PROTOCOL) ? PROTOCOL : '',
      get readyState() {
        return state;
      },
      onopen: null,
      onmessage: null,
      onclose: null,
      onerror: null,
      send: (data) => {
        if (state === OPEN) later(() => state === OPEN && connection.receive(data));
      },
      close: (code = 1000, reason = '') => finish(code, reason),
    };
    later(() => {
      if (state !== CONNECTING) return;
      state = OPEN;
      client.onopen?.(new Event('open'));
    });
    return client;
  };
  return {
    open,
    line: {
      cut: () => [...sockets].forEach((cut) => cut()),
      get opened() {
        return opened;
      },
    },
  };
}
