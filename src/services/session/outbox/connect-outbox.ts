import type { Observable, Subscription } from 'rxjs';
import { parseBackendEvent } from '../../ports/backend/event-schema.js';
import type { Outbox } from './outbox.js';

/**
 * Tells the outbox what the server answered: `command-accepted` acknowledges, `command-rejected`
 * rejects. Answers to other commands are passed on too; the outbox ignores ids it does not hold.
 * A malformed event is left to whoever reports bad server input (the store's bridge), not acted on.
 */
export function connectOutbox(
  outbox: Pick<Outbox, 'acknowledge' | 'reject'>,
  events: Observable<unknown>,
): Subscription {
  return events.subscribe((raw) => {
    // Only answers matter here; skip validating campaign snapshots and the like a second time.
    if (!isCommandAnswer(raw)) return;
    const parsed = parseBackendEvent(raw);
    if (!parsed.ok) return;
    const event = parsed.event;
    if (event.type === 'command-accepted') outbox.acknowledge(event.commandId);
    else if (event.type === 'command-rejected') {
      outbox.reject(event.commandId, event.retryable, { code: event.code, message: event.message });
    }
  });
}

function isCommandAnswer(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return false;
  return raw.type === 'command-accepted' || raw.type === 'command-rejected';
}
