import type { Campaign } from '../../../src/services/domain/campaign/campaign.js';
import { CAMPAIGN_STATUSES, DIALING_MODES } from '../../../src/services/domain/campaign/campaign.js';
import type { CallableWindow, NumberBlock, OutboundRecord, RecordOrigin, RecordPhoneNumber } from '../../../src/services/domain/campaign/record.js';
import { NUMBER_TYPES } from '../../../src/services/domain/campaign/record.js';
import type { Queryable } from './database.js';
import { jsonText } from './json.js';
import { onlyRow, readInteger, readJson, readJsonObject, readNullableInteger, readNullableText, readOneOf, readText, StorageError, type Row } from './rows.js';

/** A campaign as loaded: the domain's campaign (less `receiving`, which is each agent's) and the rest of its set-up. */
export interface CampaignDefinition extends Omit<Campaign, 'receiving'> {
  /** Policy, outcome schema, members: whatever else the server keeps of the campaign. */
  readonly definition: Readonly<Record<string, unknown>>;
}

export type RecordState = 'ready' | 'claimed' | 'closed';
const RECORD_STATES: readonly RecordState[] = ['ready', 'claimed', 'closed'];
const ORIGINS: readonly RecordOrigin[] = ['campaign', 'callback', 'personal-callback'];
const BLOCKS: readonly NumberBlock[] = ['dnc', 'attempt-limit', 'invalid', 'uncallable'];
const E164 = /^\+[1-9][0-9]{1,14}$/;

/** A record with where it stands: ready to give, claimed by an agent, or closed. */
export interface StoredRecord {
  /** Its numbers in dialling order; one on the Do-Not-Call list reads as blocked `dnc`. */
  readonly record: OutboundRecord;
  readonly state: RecordState;
  readonly claimedBy: string | null;
  readonly claimedAt: number | null;
  /** Goes up with every change of the record. */
  readonly version: number;
}

const RECORD_COLUMNS = 'id, campaign_id, chain_id, data, state, claimed_by, claimed_at, version';

/**
 * Campaigns, their calling lists and the Do-Not-Call list. Loading is an upsert, so the same list
 * loaded twice changes nothing; a record's state (claimed, closed) survives a reload of its data.
 * A claim gives a ready record to exactly one agent: the row is taken with
 * `FOR UPDATE SKIP LOCKED`, so concurrent claims, on any connection or node, each take another.
 */
export class RecordStore {
  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  async loadCampaign(campaign: CampaignDefinition): Promise<void> {
    await this.db.query(
      `INSERT INTO campaigns (id, name, description, status, dialing_mode, definition) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, status = EXCLUDED.status,
         dialing_mode = EXCLUDED.dialing_mode, definition = EXCLUDED.definition`,
      [campaign.id, campaign.name, campaign.description, campaign.status, campaign.dialingMode, jsonText(campaign.definition, 'the campaign definition')],
    );
  }

  async campaign(id: string): Promise<CampaignDefinition | null> {
    const { rows } = await this.db.query('SELECT id, name, description, status, dialing_mode, definition FROM campaigns WHERE id = $1', [id]);
    const row = rows[0];
    if (row === undefined) return null;
    return {
      id: readText(row, 'id'),
      name: readText(row, 'name'),
      description: readText(row, 'description'),
      status: readOneOf(row, 'status', CAMPAIGN_STATUSES),
      dialingMode: readOneOf(row, 'dialing_mode', DIALING_MODES),
      definition: readJsonObject(row, 'definition'),
    };
  }

  /**
   * Loads records (their campaign must be loaded), each in one statement: the record and its
   * numbers, numbers no longer listed removed. A record whose data and numbers are unchanged is
   * left as it is (its version too). For all or nothing, pass a transaction.
   */
  async loadRecords(records: readonly OutboundRecord[]): Promise<void> {
    for (const record of records) await this.loadRecord(record);
  }

