import { createHash } from 'node:crypto';
import type { Queryable } from './database.js';
import { canonicalJson, jsonText } from './json.js';
import { readInteger, readJson, readNullableInteger, readText, StorageError } from './rows.js';

/** What `begin` found for a command id. */
export type BeginResult =
  /** First seen: apply the command, then `answer` it. */
  | { readonly status: 'new' }
  /** A retry of a command answered before: send this answer again, do not apply it twice. */
  | { readonly status: 'answered'; readonly answer: unknown }
  /** A retry of a command still being applied: its answer is on its way. */
  | { readonly status: 'in-flight' }
  /** The id came before with another body: reject with `idempotency-mismatch`. */
  | { readonly status: 'mismatch' };

/** The SHA-256 (hex) of a command body's canonical JSON: the same body in any key order hashes alike. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Idempotent commands (docs/protocol/, Commands and answers): each agent's command ids, the hash
 * of the body each came with, and once given, its final answer, kept at least 24 hours (the server
 * purges older ones). Ids are the agent's: two agents may use the same one.
 */
export class CommandAnswerStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a command as received, unless its id is known. Exactly one of several `begin`s of one
   * id, however concurrent, is 'new': the insert is decided by the primary key, and a concurrent
   * one waits for the first's transaction to end before it finds the row.
   */
  async begin(agentId: string, commandId: string, body: unknown): Promise<BeginResult> {
    const hash = bodyHash(body);
    // Twice at most: the row can vanish between the two statements only if it was purged meanwhile.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const inserted = await this.db.query(
        `INSERT INTO command_answers (agent_id, command_id, body_hash, answer, received_at, answered_at)
         VALUES ($1, $2, $3, NULL, $4, NULL)
         ON CONFLICT (agent_id, command_id) DO NOTHING
         RETURNING command_id`,
        [agentId, commandId, hash, this.now()],
      );
      if (inserted.rows.length === 1) return { status: 'new' };
      const { rows } = await this.db.query('SELECT body_hash, answer, answered_at FROM command_answers WHERE agent_id = $1 AND command_id = $2', [agentId, commandId]);
      const known = rows[0];
      if (known === undefined) continue;
      if (readText(known, 'body_hash') !== hash) return { status: 'mismatch' };
      // answered_at, not answer, says whether there is one: an answer may be JSON null.
      return readNullableInteger(known, 'answered_at') === null ? { status: 'in-flight' } : { status: 'answered', answer: readJson(known, 'answer') };
    }
    throw new StorageError(`command ${commandId} of ${agentId} could be neither recorded nor found`);
  }

  /**
   * Keeps a begun command's final answer. The first answer stays: false when the command had one
   * already. A command never begun is an error: its answer could not be told from a stray one.
   */
  async answer(agentId: string, commandId: string, answer: unknown): Promise<boolean> {
    const { rows } = await this.db.query(
      `UPDATE command_answers SET answer = $3::jsonb, answered_at = $4
       WHERE agent_id = $1 AND command_id = $2 AND answered_at IS NULL
       RETURNING command_id`,
      [agentId, commandId, jsonText(answer, 'the answer'), this.now()],
    );
    if (rows.length === 1) return true;
    const known = await this.db.query('SELECT 1 FROM command_answers WHERE agent_id = $1 AND command_id = $2', [agentId, commandId]);
    if (known.rows.length === 0) throw new Error(`command ${commandId} of ${agentId} was never begun`);
    return false;
  }

  /**
   * Forgets answers given before `at` (the server passes now − 24 h); how many. Commands still in
   * flight are kept, whatever their age: their retries must not be applied a second time.
   */
  async purgeAnsweredBefore(at: number): Promise<number> {
    if (!Number.isSafeInteger(at)) throw new RangeError(`at must be a time in ms, not ${at}`);
    const { rows } = await this.db.query(
      `WITH purged AS (DELETE FROM command_answers WHERE answered_at < $1 RETURNING 1)
       SELECT count(*) AS purged FROM purged`,
      [at],
    );
    const row = rows[0];
    if (row === undefined) throw new StorageError('purging answers returned no count');
    return readInteger(row, 'purged');
  }
}
