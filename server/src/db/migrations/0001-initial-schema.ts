/**
 * The first schema. Conventions: snake_case; documents as `jsonb`; times as `bigint` milliseconds
 * since the epoch (UTC), the kit's own unit; ids as text, as the protocol carries them. Checks
 * repeat the domain's closed sets so a bad value fails where it is written, not where it is read.
 */
export const initialSchema: readonly string[] = [
  `CREATE TABLE campaigns (
    id text PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('loaded', 'started', 'running', 'stopped', 'unloaded')),
    dialing_mode text NOT NULL CHECK (dialing_mode IN ('preview', 'push-preview', 'direct-push-preview', 'progressive', 'predictive')),
    -- Everything else the server needs of the campaign (policy, outcome schema, members).
    definition jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(definition) = 'object')
  )`,

  `CREATE TABLE records (
    id text PRIMARY KEY,
    campaign_id text NOT NULL REFERENCES campaigns (id),
    chain_id text NOT NULL,
    -- The calling list is called in the order it was loaded; a reload keeps a record's place.
    queue_order bigint GENERATED ALWAYS AS IDENTITY,
    -- The record as delivered, but for its ids and numbers: contact, zone, origin, fields.
    data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    state text NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'claimed', 'closed')),
    claimed_by text,
    claimed_at bigint,
    -- Bumped by every change, for optimistic updates by whoever read it.
    version integer NOT NULL DEFAULT 1,
    CHECK (state <> 'claimed' OR (claimed_by IS NOT NULL AND claimed_at IS NOT NULL)),
    CHECK (state <> 'ready' OR (claimed_by IS NULL AND claimed_at IS NULL))
  )`,
  // What a claim looks for: the campaign's ready records, in list order.
  `CREATE INDEX records_ready ON records (campaign_id, queue_order) WHERE state = 'ready'`,
  `CREATE INDEX records_chain ON records (chain_id)`,

  `CREATE TABLE record_numbers (
    record_id text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    id text NOT NULL,
    -- The record's numbers are dialled in their order.
    position integer NOT NULL,
    e164 text NOT NULL CHECK (e164 ~ '^\\+[1-9][0-9]{1,14}$'),
    type text NOT NULL CHECK (type IN ('home', 'mobile', 'work', 'other')),
    -- "window" is an SQL reserved word: the callable window ({ from, till }, local times).
    call_window jsonb CHECK (call_window IS NULL OR jsonb_typeof(call_window) = 'object'),
    blocked text CHECK (blocked IN ('dnc', 'attempt-limit', 'invalid', 'uncallable')),
    PRIMARY KEY (record_id, id)
  )`,
  `CREATE INDEX record_numbers_e164 ON record_numbers (e164)`,

  `CREATE TABLE interactions (
    id text PRIMARY KEY,
    agent_id text NOT NULL,
    record_id text NOT NULL REFERENCES records (id),
    state jsonb NOT NULL CHECK (jsonb_typeof(state) = 'object'),
    version integer NOT NULL DEFAULT 1,
    closed boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX interactions_open ON interactions (agent_id) WHERE NOT closed`,

  // One outcome closes a record: a second for the same record is refused, a retry of the same
  // command is recognised by its id.
  `CREATE TABLE outcomes (
    record_id text PRIMARY KEY REFERENCES records (id),
    command_id text NOT NULL UNIQUE,
    interaction_id text NOT NULL,
    outcome jsonb NOT NULL CHECK (jsonb_typeof(outcome) = 'object'),
    recorded_at bigint NOT NULL
  )`,

  `CREATE TABLE callbacks (
    id text PRIMARY KEY,
    record_id text NOT NULL REFERENCES records (id),
    -- The agent of a personal callback; NULL: any agent of the campaign calls back.
    agent_id text,
    due_at bigint NOT NULL,
    -- Where it rings: a number of the record, or a new one (the outcome's callback target).
    number jsonb NOT NULL CHECK (jsonb_typeof(number) = 'object'),
    state text NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled', 'claimed', 'done', 'cancelled'))
  )`,
  `CREATE INDEX callbacks_due ON callbacks (due_at) WHERE state = 'scheduled'`,

  `CREATE TABLE dnc (
    e164 text PRIMARY KEY CHECK (e164 ~ '^\\+[1-9][0-9]{1,14}$'),
    added_at bigint NOT NULL,
    source text NOT NULL
  )`,

  // Each agent's event log (docs/protocol/: Sequence, resume and snapshots): its epoch and the
  // last seq given. The row is also the lock that orders the agent's appends.
  `CREATE TABLE agent_logs (
    agent_id text PRIMARY KEY,
    epoch text NOT NULL,
    last_seq bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0)
  )`,
  `CREATE TABLE event_log (
    agent_id text NOT NULL REFERENCES agent_logs (agent_id),
    seq bigint NOT NULL CHECK (seq > 0),
    corr text,
    event jsonb NOT NULL,
    at bigint NOT NULL,
    PRIMARY KEY (agent_id, seq)
  )`,

  // Idempotent commands: a command's body (by hash) and, once given, its final answer.
  `CREATE TABLE command_answers (
    agent_id text NOT NULL,
    command_id text NOT NULL,
    body_hash text NOT NULL CHECK (body_hash ~ '^[0-9a-f]{64}$'),
    answer jsonb,
    received_at bigint NOT NULL,
    answered_at bigint,
    PRIMARY KEY (agent_id, command_id),
    CHECK ((answer IS NULL) = (answered_at IS NULL))
  )`,
  `CREATE INDEX command_answers_answered ON command_answers (answered_at) WHERE answered_at IS NOT NULL`,

  `CREATE TABLE timers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id text,
    kind text NOT NULL,
    due_at bigint NOT NULL,
    payload jsonb NOT NULL
  )`,
  `CREATE INDEX timers_due ON timers (due_at)`,
];
