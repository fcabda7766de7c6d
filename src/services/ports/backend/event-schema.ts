import * as v from 'valibot';
import { CAMPAIGN_STATUSES, DIALING_MODES } from '../../domain/campaign/campaign.js';
import type { KitError } from '../../domain/refusals/errors.js';
import type { BackendEvent, StateResyncEvent } from './contract.js';
import { agentStateSchema, interactionSchema } from './engine-schema.js';
import { interactionFactSchemas } from './interaction-facts.js';
import { typeField } from './protocol-frames.js';

const id = v.pipe(v.string(), v.nonEmpty());

const campaignSchema = v.object({
  id,
  name: v.pipe(v.string(), v.nonEmpty()),
  description: v.optional(v.string(), ''),
  status: v.picklist(CAMPAIGN_STATUSES),
  dialingMode: v.picklist(DIALING_MODES),
  receiving: v.optional(v.boolean(), false),
});

/**
 * Every event a server sends in outbound-kit.v1, by name (docs/protocol/asyncapi.json's event
 * schemas are generated from these): the campaign and agent state, the answers, and the facts of
 * an interaction.
 */
export const wireEventSchemas = {
  CampaignsSnapshot: v.object({ type: v.literal('campaigns-snapshot'), campaigns: v.array(campaignSchema) }),
  CampaignStatusChanged: v.object({
    type: v.literal('campaign-status-changed'),
    campaign: campaignSchema,
    message: v.string(),
  }),
  ParticipationChanged: v.object({ type: v.literal('participation-changed'), campaignId: id, receiving: v.boolean() }),
  AgentStateChanged: v.object({ type: v.literal('agent-state-changed'), agent: agentStateSchema }),
  DeskPhone: v.object({
    type: v.literal('desk-phone'),
    state: v.picklist(['idle', 'ringing', 'dialing', 'talking', 'held']),
    callId: v.nullable(v.string()),
    endedBy: v.nullable(v.picklist(['agent', 'contact', 'system'])),
  }),
  CommandAccepted: v.object({ type: v.literal('command-accepted'), commandId: id }),
  CommandRejected: v.object({
    type: v.literal('command-rejected'),
    commandId: id,
    code: v.string(),
    // Checked against the code's wording when the store reads the refusal (`readRefusal`).
    params: v.optional(v.record(v.string(), v.union([v.string(), v.null(), v.array(v.string())]))),
    message: v.string(),
    retryable: v.optional(v.boolean(), false),
  }),
  ServerError: v.object({
    type: v.literal('error'),
    code: v.string(),
    message: v.string(),
    retryable: v.optional(v.boolean(), false),
  }),
  ...interactionFactSchemas,
} as const;

/** The event types of outbound-kit.v1; a server may send others (later versions add some), which a desk ignores. */
export const WIRE_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(wireEventSchemas).map((schema) => schema.entries.type.literal));

const backendEventSchema = v.variant('type', [
  // Its events are read one by one below, each as any other event.
  v.object({ type: v.literal('state-resync'), events: v.array(v.unknown()) }),
  // The in-page simulator's whole interaction; a server on the wire sends its facts instead.
  v.object({ type: v.literal('interaction-updated'), interaction: interactionSchema }),
  ...Object.values(wireEventSchemas),
]);

// The schema is the contract's gatekeeper: if they drift apart, this line stops the build.
type ParsedEvent = Exclude<v.InferOutput<typeof backendEventSchema>, { type: 'state-resync' }>;
const schemaMatchesContract: (event: ParsedEvent) => Exclude<BackendEvent, StateResyncEvent> = (event) => event;
void schemaMatchesContract;

export type ParseResult =
  | { readonly ok: true; readonly event: BackendEvent }
  | { readonly ok: false; readonly error: KitError };

/** Validates one raw event from any adapter. A bad event becomes an error naming the field. */
export function parseBackendEvent(raw: unknown): ParseResult {
  const result = v.safeParse(backendEventSchema, raw);
  if (result.success) {
    const event = result.output;
    if (event.type !== 'state-resync') return { ok: true, event };
    const events: BackendEvent[] = [];
    for (const [index, nested] of event.events.entries()) {
      const parsed = isResync(nested) ? malformed(nested, 'type', 'an event other than state-resync', 'state-resync') : parseBackendEvent(nested);
      if (!parsed.ok) return { ok: false, error: { ...parsed.error, field: `events.${index}.${parsed.error.field ?? ''}` } };
      events.push(parsed.event);
    }
    return { ok: true, event: { type: 'state-resync', events } };
  }
  const issue = result.issues[0];
  return malformed(raw, v.getDotPath(issue) ?? 'type', issue.expected ?? issue.message, issue.received);
}

function isResync(raw: unknown): boolean {
  return typeField(raw) === 'state-resync';
}

function malformed(raw: unknown, field: string, expected: string, received: string): ParseResult {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : '';
  const what = type ? `a "${type}" event` : 'an event';
  return {
    ok: false,
    error: {
      code: 'malformed-event',
      field,
      retryable: false,
      message: `The server sent ${what} that could not be read (${field}: expected ${expected}, received ${received}). It was ignored; what is shown is the last good state.`,
      detail: { code: 'malformed-event', params: { event: type, field, expected, received } },
    },
  };
}
