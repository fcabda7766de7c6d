import { defer, finalize, mergeMap, type Observable } from 'rxjs';
import type { BackendAdapter, BackendCapabilities, BackendCommand } from '../../ports/backend/contract.js';
import { typeField } from '../../ports/backend/protocol-frames.js';
import { WIRE_EVENT_TYPES } from '../../ports/backend/event-schema.js';
import { ProtocolConnection, type ConnectionOptions, type ConnectionState, type ReceivedEvent } from './connection.js';

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
      if (welcome) this.known = welcome.capabilities;
    });
    this.events = defer(() => {
      this.protocol.start();
      return this.protocol.events.pipe(mergeMap(snapshotsWhole()));
    }).pipe(
      // The session that listened is over: the next one starts afresh, with a snapshot.
      finalize(() => this.protocol.stop()),
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

/**
 * Passes events on, but a snapshot's only once it is complete, after a `state-resync`: the store
 * then goes from the old state to the new one in one step, and a snapshot cut short changes nothing.
 */
function snapshotsWhole(): (received: ReceivedEvent) => unknown[] {
  let snapshot: unknown[] | null = null;
  return (received) => {
    switch (received.kind) {
      case 'snapshot-begin':
        snapshot = [];
        return [];
      case 'snapshot-abandoned':
        snapshot = null;
        return [];
      case 'snapshot-end': {
        const events = snapshot ?? [];
        snapshot = null;
        return [{ type: 'state-resync', events }];
      }
      case 'event':
        // Within v1 a server may add event types: a desk that does not know one ignores it.
        if (isUnknownType(received.event)) return [];
        if (snapshot) {
          snapshot.push(received.event);
          return [];
        }
        return [received.event];
    }
  };
}

/** An event of a type v1 does not list. One without a type is not unknown but malformed: the kit reports it. */
function isUnknownType(event: unknown): boolean {
  const type = typeField(event);
  return typeof type === 'string' && !WIRE_EVENT_TYPES.has(type);
}

/** A back end for `<outbound-provider backend>` that talks `outbound-kit.v1` to `url`. */
export function createWebSocketBackend(options: WebSocketBackendOptions): WebSocketBackend {
  return new WebSocketBackend(options);
}
