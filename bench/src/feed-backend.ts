import { Subject, concat, defer, from, type Observable } from 'rxjs';
import type { BackendAdapter, BackendCapabilities, BackendCommand } from '../../src/services/ports/backend/contract.js';

/**
 * A scripted back end: it replays recorded server events to whoever subscribes (the provider's
 * bridge, which validates and dispatches each one as it does for a real server), then passes on
 * whatever the bench emits, and accepts every command. No simulator runs while the kit is measured.
 */
export class FeedBackend implements BackendAdapter {
  readonly capabilities: BackendCapabilities = {
    dialingModes: ['preview', 'push-preview', 'direct-push-preview', 'progressive', 'predictive'],
    participationToggle: true,
    negotiatedLogout: true,
  };
  private readonly live = new Subject<unknown>();
  readonly events: Observable<unknown>;
  readonly sent: BackendCommand[] = [];

  constructor(recorded: readonly unknown[]) {
    this.events = defer(() => concat(from(recorded), this.live));
  }

  emit(event: unknown): void {
    this.live.next(event);
  }

  send(command: BackendCommand): void {
    this.sent.push(command);
    queueMicrotask(() => this.live.next({ type: 'command-accepted', commandId: command.commandId }));
  }

  dispose(): void {
    this.live.complete();
  }
}