  private async loadRecord(record: OutboundRecord): Promise<void> {
    const numbers = record.numbers.map((number, position) => {
      if (!E164.test(number.e164)) throw new RangeError(`number ${number.id} of record ${record.id} is not E.164: ${number.e164}`);
      // Every key present, null for none: the same shape jsonb_build_object gives, to compare with.
      return { id: number.id, position, e164: number.e164, type: number.type, call_window: number.window ?? null, blocked: number.blocked ?? null };
    });
    if (new Set(numbers.map((number) => number.id)).size !== numbers.length) throw new RangeError(`record ${record.id} lists a number id twice`);
    const { id, campaignId, chainId, numbers: _numbers, ...data } = record;
    await this.db.query(
      `WITH given AS (
         SELECT * FROM jsonb_to_recordset($5::jsonb) AS given (id text, position integer, e164 text, type text, call_window jsonb, blocked text)
       ),
       record AS (
         INSERT INTO records AS r (id, campaign_id, chain_id, data) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (id) DO UPDATE SET campaign_id = EXCLUDED.campaign_id, chain_id = EXCLUDED.chain_id, data = EXCLUDED.data, version = r.version + 1
         WHERE (r.campaign_id, r.chain_id, r.data) IS DISTINCT FROM (EXCLUDED.campaign_id, EXCLUDED.chain_id, EXCLUDED.data)
            OR (SELECT coalesce(jsonb_agg(jsonb_build_object('id', n.id, 'position', n.position, 'e164', n.e164, 'type', n.type,
                  'call_window', n.call_window, 'blocked', n.blocked) ORDER BY n.position), '[]'::jsonb)
                FROM record_numbers n WHERE n.record_id = r.id) IS DISTINCT FROM $5::jsonb
         RETURNING r.id
       ),
       dropped AS (
         DELETE FROM record_numbers n WHERE n.record_id = $1 AND n.id NOT IN (SELECT id FROM given)
       )
       INSERT INTO record_numbers AS n (record_id, id, position, e164, type, call_window, blocked)
       SELECT $1, id, position, e164, type, call_window, blocked FROM given
       ON CONFLICT (record_id, id) DO UPDATE SET position = EXCLUDED.position, e164 = EXCLUDED.e164, type = EXCLUDED.type,
         call_window = EXCLUDED.call_window, blocked = EXCLUDED.blocked
       WHERE (n.position, n.e164, n.type, n.call_window, n.blocked)
         IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.e164, EXCLUDED.type, EXCLUDED.call_window, EXCLUDED.blocked)`,
      [id, campaignId, chainId, jsonText(data, 'the record'), jsonText(numbers, 'the numbers')],
    );
  }

  async record(id: string): Promise<StoredRecord | null> {
    const { rows } = await this.db.query(`SELECT ${RECORD_COLUMNS} FROM records WHERE id = $1`, [id]);
    const row = rows[0];
    return row === undefined ? null : this.withNumbers(row);
  }

  /**
   * Gives the campaign's next ready record (list order) to `agentId`, or null when none is ready.
   * A record another transaction is claiming is skipped, not waited for: two claims never get the
   * same record, and neither waits for the other.
   */
  async claimNext(campaignId: string, agentId: string, now: number): Promise<StoredRecord | null> {
    const { rows } = await this.db.query(
      `WITH next AS (
         SELECT id FROM records WHERE campaign_id = $1 AND state = 'ready' ORDER BY queue_order LIMIT 1 FOR UPDATE SKIP LOCKED
       )
       UPDATE records r SET state = 'claimed', claimed_by = $2, claimed_at = $3, version = r.version + 1
       FROM next WHERE r.id = next.id AND r.state = 'ready'
       RETURNING r.id, r.campaign_id, r.chain_id, r.data, r.state, r.claimed_by, r.claimed_at, r.version`,
      [campaignId, agentId, now],
    );
    if (rows.length === 0) return null;
    const claimed = await this.withNumbers(onlyRow(rows, `claiming from ${campaignId}`));
    if (claimed.state !== 'claimed' || claimed.claimedBy !== agentId) throw new StorageError(`record ${claimed.record.id} was not claimed for ${agentId}`);
    return claimed;
  }

