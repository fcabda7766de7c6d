import type { Outcome } from '../../../src/services/domain/interaction/outcome.js';
import type { Queryable } from './database.js';
import { jsonText } from './json.js';
import { readInteger, readJsonObject, readText, StorageError } from './rows.js';

/**
 * What became of an outcome: stored; a retry of the command that stored it (nothing done again);
 * or refused, because another command closed the record with its own outcome first.
 */
export type OutcomeResult = 'stored' | 'duplicate' | 'already-closed';

export interface StoredOutcome {
  readonly outcome: Outcome;
  readonly commandId: string;
  readonly recordedAt: number;
}

/**
 * Interaction outcomes: one per record, whoever sends it. Both rules are unique keys (record,
 * command id), so of outcomes racing for one record exactly one is stored, on any node. Closing the
 * record itself is the record store's: run both in one transaction.
 */
export class OutcomeStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  async record(outcome: Outcome, commandId: string): Promise<OutcomeResult> {
    // Without a conflict target, DO NOTHING covers both keys. A conflicting outcome not yet
    // committed by another transaction is waited for, so the answer below is final.
    const inserted = await this.db.query(
      `INSERT INTO outcomes (record_id, command_id, interaction_id, outcome, recorded_at) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT DO NOTHING RETURNING record_id`,
      [outcome.recordId, commandId, outcome.interactionId, jsonText(outcome, 'the outcome'), this.now()],
    );
    if (inserted.rows.length === 1) return 'stored';
    const { rows } = await this.db.query('SELECT record_id, command_id FROM outcomes WHERE command_id = $1 OR record_id = $2', [commandId, outcome.recordId]);
    const byCommand = rows.find((row) => readText(row, 'command_id') === commandId);
    if (byCommand) {
      if (readText(byCommand, 'record_id') === outcome.recordId) return 'duplicate';
      // The command store refuses an id sent again with another body; reaching this is a bug.
      throw new Error(`command ${commandId} already stored the outcome of record ${readText(byCommand, 'record_id')}, not of ${outcome.recordId}`);
    }
    if (rows.some((row) => readText(row, 'record_id') === outcome.recordId)) return 'already-closed';
    throw new StorageError(`the outcome of record ${outcome.recordId} was neither stored nor found`);
  }

  async outcomeOf(recordId: string): Promise<StoredOutcome | null> {
    const { rows } = await this.db.query('SELECT record_id, command_id, interaction_id, outcome, recorded_at FROM outcomes WHERE record_id = $1', [recordId]);
    const row = rows[0];
    if (row === undefined) return null;
    const outcome = readJsonObject(row, 'outcome');
    // The columns the keys are made of must say what the document says.
    if (outcome['recordId'] !== readText(row, 'record_id') || outcome['interactionId'] !== readText(row, 'interaction_id')) {
      throw new StorageError(`the outcome stored for record ${recordId} names another record or interaction`);
    }
    return { outcome: outcome as unknown as Outcome, commandId: readText(row, 'command_id'), recordedAt: readInteger(row, 'recorded_at') };
  }
}
