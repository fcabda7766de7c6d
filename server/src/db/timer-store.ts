import type { Queryable } from './database.js';
import { jsonText } from './json.js';
import { onlyRow, readInteger, readJson, readNullableText, readText, type Row } from './rows.js';

export interface Timer {
  readonly id: number;
  /** What to do when it fires (a callback due, a reservation timing out, …): the server's to name. */
  readonly kind: string;
  readonly dueAt: number;
  readonly payload: unknown;
  /** The agent it concerns, or null for one of the server's own. */
  readonly agentId: string | null;
}

/**
 * Deadlines that outlive a process: whichever node polls `due` first gets a due timer, and no other
 * node ever gets it. A timer is deleted as it is handed out; run `due` in the transaction that acts
 * on the timers, and a failure there (a rollback) puts them back for the next poll. Outside a
 * transaction, a crash right after `due` loses the timers it returned.
 */
export class TimerStore {
  constructor(private readonly db: Queryable) {}

  /** Schedules a timer; its id, for `cancel`. */
  async schedule(kind: string, dueAt: number, payload: unknown, agentId?: string): Promise<number> {
    if (!Number.isSafeInteger(dueAt)) throw new RangeError(`dueAt must be a time in ms, not ${dueAt}`);
    const { rows } = await this.db.query('INSERT INTO timers (agent_id, kind, due_at, payload) VALUES ($1, $2, $3, $4::jsonb) RETURNING id', [
      agentId ?? null,
      kind,
      dueAt,
      jsonText(payload, 'the payload'),
    ]);
    return readInteger(onlyRow(rows, 'scheduling a timer'), 'id');
  }

  /**
   * Claims timers due at `now` (at most `limit`, earliest first). Those another transaction is
   * claiming are skipped, not waited for, so two nodes polling at once each get other timers.
   */
  async due(now: number, limit = 100): Promise<readonly Timer[]> {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`);
    const { rows } = await this.db.query(
      `DELETE FROM timers WHERE id IN (
         SELECT id FROM timers WHERE due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       RETURNING id, agent_id, kind, due_at, payload`,
      [now, limit],
    );
    // RETURNING has no order of its own.
    return rows.map(readTimer).sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
  }

  /** Cancels a timer not yet handed out; false when there is none of that id (fired, or cancelled). */
  async cancel(id: number): Promise<boolean> {
    const { rows } = await this.db.query('DELETE FROM timers WHERE id = $1 RETURNING id', [id]);
    return rows.length === 1;
  }
}

function readTimer(row: Row): Timer {
  return {
    id: readInteger(row, 'id'),
    kind: readText(row, 'kind'),
    dueAt: readInteger(row, 'due_at'),
    payload: readJson(row, 'payload'),
    agentId: readNullableText(row, 'agent_id'),
  };
}
