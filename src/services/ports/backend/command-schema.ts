/**
 * The commands a desk sends, as a server reads them (docs/protocol/, Commands): every field checked,
 * so a server that uses these schemas (the simulator's endpoint, the reference server) answers a
 * bad command with an error naming its field, and docs/protocol/asyncapi.json documents each one.
 * A check at the end keeps them and the contract's `BackendCommand` together.
 */
import * as v from 'valibot';
import { NUMBER_TYPES } from '../../domain/campaign/record.js';
import type { BackendCommand } from './contract.js';
import { typeField } from './protocol-frames.js';

const text = v.pipe(v.string(), v.nonEmpty());
const base = { commandId: text };
const channel = v.picklist(['voice', 'outbound-preview']);
const numberType = v.picklist(NUMBER_TYPES);
const fieldValue = v.union([v.string(), v.number(), v.boolean(), v.null()]);
const window = v.object({ from: v.string(), till: v.string() });

const callbackTarget = v.variant('kind', [
  v.object({ kind: v.literal('record-number'), numberId: text }),
  v.object({ kind: v.literal('new-number'), e164: text, type: numberType, window: v.optional(window) }),
]);

const draft = {
  callResult: v.nullable(v.string()),
  dnc: v.boolean(),
  dispositionCodeIds: v.array(v.string()),
  note: v.string(),
  callback: v.nullable(v.object({ at: v.number(), personal: v.boolean(), target: callbackTarget })),
  fieldEdits: v.record(v.string(), fieldValue),
};

const action = v.variant('type', [
  v.object({ type: v.picklist(['accept', 'reject', 'extend-time', 'hold', 'retrieve', 'end-call']) }),
  v.object({ type: v.literal('select-number'), numberId: text }),
  v.object({ type: v.literal('typing-new-number'), typing: v.boolean() }),
  v.object({ type: v.literal('select-caller-id'), callerId: text }),
  v.object({
    type: v.literal('call'),
    target: v.optional(v.union([v.object({ numberId: text }), v.object({ e164: text, numberType })])),
  }),
  v.object({ type: v.literal('decline'), scope: v.picklist(['later', 'never']) }),
  v.object({ type: v.literal('send-dtmf'), digits: text }),
  v.object({ type: v.picklist(['transfer', 'conference', 'consult']), target: text }),
]);

/** Each command by name: docs/protocol/asyncapi.json's command schemas are generated from these. */
export const commandSchemas = {
  Login: v.object({ type: v.literal('login'), ...base, agentId: text }),
  GetRecord: v.object({ type: v.literal('get-record'), ...base, campaignId: text }),
  SetParticipation: v.object({ type: v.literal('set-participation'), ...base, campaignId: text, receiving: v.boolean() }),
  SubmitOutcome: v.object({
    type: v.literal('submit-outcome'),
    ...base,
    outcome: v.object({
      ...draft,
      interactionId: text,
      recordId: text,
      campaignId: text,
      close: v.picklist(['done', 'done-and-stop', 'none']),
    }),
  }),
  SetChannelStatus: v.object({
    type: v.literal('set-channel-status'),
    ...base,
    channel,
    status: v.picklist(['ready', 'not-ready', 'after-call-work']),
  }),
  SetImLogin: v.object({ type: v.literal('set-im-login'), ...base, loggedIn: v.boolean() }),
  RequestLogout: v.object({ type: v.literal('request-logout'), ...base }),
  CompleteLogout: v.object({ type: v.literal('complete-logout'), ...base }),
  CancelLogout: v.object({ type: v.literal('cancel-logout'), ...base }),
  InteractionAction: v.object({
    type: v.literal('interaction-action'),
    ...base,
    interactionId: text,
    action,
    draft: v.optional(v.object(draft)),
  }),
  PhoneCallEnded: v.object({
    type: v.literal('phone-call-ended'),
    ...base,
    interactionId: text,
    by: v.picklist(['agent', 'contact', 'system']),
    reason: v.picklist(['hang-up', 'busy', 'no-answer', 'answering-machine', 'fax', 'dropped', 'transferred', 'invalid-number']),
  }),
} as const;

export const commandSchema = v.variant('type', Object.values(commandSchemas));

// If the contract gains a command or a field, this stops the build until the schema has it too.
const schemaMatchesContract: (command: v.InferOutput<typeof commandSchema>) => BackendCommand = (command) => command;
void schemaMatchesContract;

export const COMMAND_TYPES: ReadonlySet<string> = new Set(Object.values(commandSchemas).map((schema) => schema.entries.type.literal));

export type CommandReading =
  | { readonly ok: true; readonly command: BackendCommand }
  | { readonly ok: false; readonly code: 'unknown-command' | 'malformed-command' | 'agent-mismatch'; readonly field: string; readonly message: string };

/**
 * Reads a command's body as a server must before acting on it. A type the server does not know is
 * `unknown-command` (a later desk may send commands this server predates); a known one with a field
 * missing or wrong is `malformed-command`, naming the field (`cmd.` and its path).
 */
export function readCommand(cmd: unknown): CommandReading {
  const type = typeField(cmd);
  if (typeof type !== 'string' || !COMMAND_TYPES.has(type)) {
    return { ok: false, code: 'unknown-command', field: 'cmd.type', message: `This server does not know the command "${String(type)}".` };
  }
  const result = v.safeParse(commandSchema, cmd);
  if (result.success) return { ok: true, command: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const field = path ? `cmd.${path}` : 'cmd';
  return { ok: false, code: 'malformed-command', field, message: `The "${type}" command could not be read (${field}: ${issue.message}).` };
}
