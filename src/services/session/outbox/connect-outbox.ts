import type { Observable, Subscription } from 'rxjs';
import type { AnsweredCommand } from '../command-answers.js';
import type { Outbox } from './outbox.js';

/**
 * Tells the outbox what the server answered: an acceptance acknowledges, a refusal rejects. Answers
 * to other commands are passed on too; the outbox ignores ids it does not hold.
 */
export function connectOutbox(outbox: Pick<Outbox, 'acknowledge' | 'reject'>, answers: Observable<AnsweredCommand>): Subscription {
  return answers.subscribe(({ commandId, answer }) => {
    if (answer.answer === 'accepted') outbox.acknowledge(commandId);
    else outbox.reject(commandId, answer.retryable, { code: answer.code, message: answer.message });
  });
}
