/**
 * One conformance check and what every check needs: a live session (hello, welcome, the snapshot
 * or the replay), commands with their one answer, and assertions that say what the server did.
 */
import { isCommandAnswer, readServerFrame } from '../../src/services/ports/backend/protocol-frames.js';
import { parseBackendEvent } from '../../src/services/ports/backend/event-schema.js';
import type { RawSocket, ReceivedFrame } from './raw-socket.js';
import type { Target } from './targets.js';

export type CheckGroup = 'protocol' | 'auth' | 'resume' | 'idempotency' | 'multi-connection';

export interface Check {
  /** `group/name`, stable: a server team cites it. */
  readonly id: string;
  readonly group: CheckGroup;
  /** The SPEC ids and protocol sections it covers, first in the title. */
  readonly title: string;
  run(target: Target): Promise<void>;
}

/** A check that cannot run against this server (a capability or option it lacks), with why. */
export class Skipped extends Error {}

export class CheckFailed extends Error {}

export function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

export interface LiveSession {
  readonly socket: RawSocket;
  readonly welcome: ReceivedFrame & { readonly epoch: string; readonly seq: number; readonly heartbeatMs: number; readonly resumed: boolean };
  /** The events of the snapshot, when the server sent one. */
  readonly snapshot: readonly unknown[];
}

/** Opens a connection, says hello and waits until the session is live and caught up. */
export async function liveSession(target: Target, options: { token?: string; resume?: { epoch: string; lastSeq: number } } = {}): Promise<LiveSession> {
  const socket = await target.open();
  socket.hello(options.token ?? target.token, options.resume ? { resume: options.resume } : {});
  const welcome = await socket.nextKind('welcome', 'welcome after hello');
  checkServerFrame(welcome);
  const typed = welcome as LiveSession['welcome'];
  const snapshot: unknown[] = [];
  if (!typed.resumed) {
    await socket.nextKind('snapshot-begin', 'snapshot-begin after a welcome that did not resume');
    for (;;) {
      const frame = await socket.next('the snapshot’s events and snapshot-end', (next) => next.kind === 'evt' || next.kind === 'snapshot-end');
      checkServerFrame(frame);
      if (frame.kind === 'snapshot-end') {
        expectThat(frame['seq'] === typed.seq, `snapshot-end names seq ${String(frame['seq'])}, the welcome ${typed.seq}`);
        break;
      }
      expectThat(frame['seq'] === 0, `a snapshot event has seq ${String(frame['seq'])}; snapshot events are not log entries (seq 0)`);
      checkEvent(frame['event']);
      snapshot.push(frame['event']);
    }
  }
  return { socket, welcome: typed, snapshot };
}

/** Sends a command and waits for its one answer (the `evt` whose `corr` is its id). */
export async function command(socket: RawSocket, cmd: { readonly type: string; readonly commandId: string; readonly [field: string]: unknown }): Promise<{ readonly type: string; readonly code?: string; readonly params?: Record<string, unknown> }> {
  socket.send({ v: 1, kind: 'cmd', id: cmd.commandId, cmd });
  const frame = await socket.next(`the answer to ${cmd.type} ${cmd.commandId}`, (next) => next.kind === 'evt' && next['corr'] === cmd.commandId && isCommandAnswer(next['event']));
  checkServerFrame(frame);
  return frame['event'] as { type: string; code?: string };
}

/** Fails unless the server closed the connection with `code`; `what` names the close awaited. */
export async function expectClosedWith(socket: RawSocket, code: number, what: string, deadlineMs?: number): Promise<void> {
  const closed = await socket.closure(what, deadlineMs);
  expectThat(closed.code === code, `${what}: closed with ${closed.code}, not ${code}`);
}

/** Fails unless a command's answer is a refusal with `code`; `what` names the command. */
export function expectRefused(answer: { readonly type: string; readonly code?: string }, code: string, what: string): void {
  expectThat(answer.type === 'command-rejected' && answer.code === code, `${what} was answered ${answer.type} ${answer.code ?? ''}, not ${code}`);
}

/** Fails unless the frame is one outbound-kit.v1 defines, read with the kit's own schemas. */
export function checkServerFrame(frame: ReceivedFrame): void {
  const reading = readServerFrame(frame.text);
  if (reading.ok === false) throw new CheckFailed(`the server sent a frame the protocol does not allow (${reading.problem.field || 'frame'}: ${reading.problem.message}): ${frame.text.slice(0, 200)}`);
  if (reading.ok === true && reading.frame.kind === 'evt') checkEvent(reading.frame.event);
}

/** Fails unless an event of a type v1 lists passes the kit's schema for it. */
export function checkEvent(event: unknown): void {
  const parsed = parseBackendEvent(event);
  if (!parsed.ok && parsed.error.field !== 'type') {
    throw new CheckFailed(`an event the kit cannot read: ${parsed.error.message}`);
  }
}

/** A fresh id for each command the suite sends, so runs never collide on the server. */
export function commandId(what: string): string {
  return `conformance-${what}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The events with a sequence number received so far (not the snapshot's), in order. */
export function loggedEvents(socket: RawSocket): { readonly seq: number; readonly event: unknown; readonly corr: unknown; readonly text: string }[] {
  return socket.frames.flatMap((frame) =>
    frame.kind === 'evt' && typeof frame['seq'] === 'number' && frame['seq'] > 0
      ? [{ seq: frame['seq'], event: frame['event'], corr: frame['corr'], text: JSON.stringify(frame['event']) }]
      : [],
  );
}

/** Waits until the server has been quiet for `quietMs` (its events for a command have all arrived). */
export async function quiet(socket: RawSocket, quietMs = 300): Promise<void> {
  // Heartbeats do not count: a server pings an idle connection however quiet it is otherwise.
  const told = () => socket.frames.filter((frame) => frame.kind !== 'ping' && frame.kind !== 'pong').length;
  let count = -1;
  while (count !== told()) {
    count = told();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
