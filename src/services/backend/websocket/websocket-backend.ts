import { defer, filter, map, type Observable } from 'rxjs';
import type { BackendAdapter, BackendCapabilities, BackendCommand } from '../../ports/backend/contract.js';
import { ProtocolConnection, type ConnectionOptions, type ConnectionState } from './connection.js';
import { capabilitiesOf } from '../../ports/backend/protocol-frames.js';

export type WebSocketBackendOptions = ConnectionOptions;

/** Before the server's `welcome`, the kit assumes it can do nothing it has not said. */
const UNKNOWN_CAPABILITIES: BackendCapabilities = { dialingModes: [], participationToggle: false, negotiatedLogout: false };

/**
 * The kit's back end over an `outbound-kit.v1` WebSocket (docs/protocol/). It connects when the
 * session subscribes to its events; commands sent before then wait for the connection.
 */
export class WebSocketBackend implements BackendAdapter {
  private readonly protocol: ProtocolConnection;
  private known: BackendCapabilities = UNKNOWN_CAPABILITIES;
  readonly events: Observable<unknown>;

  constructor(options: WebSocketBackendOptions) {
    this.protocol = new ProtocolConnection(options);
    this.protocol.welcome.subscribe((welcome) => {
      if (welcome) this.known = capabilitiesOf(welcome);
    });
    this.events = defer(() => {
      this.protocol.start();
      return this.protocol.events;
    }).pipe(
      filter((received) => received.kind === 'event'),
      map((received) => received.event),
    );
  }

  /** What the server said it supports at its last `welcome`. */
  get capabilities(): BackendCapabilities {
    return this.known;
  }

  /** Where the connection stands (connecting, live, resyncing, offline with the next attempt). */
  get connection(): Observable<ConnectionState> {
    return this.protocol.state;
  }

  send(command: BackendCommand): void {
    this.protocol.send(command);
  }

  dispose(): void {
    this.protocol.dispose();
  }
}

/** A back end for `<outbound-provider backend>` that talks `outbound-kit.v1` to `url`. */
export function createWebSocketBackend(options: WebSocketBackendOptions): WebSocketBackend {
  return new WebSocketBackend(options);
}
