import type { Observable, Subscription } from 'rxjs';
import type { BackendAdapter, SubmitOutcomeCommand } from '../../ports/backend/contract.js';
import type { KitStore } from '../../state/kit-store.js';
import type { AnsweredCommand } from '../command-answers.js';
import { connectOutbox } from './connect-outbox.js';
import { Outbox } from './outbox.js';
import { IndexedDbOutboxStorage } from './outbox-storage.js';

/**
 * The outbox of one provider's session: stored in IndexedDB under the agent's name, fed back by the
 * back end's acknowledgements, its state mirrored into the store for the elements to show.
 */
export class KitOutbox {
  private readonly outbox: Outbox;
  private readonly subscriptions: Subscription[] = [];

  constructor(backend: BackendAdapter, store: KitStore, answers: Observable<AnsweredCommand>, agentId: string) {
    this.outbox = new Outbox({
      storage: new IndexedDbOutboxStorage(`outbound-kit-outbox:${agentId}`),
      send: (command) => backend.send(command),
    });
    // Answers come from the session's one reading of the server's events, so the back end's event
    // stream has one subscriber (a cold adapter would otherwise open a second connection).
    this.subscriptions.push(
      connectOutbox(this.outbox, answers),
      this.outbox.state$.subscribe((outbox) => store.dispatch({ type: 'outbox/changed', outbox })),
    );
    void this.outbox.start();
  }

  /** Resolves once the outcome is stored (or kept in memory when storage is unavailable). */
  async send(command: SubmitOutcomeCommand): Promise<void> {
    await this.outbox.enqueue(command.outcome, command.commandId);
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.unsubscribe());
    this.outbox.dispose();
  }
}
