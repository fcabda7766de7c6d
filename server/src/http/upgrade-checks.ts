import { PROTOCOL } from '../../../src/services/ports/backend/protocol-frames.js';

/**
 * The origins a browser desk may connect from, as `scheme://host[:port]`. A WebSocket is not
 * bound by CORS: without this check any page a signed-in agent visits could open a socket to the
 * server (cross-site WebSocket hijacking), and the token in hello would be the only defence.
 */
export function normalizeOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.origin === 'null') throw new Error(`not an origin: ${origin}`);
  return url.origin;
}

/**
 * Whether an upgrade's Origin header is allowed. No header is a client that is not a browser (a
 * server-side integration, a test): browsers always send one on a WebSocket handshake. The literal
 * `null` (a sandboxed frame, a file page) is never allowed.
 */
export function originAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return true;
  return allowed.has(header.trim().toLowerCase());
}

/** Whether the client offers `outbound-kit.v1` in Sec-WebSocket-Protocol (a comma-separated list, RFC 6455 4.1). */
export function offersProtocol(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((offered) => offered.trim() === PROTOCOL);
}
