import * as v from 'valibot';
import { DIALING_MODES } from '../../domain/campaign/campaign.js';
import type { BackendCommand } from './contract.js';

/** The `type` of an event or a command read off the wire, whatever it holds; undefined when it has none. */
export function typeField(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
}

/** Whether an event is a command's one answer (docs/protocol/, Commands and answers). */
export function isCommandAnswer(event: unknown): boolean {
  const type = typeField(event);
  return type === 'command-accepted' || type === 'command-rejected';
}

/** The subprotocol the client offers; its name is the protocol's major version (docs/protocol/). */
export const PROTOCOL = 'outbound-kit.v1';

/** The largest frame either side sends or accepts, in bytes (docs/protocol/, Transport). */
export const MAX_FRAME_BYTES = 262_144;

const encoder = new TextEncoder();

/** Whether a text frame is over the limit in UTF-8 bytes, as the receiving side counts them. */
export function overFrameLimit(text: string): boolean {
  // A UTF-16 code unit is at most 3 bytes in UTF-8: a short text needs no encoding to be sure.
  if (text.length * 3 <= MAX_FRAME_BYTES) return false;
  return text.length > MAX_FRAME_BYTES || encoder.encode(text).length > MAX_FRAME_BYTES;
}

const text = v.pipe(v.string(), v.nonEmpty());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const instant = v.pipe(v.number(), v.finite());

const capabilitiesSchema = v.object({
  dialingModes: v.array(v.picklist(DIALING_MODES)),
  participationToggle: v.boolean(),
  negotiatedLogout: v.boolean(),
});

const welcomeFrame = v.object({
  v: v.literal(1),
  kind: v.literal('welcome'),
  protocol: v.literal(PROTOCOL),
  sessionId: text,
  agentId: text,
  epoch: text,
  seq: count,
  serverTime: instant,
  heartbeatMs: v.pipe(v.number(), v.integer(), v.minValue(1000)),
  resumeWindow: count,
  capabilities: capabilitiesSchema,
  resumed: v.boolean(),
});
// The event itself is validated by the kit's bridge, as every adapter's events are.
const eventFrame = v.object({ v: v.literal(1), kind: v.literal('evt'), epoch: text, seq: count, corr: v.nullable(text), event: v.unknown() });
const snapshotBeginFrame = v.object({ v: v.literal(1), kind: v.literal('snapshot-begin'), epoch: text, seq: count });
const snapshotEndFrame = v.object({ v: v.literal(1), kind: v.literal('snapshot-end'), seq: count });
const serverPingFrame = v.object({ v: v.literal(1), kind: v.literal('ping'), t: instant });
const serverPongFrame = v.object({ v: v.literal(1), kind: v.literal('pong'), t: instant });
const reauthRequestFrame = v.object({ v: v.literal(1), kind: v.literal('reauth'), expiresAt: instant });
const reauthOkFrame = v.object({ v: v.literal(1), kind: v.literal('reauth-ok'), expiresAt: instant });
const errorFrame = v.object({
  v: v.literal(1),
  kind: v.literal('error'),
  code: text,
  message: v.string(),
  field: v.optional(v.string()),
  corr: v.optional(text),
});
const byeFrame = v.object({ v: v.literal(1), kind: v.literal('bye'), code: text, reason: v.string(), retryAfterMs: v.optional(count) });

/** Every frame a server sends, by name: docs/protocol/asyncapi.json's schemas are generated from these. */
export const serverFrameSchemas = {
  Welcome: welcomeFrame,
  Event: eventFrame,
  SnapshotBegin: snapshotBeginFrame,
  SnapshotEnd: snapshotEndFrame,
  ServerPing: serverPingFrame,
  ServerPong: serverPongFrame,
  ReauthRequest: reauthRequestFrame,
  ReauthOk: reauthOkFrame,
  Error: errorFrame,
  Bye: byeFrame,
} as const;

const serverFrameSchema = v.variant('kind', [
  welcomeFrame,
  eventFrame,
  snapshotBeginFrame,
  snapshotEndFrame,
  serverPingFrame,
  serverPongFrame,
  reauthRequestFrame,
  reauthOkFrame,
  errorFrame,
  byeFrame,
]);

export type ServerFrame = v.InferOutput<typeof serverFrameSchema>;
export type WelcomeFrame = Extract<ServerFrame, { kind: 'welcome' }>;
export type EventFrame = Extract<ServerFrame, { kind: 'evt' }>;

const KNOWN_KINDS: ReadonlySet<string> = new Set(serverFrameSchema.options.map((option) => option.entries.kind.literal));

/** Where the server's session resumes: the log's epoch and the last event applied. */
export interface ResumePoint {
  readonly epoch: string;
  readonly lastSeq: number;
}

export type ClientFrame =
  | {
      readonly v: 1;
      readonly kind: 'hello';
      readonly protocols: readonly string[];
      readonly client: { readonly name: string; readonly version: string };
      readonly token: string;
      readonly resume?: ResumePoint;
    }
  | { readonly v: 1; readonly kind: 'cmd'; readonly id: string; readonly cmd: BackendCommand }
  | { readonly v: 1; readonly kind: 'ping' | 'pong'; readonly t: number }
  | { readonly v: 1; readonly kind: 'reauth'; readonly token: string };

