import { randomBytes } from 'node:crypto';
import type { Queryable } from './database.js';
import { jsonText } from './json.js';
import { onlyRow, readInteger, readJson, readNullableText, readText, StorageError, type Row } from './rows.js';

/** One event of an agent's log, as an `evt` frame carries it (docs/protocol/). */
export interface LogEntry {
  readonly seq: number;
  /** The id of the command the event answers, or null. */
  readonly corr: string | null;
  /** As appended; `jsonb` keeps the values, not the order of an object's keys. */
  readonly event: unknown;
  /** When it was appended, ms since the epoch. */
  readonly at: number;
}

/** Where an agent's log stands: its epoch and the last seq it gave (0 before the first event). */
export interface LogHead {
  readonly epoch: string;
  readonly lastSeq: number;
}

/**
 * Each agent's event log (docs/protocol/, Sequence, resume and snapshots): an epoch, and seq
 * 1, 2, 3, … without gaps. The agent's `agent_logs` row orders its appends: each append takes the
 * next seq by updating that row, so a concurrent append (another connection, another node) waits
 * for the row and takes the one after; if the first is rolled back, so is its seq.
 *
 * Every method is one statement, so it is whole on its own and joins a caller's transaction when
 * given one.
 */
export class EventLogStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  /** The agent's epoch; the first call for an agent opens its log, under a fresh random epoch. */
  async epochOf(agentId: string): Promise<string> {
    return (await this.head(agentId)).epoch;
  }

  /** The agent's epoch and last seq (the `welcome`'s `epoch` and `seq`); opens the log on first use. */
  async head(agentId: string): Promise<LogHead> {
    const inserted = await this.db.query(
      'INSERT INTO agent_logs (agent_id, epoch, last_seq) VALUES ($1, $2, 0) ON CONFLICT (agent_id) DO NOTHING RETURNING epoch, last_seq',
      [agentId, newEpoch()],
    );
    // Not inserted: the log exists, or another connection was creating it and has committed since
    // (ON CONFLICT waited for it). Either way this second statement, with a newer snapshot, sees it.
    const rows = inserted.rows.length > 0 ? inserted.rows : (await this.db.query('SELECT epoch, last_seq FROM agent_logs WHERE agent_id = $1', [agentId])).rows;
    const row = onlyRow(rows, `the log of ${agentId}`);
    return { epoch: readText(row, 'epoch'), lastSeq: readInteger(row, 'last_seq') };
  }

  /** Appends an event to the agent's log (opening it if need be); its seq. */
  async append(agentId: string, corr: string | null, event: unknown): Promise<number> {
    // The upsert takes the agents_logs row's lock and the next seq in one step; the entry is written
    // in the same statement, so a failure leaves neither (no seq given without its entry).
    const { rows } = await this.db.query(
      `WITH next AS (
         INSERT INTO agent_logs AS log (agent_id, epoch, last_seq) VALUES ($1, $2, 1)
         ON CONFLICT (agent_id) DO UPDATE SET last_seq = log.last_seq + 1
         RETURNING last_seq
       )
       INSERT INTO event_log (agent_id, seq, corr, event, at)
       SELECT $1, next.last_seq, $3, $4::jsonb, $5 FROM next
       RETURNING seq`,
      [agentId, newEpoch(), corr, jsonText(event, 'the event'), this.now()],
    );
    const seq = readInteger(onlyRow(rows, `appending to the log of ${agentId}`), 'seq');
    if (seq < 1) throw new StorageError(`the log of ${agentId} gave seq ${seq}`);
    return seq;
  }

  /**
   * What a resume replays: every entry after `lastSeq`, in order, when the client's `epoch` is the
   * log's, `lastSeq` is within the last `window` events and every entry after it is still kept.
   * Null when it cannot be replayed (another epoch, an unknown agent, a `lastSeq` the log never
   * reached, too far back): the client then gets a snapshot.
   */
  async since(agentId: string, epoch: string, lastSeq: number, window: number): Promise<readonly LogEntry[] | null> {
    if (!Number.isSafeInteger(lastSeq) || lastSeq < 0) throw new RangeError(`lastSeq must be a whole number ≥ 0, not ${lastSeq}`);
    if (!Number.isSafeInteger(window) || window < 0) throw new RangeError(`the window must be a whole number ≥ 0, not ${window}`);
    // One statement: the head and the entries are read from one snapshot, so an append or a trim
    // running meanwhile cannot make them disagree. Entries are read only when a replay can be.
    const { rows } = await this.db.query(
      `SELECT log.epoch, log.last_seq, entry.seq, entry.corr, entry.event, entry.at
       FROM agent_logs log
       LEFT JOIN event_log entry
         ON entry.agent_id = log.agent_id AND entry.seq > $2 AND log.epoch = $3 AND log.last_seq - $2 <= $4
       WHERE log.agent_id = $1
       ORDER BY entry.seq`,
      [agentId, lastSeq, epoch, window],
    );
    const first = rows[0];
    if (first === undefined || readText(first, 'epoch') !== epoch) return null;
    const head = readInteger(first, 'last_seq');
    if (lastSeq > head || head - lastSeq > window) return null;
    const entries = rows.filter((row) => row['seq'] !== null).map(readEntry);
    if (lastSeq === head) return [];
    // The entry right after lastSeq is gone: trimmed away.
    if (entries[0]?.seq !== lastSeq + 1) return null;
    entries.forEach((entry, index) => {
      if (entry.seq !== lastSeq + 1 + index) throw new StorageError(`the log of ${agentId} has a gap before seq ${entry.seq}`);
    });
    if (entries.at(-1)?.seq !== head) throw new StorageError(`the log of ${agentId} ends before its last seq ${head}`);
    return entries;
  }

  /** Keeps the agent's newest `keep` entries and drops the older ones; how many were dropped. */
  async trim(agentId: string, keep: number): Promise<number> {
    if (!Number.isSafeInteger(keep) || keep < 0) throw new RangeError(`keep must be a whole number ≥ 0, not ${keep}`);
    // Seqs have no gaps, so the newest `keep` entries are those after last_seq - keep.
    const { rows } = await this.db.query(
      `WITH dropped AS (
         DELETE FROM event_log entry USING agent_logs log
         WHERE entry.agent_id = $1 AND log.agent_id = $1 AND entry.seq <= log.last_seq - $2
         RETURNING 1
       )
       SELECT count(*) AS dropped FROM dropped`,
      [agentId, keep],
    );
    return readInteger(onlyRow(rows, `trimming the log of ${agentId}`), 'dropped');
  }
}

function newEpoch(): string {
  return randomBytes(12).toString('base64url');
}

function readEntry(row: Row): LogEntry {
  return { seq: readInteger(row, 'seq'), corr: readNullableText(row, 'corr'), event: readJson(row, 'event'), at: readInteger(row, 'at') };
}
