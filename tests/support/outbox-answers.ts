import type { Observable, Subscription } from 'rxjs';
import { bridgeBackendEvents } from '../../src/services/session/backend-bridge.js';
import { CommandAnswers } from '../../src/services/session/command-answers.js';
import { connectOutbox } from '../../src/services/session/outbox/connect-outbox.js';
import type { Outbox } from '../../src/services/session/outbox/outbox.js';
import { createKitStore } from '../../src/services/state/kit-store.js';

/**
 * Feeds an outbox the answers in a raw event stream the way a session does: validated by the
 * bridge into a store, read by the session's command answers. Unsubscribing ends all three.
 */
export function connectOutboxToEvents(outbox: Pick<Outbox, 'acknowledge' | 'reject'>, events: Observable<unknown>): Subscription {
  const store = createKitStore();
  const answers = new CommandAnswers(store);
  const link = connectOutbox(outbox, answers.answers);
  link.add(bridgeBackendEvents({ events }, store));
  link.add(() => answers.dispose());
  return link;
}
