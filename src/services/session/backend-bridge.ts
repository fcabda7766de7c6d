import { Subscription } from 'rxjs';
import type { KitStore } from '../state/kit-store.js';
import type { BackendAdapter } from '../ports/backend/contract.js';
import { parseBackendEvent } from '../ports/backend/event-schema.js';

/** Feeds an adapter's events into the store, each one validated; a bad one becomes an error. */
export function bridgeBackendEvents(backend: Pick<BackendAdapter, 'events' | 'connection'>, store: KitStore, now: () => number = Date.now): Subscription {
  const bridge = new Subscription();
  // A lost connection is a state the desk shows (BE-3), reported before the events it carries.
  if (backend.connection) {
    bridge.add(backend.connection.subscribe((connection) => store.dispatch({ type: 'backend/connection', connection })));
    bridge.add(() => store.dispatch({ type: 'backend/connection', connection: null }));
  }
  bridge.add(backend.events.subscribe({
    next(raw) {
      const parsed = parseBackendEvent(raw);
      store.dispatch(
        parsed.ok ? { type: 'backend/event', event: parsed.event, at: now() } : { type: 'kit/error', error: parsed.error },
      );
    },
    error() {
      store.dispatch({
        type: 'kit/error',
        error: {
          code: 'backend-unavailable',
          message: 'The connection to the campaign server was lost. The list shows the last known state.',
          detail: { code: 'connection-lost' },
          retryable: true,
        },
      });
    },
  }));
  return bridge;
}
