import { Subject, type Observable, type Subscription } from 'rxjs';
import type { BackendCommand, CommandRejectedEvent } from '../ports/backend/contract.js';
import type { CommandAnswer } from '../ports/command-outcome.js';
import { readRefusal } from '../domain/refusals/refusals.js';
import type { KitStore } from '../state/kit-store.js';

/** A server's answer to the command sent under `commandId`. */
export interface AnsweredCommand {
  readonly commandId: string;
  readonly answer: Exclude<CommandAnswer, { answer: 'unanswered' }>;
}

/** A command as it left for the server, with the answer it will get. */
export interface SentCommand {
  readonly command: BackendCommand;
  readonly answer: Promise<CommandAnswer>;
}

/**
 * The one place that works out what the server answered to which command, from the store's stream
 * of validated events. Whoever needs an answer (the element that sent the command, the CTI phone, the
 * outbox) reads it here instead of watching events on its own.
 */
export class CommandAnswers {
  private readonly answered$ = new Subject<AnsweredCommand>();
  private readonly sent$ = new Subject<SentCommand>();
  /** Commands waiting for their answer, by id. */
  private readonly waiting = new Map<string, { readonly answer: Promise<CommandAnswer>; readonly resolve: (answer: CommandAnswer) => void }>();
  private readonly following: Subscription;

  constructor(store: KitStore) {
    this.following = store.actions.subscribe((action) => {
      if (action.type === 'session/reset') this.endSession();
      if (action.type !== 'backend/event') return;
      const event = action.event;
      if (event.type === 'command-accepted') this.answer({ commandId: event.commandId, answer: { answer: 'accepted' } });
      if (event.type === 'command-rejected') this.answer({ commandId: event.commandId, answer: refusedAnswer(event) });
    });
  }

  /** Every answer the server gives, to any command (the outbox's resends too). */
  get answers(): Observable<AnsweredCommand> {
    return this.answered$.asObservable();
  }

  /** Every command sent through the kit's commands, as it leaves. */
  get sent(): Observable<SentCommand> {
    return this.sent$.asObservable();
  }

  /**
   * The answer to a command about to be sent. Called before the command leaves, so an answer that
   * comes back at once (an in-page back end) is not missed.
   */
  expect(command: BackendCommand): Promise<CommandAnswer> {
    // The same id sent again (Done clicked twice is one outcome) gets the one answer.
    let answer = this.waiting.get(command.commandId)?.answer;
    if (!answer) {
      let resolve: (answer: CommandAnswer) => void = () => undefined;
      answer = new Promise<CommandAnswer>((settle) => (resolve = settle));
      this.waiting.set(command.commandId, { answer, resolve });
    }
    this.sent$.next({ command, answer });
    return answer;
  }

  dispose(): void {
    this.following.unsubscribe();
    this.endSession();
    this.answered$.complete();
    this.sent$.complete();
  }

  private answer(answered: AnsweredCommand): void {
    this.waiting.get(answered.commandId)?.resolve(answered.answer);
    this.waiting.delete(answered.commandId);
    this.answered$.next(answered);
  }

  /** A session that ends answers nothing more: whoever waits is told so. */
  private endSession(): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { resolve } of waiting) resolve({ answer: 'unanswered', reason: 'session-ended' });
  }
}

function refusedAnswer(event: CommandRejectedEvent): AnsweredCommand['answer'] {
  const refusal = event.params ? readRefusal(event.code, event.params) : null;
  return {
    answer: 'refused',
    code: event.code,
    message: event.message,
    retryable: event.retryable,
    ...(refusal ? { refusal } : {}),
  };
}