  /** Puts a claimed record back, ready for the next claim; false when it was not claimed. */
  async release(recordId: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `UPDATE records SET state = 'ready', claimed_by = NULL, claimed_at = NULL, version = version + 1
       WHERE id = $1 AND state = 'claimed' RETURNING id`,
      [recordId],
    );
    return rows.length === 1;
  }

  /** Closes a record for good (who had it stays known); false when it was closed already or is unknown. */
  async close(recordId: string): Promise<boolean> {
    const { rows } = await this.db.query(`UPDATE records SET state = 'closed', version = version + 1 WHERE id = $1 AND state <> 'closed' RETURNING id`, [recordId]);
    return rows.length === 1;
  }

  /** Puts a number on the Do-Not-Call list; false when it was on it already. */
  async addToDnc(e164: string, source: string): Promise<boolean> {
    if (!E164.test(e164)) throw new RangeError(`not an E.164 number: ${e164}`);
    const { rows } = await this.db.query('INSERT INTO dnc (e164, added_at, source) VALUES ($1, $2, $3) ON CONFLICT (e164) DO NOTHING RETURNING e164', [
      e164,
      this.now(),
      source,
    ]);
    return rows.length === 1;
  }

  async isOnDnc(e164: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM dnc WHERE e164 = $1', [e164]);
    return rows.length === 1;
  }

  private async withNumbers(row: Row): Promise<StoredRecord> {
    const id = readText(row, 'id');
    const { rows } = await this.db.query(
      `SELECT n.id, n.e164, n.type, n.call_window, CASE WHEN n.blocked IS NULL AND dnc.e164 IS NOT NULL THEN 'dnc' ELSE n.blocked END AS blocked
       FROM record_numbers n LEFT JOIN dnc ON dnc.e164 = n.e164
       WHERE n.record_id = $1 ORDER BY n.position`,
      [id],
    );
    return {
      record: {
        id,
        campaignId: readText(row, 'campaign_id'),
        chainId: readText(row, 'chain_id'),
        ...readRecordData(readJsonObject(row, 'data'), id),
        numbers: rows.map(readNumber),
      },
      state: readOneOf(row, 'state', RECORD_STATES),
      claimedBy: readNullableText(row, 'claimed_by'),
      claimedAt: readNullableInteger(row, 'claimed_at'),
      version: readInteger(row, 'version'),
    };
  }
}

type RecordData = Omit<OutboundRecord, 'id' | 'campaignId' | 'chainId' | 'numbers'>;

/** The record's document, checked where a wrong shape would break the desk (its fields are the kit's to validate). */
function readRecordData(data: Record<string, unknown>, id: string): RecordData {
  const { contactName, timeZone, origin, caseFields, fields, filled } = data;
  if (typeof contactName !== 'string' || typeof timeZone !== 'string' || typeof filled !== 'boolean') {
    throw new StorageError(`record ${id}: contactName, timeZone or filled is missing or of the wrong type`);
  }
  if (typeof origin !== 'string' || !(ORIGINS as readonly string[]).includes(origin)) throw new StorageError(`record ${id}: unknown origin ${String(origin)}`);
  if (!Array.isArray(caseFields) || !Array.isArray(fields)) throw new StorageError(`record ${id}: caseFields and fields must be lists`);
  // The lists' entries are as loaded: the desk validates fields itself, field by field.
  const lists: Pick<RecordData, 'caseFields' | 'fields'> = { caseFields: caseFields as RecordData['caseFields'], fields: fields as RecordData['fields'] };
  return { ...data, contactName, timeZone, origin: origin as RecordOrigin, ...lists, filled };
}

function readNumber(row: Row): RecordPhoneNumber {
  const window = readJson(row, 'call_window');
  const blocked = readNullableText(row, 'blocked');
  if (blocked !== null && !(BLOCKS as readonly string[]).includes(blocked)) throw new StorageError(`number ${readText(row, 'id')}: unknown block ${blocked}`);
  return {
    id: readText(row, 'id'),
    e164: readText(row, 'e164'),
    type: readOneOf(row, 'type', NUMBER_TYPES),
    ...(window === null ? {} : { window: readWindow(window) }),
    ...(blocked === null ? {} : { blocked: blocked as NumberBlock }),
  };
}

function readWindow(value: unknown): CallableWindow {
  const { from, till } = (typeof value === 'object' && value !== null ? value : {}) as { from?: unknown; till?: unknown };
  if (typeof from !== 'string' || typeof till !== 'string') throw new StorageError('a callable window needs from and till');
  return { from, till };
}