/** A server frame the client could not use, with the field that was wrong. */
export interface FrameProblem {
  readonly field: string;
  readonly message: string;
}

export type FrameReading =
  | { readonly ok: true; readonly frame: ServerFrame }
  /** A kind this client does not know: later versions add kinds, and the client ignores them. */
  | { readonly ok: 'ignored'; readonly kind: string }
  | { readonly ok: false; readonly problem: FrameProblem };

/** A text frame read as far as its kind: an object of a known kind, one of an unknown kind, or what was wrong. */
type FrameText =
  | { readonly ok: true; readonly kind: string; readonly parsed: object }
  | { readonly ok: 'unknown-kind'; readonly kind: string }
  | { readonly ok: false; readonly problem: FrameProblem };

/** What both sides check before a frame's schema: text, within the size limit, a JSON object with a kind. */
function readFrameText(data: unknown, knownKinds: ReadonlySet<string>): FrameText {
  const fail = (field: string, message: string): FrameText => ({ ok: false, problem: { field, message } });
  if (typeof data !== 'string') return fail('', 'a binary frame; outbound-kit.v1 frames are JSON text');
  if (overFrameLimit(data)) return fail('', `a frame over the ${MAX_FRAME_BYTES}-byte limit`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return fail('', 'a frame that is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('', 'a frame that is not a JSON object');
  const kind = (parsed as { kind?: unknown }).kind;
  if (typeof kind !== 'string') return fail('kind', 'a frame without a kind');
  return knownKinds.has(kind) ? { ok: true, kind, parsed } : { ok: 'unknown-kind', kind };
}

/** The first schema issue of a frame, as the field it names and a sentence. */
function schemaProblem(kind: string, issues: readonly v.BaseIssue<unknown>[]): FrameProblem {
  const issue = issues[0];
  const field = issue ? v.getDotPath(issue) ?? '' : '';
  return { field, message: `${kind}: ${field || 'the frame'} ${issue?.message ?? 'is not valid'}` };
}

/** Reads one text frame from the server: the frame, an unknown kind to ignore, or what was wrong. */
export function readServerFrame(data: unknown): FrameReading {
  const text = readFrameText(data, KNOWN_KINDS);
  if (text.ok === 'unknown-kind') return { ok: 'ignored', kind: text.kind };
  if (!text.ok) return text;
  const result = v.safeParse(serverFrameSchema, text.parsed);
  return result.success ? { ok: true, frame: result.output } : { ok: false, problem: schemaProblem(text.kind, result.issues) };
}

const helloFrame = v.object({
  v: v.literal(1),
  kind: v.literal('hello'),
  protocols: v.array(v.string()),
  client: v.object({ name: v.string(), version: v.string() }),
  token: text,
  resume: v.optional(v.object({ epoch: text, lastSeq: count })),
});
// The command's own fields are the engine's to check; here only that it names its type and id.
const commandFrame = v.object({ v: v.literal(1), kind: v.literal('cmd'), id: text, cmd: v.looseObject({ type: text, commandId: text }) });
const clientPingFrame = v.object({ v: v.literal(1), kind: v.literal('ping'), t: instant });
const clientPongFrame = v.object({ v: v.literal(1), kind: v.literal('pong'), t: instant });
const reauthFrame = v.object({ v: v.literal(1), kind: v.literal('reauth'), token: text });

/** Every frame a client sends, by name, as the server reads it. */
export const clientFrameSchemas = {
  Hello: helloFrame,
  Command: commandFrame,
  ClientPing: clientPingFrame,
  ClientPong: clientPongFrame,
  Reauth: reauthFrame,
} as const;

const clientFrameSchema = v.variant('kind', [helloFrame, commandFrame, clientPingFrame, clientPongFrame, reauthFrame]);

export type ClientFrameReading =
  | { readonly ok: true; readonly frame: v.InferOutput<typeof clientFrameSchema> }
  | { readonly ok: false; readonly problem: FrameProblem & { readonly code: 'malformed-frame' | 'unknown-kind' } };

/** Reads one text frame from a client, as a server must: the frame, or an error to send back naming the field. */
export function readClientFrame(data: unknown): ClientFrameReading {
  const fail = (code: 'malformed-frame' | 'unknown-kind', problem: FrameProblem): ClientFrameReading => ({ ok: false, problem: { code, ...problem } });
  const text = readFrameText(data, CLIENT_KINDS);
  if (text.ok === 'unknown-kind') return fail('unknown-kind', { field: 'kind', message: `a "${text.kind}" frame, which this server does not speak` });
  if (!text.ok) return fail('malformed-frame', text.problem);
  const result = v.safeParse(clientFrameSchema, text.parsed);
  if (!result.success) return fail('malformed-frame', schemaProblem(text.kind, result.issues));
  if (result.output.kind === 'cmd' && result.output.cmd.commandId !== result.output.id) {
    return fail('malformed-frame', { field: 'cmd.commandId', message: 'cmd: cmd.commandId is not the frame’s id' });
  }
  return { ok: true, frame: result.output };
}

const CLIENT_KINDS: ReadonlySet<string> = new Set(clientFrameSchema.options.map((option) => option.entries.kind.literal));



/**
 * The client's end of a connection, as the kit's protocol client uses it: a browser WebSocket has
 * this shape, and so does the simulator's in-page loopback.
 */
export interface SocketLike {
  readonly protocol: string;
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
