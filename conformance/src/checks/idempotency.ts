/** Idempotent commands (docs/protocol/README.md: Commands and answers; messages.md: Answers). */
import { typeField } from '../../../src/services/ports/backend/protocol-frames.js';
import { command, commandId, expectRefused, expectThat, liveSession, loggedEvents, quiet, Skipped, type Check, type LiveSession } from '../check.js';

interface OfferedRecord {
  readonly interactionId: string;
  readonly recordId: string;
  readonly campaignId: string;
  readonly outcomeSchema: { readonly defaultCallResult: string; readonly dispositionCodes: readonly { readonly id: string }[] };
}

type OfferedFact = { interactionId: string; campaignId: string; record: { id: string }; outcomeSchema: OfferedRecord['outcomeSchema'] };

const offeredRecord = (fact: OfferedFact): OfferedRecord => ({ interactionId: fact.interactionId, recordId: fact.record.id, campaignId: fact.campaignId, outcomeSchema: fact.outcomeSchema });

/**
 * A record to close: the one the agent is working already (a snapshot shows it), or one taken from a
 * Preview campaign after login. Skips when the server has neither.
 */
async function previewRecord(session: LiveSession): Promise<OfferedRecord> {
  const open = session.snapshot.find((event): event is OfferedFact => typeField(event) === 'record-offered') ?? null;
  const closed = session.snapshot.some((event) => typeField(event) === 'record-closed' && (event as { interactionId?: string }).interactionId === open?.interactionId);
  if (open && !closed) return offeredRecord(open);
  const agentId = String(session.welcome['agentId']);
  await command(session.socket, { type: 'login', commandId: commandId('login'), agentId });
  const campaigns = await session.socket.any('the campaign list after login', (frame) => frame.kind === 'evt' && typeField(frame['event']) === 'campaigns-snapshot');
  const list = (campaigns['event'] as { campaigns: { id: string; dialingMode: string; status: string }[] }).campaigns;
  const preview = list.find((campaign) => campaign.dialingMode === 'preview' && (campaign.status === 'running' || campaign.status === 'started'));
  if (!preview) throw new Skipped('the agent has no running Preview campaign to take a record from');
  const answer = await command(session.socket, { type: 'get-record', commandId: commandId('get-record'), campaignId: preview.id });
  if (answer.type !== 'command-accepted') throw new Skipped(`Get Record in ${preview.id} was refused (${answer.code ?? ''}): no record to work`);
  const offered = await session.socket.any(
    'the record offered after Get Record',
    (frame) => frame.kind === 'evt' && typeof frame['seq'] === 'number' && frame['seq'] > 0 && typeField(frame['event']) === 'record-offered',
  );
  return offeredRecord(offered['event'] as OfferedFact);
}

function outcomeFor(record: OfferedRecord, id: string, note: string) {
  const disposition = record.outcomeSchema.dispositionCodes[0];
  return {
    type: 'submit-outcome',
    commandId: id,
    outcome: {
      interactionId: record.interactionId,
      recordId: record.recordId,
      campaignId: record.campaignId,
      close: 'done',
      callResult: record.outcomeSchema.defaultCallResult,
      dnc: false,
      dispositionCodeIds: disposition ? [disposition.id] : [],
      note,
      callback: null,
      fieldEdits: {},
    },
  };
}

export const idempotencyChecks: readonly Check[] = [
  {
    id: 'idempotency/outcome-retried',
    group: 'idempotency',
    title: 'BE-5, DISP-4: the same outcome sent three times over two connections is stored once and answered three times alike; another id for the closed record is refused',
    async run(target) {
      const first = await liveSession(target);
      const record = await previewRecord(first);
      const id = commandId('outcome');
      const outcome = outcomeFor(record, id, 'conformance: sent three times');
      const answers = [await command(first.socket, outcome), await command(first.socket, outcome)];
      await quiet(first.socket);
      const lastSeq = Math.max(first.welcome.seq, ...loggedEvents(first.socket).map((event) => event.seq));
      first.socket.cut();
      const second = await liveSession(target, { resume: { epoch: first.welcome.epoch, lastSeq } });
      answers.push(await command(second.socket, outcome));
      const texts = answers.map((answer) => JSON.stringify(answer));
      expectThat(new Set(texts).size === 1, `the three answers differ: ${texts.join(' / ')}`);
      expectThat(answers[0]?.type === 'command-accepted', `the outcome was refused: ${texts[0] ?? ''}`);
      await quiet(second.socket);
      const closings = [...loggedEvents(first.socket), ...loggedEvents(second.socket)]
        .filter((event, index, all) => all.findIndex((other) => other.seq === event.seq) === index)
        .filter((event) => typeField(event.event) === 'record-closed' && (event.event as { interactionId?: string }).interactionId === record.interactionId);
      expectThat(closings.length === 1, `the record was closed ${closings.length} times`);
      const other = await command(second.socket, outcomeFor(record, commandId('outcome-again'), 'conformance: another id'));
      expectRefused(other, 'record-closed', 'a second outcome under another id');
      second.socket.close();
    },
  },
  {
    id: 'idempotency/mismatch',
    group: 'idempotency',
    title: 'BE-5: a command id used again with another body is refused as idempotency-mismatch',
    async run(target) {
      const { socket } = await liveSession(target);
      const id = commandId('im');
      const first = await command(socket, { type: 'set-im-login', commandId: id, loggedIn: false });
      expectThat(first.type === 'command-accepted' || first.type === 'command-rejected', 'no answer');
      const second = await command(socket, { type: 'set-im-login', commandId: id, loggedIn: true });
      expectRefused(second, 'idempotency-mismatch', 'the same id with another body');
      socket.close();
    },
  },
];
