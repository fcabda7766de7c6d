/**
 * Schemas for the engine's server data: agent state and interactions. Kept apart from the event
 * list so each stays readable; `event-schema.ts` checks at compile time that the two match the
 * contract's types.
 */
import * as v from 'valibot';
import { DIALING_MODES } from '../../domain/campaign/campaign.js';
import { KNOWN_RECORD_FIELD_TYPES, NUMBER_TYPES, type KnownRecordFieldType, type RecordField } from '../../domain/campaign/record.js';
import { isValidTimeZone } from '../../domain/callback/zone-name.js';

const text = v.string();
const id = v.pipe(v.string(), v.nonEmpty());
const time = v.number();
const nullable = <S extends v.GenericSchema>(schema: S) => v.nullable(schema);

export const countdownSchema = v.variant('state', [
  v.object({ state: v.literal('running'), deadline: time }),
  v.object({ state: v.literal('paused'), remainingMs: v.number() }),
]);

const channelStatus = v.picklist(['ready', 'not-ready', 'after-call-work']);

export const agentStateSchema = v.object({
  channels: v.object({ voice: channelStatus, 'outbound-preview': channelStatus }),
  imLoggedIn: v.boolean(),
  logout: v.variant('phase', [
    v.object({ phase: v.literal('none') }),
    v.object({ phase: v.literal('pending'), countdown: countdownSchema }),
    v.object({ phase: v.literal('authorized'), at: time }),
    v.object({ phase: v.literal('logged-out'), at: time }),
  ]),
});

const callableWindow = v.object({ from: text, till: text });

export const phoneNumberSchema = v.object({
  id,
  e164: text,
  type: v.picklist(NUMBER_TYPES),
  window: v.optional(callableWindow),
  blocked: v.optional(v.picklist(['dnc', 'attempt-limit', 'invalid', 'uncallable'])),
});

const fieldValue = v.union([v.string(), v.number(), v.boolean(), v.null()]);

const knownFieldType = (type: string): type is KnownRecordFieldType =>
  (KNOWN_RECORD_FIELD_TYPES as readonly string[]).includes(type);

/** A field of a type the kit does not know is kept as read-only text, not refused with its record. */
export const recordFieldSchema = v.pipe(
  v.object({
    key: id,
    label: text,
    type: text,
    value: fieldValue,
    editable: v.boolean(),
    options: v.optional(v.array(text)),
    declaredType: v.optional(text),
  }),
  v.transform((field): RecordField => {
    if (field.type === 'unknown' || knownFieldType(field.type)) return field as RecordField;
    return { ...field, type: 'unknown', declaredType: field.type, editable: false };
  }),
);

export const recordSchema = v.object({
  id,
  campaignId: id,
  chainId: text,
  contactName: text,
  timeZone: v.pipe(text, v.check(isValidTimeZone, 'an IANA time zone name, e.g. America/Chicago')),
  origin: v.picklist(['campaign', 'callback', 'personal-callback']),
  caseFields: v.array(v.object({ label: text, value: text })),
  fields: v.array(recordFieldSchema),
  numbers: v.array(phoneNumberSchema),
  filled: v.boolean(),
});

export const policySchema = v.object({
  asm: v.boolean(),
  assuredConnection: v.boolean(),
  offerTimeoutSeconds: nullable(v.number()),
  onOfferTimeout: v.picklist(['return-to-list', 'reject-and-not-ready']),
  allowReject: v.boolean(),
  autoAnswerSeconds: nullable(v.number()),
  autoDialSeconds: nullable(v.number()),
  extendSeconds: nullable(v.number()),
  manualDialOnly: v.boolean(),
  allowDecline: v.boolean(),
  allowRescheduleBeforeDial: v.boolean(),
  allowOtherNumber: v.boolean(),
  callerIds: v.array(text),
});

/** A disposition code as the server sends it; `children` nest (the recursive schema below names it). */
export type DispositionCodeInput = {
  id: string;
  label: string;
  effects?: ('number-uncallable' | 'contact-uncallable' | 'dnc' | 'creates-callback')[];
  children?: DispositionCodeInput[];
};

export const dispositionCodeSchema: v.GenericSchema<DispositionCodeInput> = v.object({
  id,
  label: text,
  effects: v.optional(v.array(v.picklist(['number-uncallable', 'contact-uncallable', 'dnc', 'creates-callback']))),
  children: v.optional(v.array(v.lazy(() => dispositionCodeSchema))),
});

export const outcomeSchemaSchema = v.object({
  callResults: v.array(text),
  defaultCallResult: text,
  dispositionCodes: v.array(dispositionCodeSchema),
  dispositionControl: v.picklist(['drop-down', 'radio']),
  requireDispositionBeforeDone: v.boolean(),
  requireCallResultBeforeTransfer: v.boolean(),
  markDoneOnEndCall: v.boolean(),
  markDoneOnDisposition: v.boolean(),
  readyAfterWork: v.boolean(),
  personalCallbacks: v.picklist(['choose', 'always', 'never']),
});

export const callSchema = v.object({
  id,
  number: text,
  callerId: nullable(text),
  status: v.picklist(['dialing', 'establishing', 'engaging', 'connected', 'held', 'ended']),
  startedAt: time,
  connectedAt: nullable(time),
  ended: nullable(
    v.object({
      at: time,
      by: v.picklist(['agent', 'contact', 'system']),
      reason: v.picklist([
        'hang-up',
        'busy',
        'no-answer',
        'answering-machine',
        'fax',
        'dropped',
        'transferred',
        'invalid-number',
      ]),
    }),
  ),
});

const numberType = v.picklist(NUMBER_TYPES);
const switchedTo = { numberType, number: text };

/** The pre-dial notice as codes (DNC-1); optional, so a server that sends only the text is read too. */
export const dialNoticeSchema = v.object({
  code: v.picklist(['on-dnc-list', 'service-unavailable']),
  params: v.object({ number: nullable(text) }),
  next: v.variant('code', [
    v.object({ code: v.literal('mark-done'), params: v.object({}) }),
    v.object({ code: v.literal('switched'), params: v.object(switchedTo) }),
    v.object({
      code: v.literal('switched-opens-later'),
      params: v.object({ ...switchedTo, from: text, till: text, opensAt: text }),
    }),
    v.object({ code: v.literal('switched-hours-unreadable'), params: v.object(switchedTo) }),
  ]),
});

export const interactionSchema = v.object({
  id,
  campaignId: id,
  mode: v.picklist(DIALING_MODES),
  policy: policySchema,
  schema: outcomeSchemaSchema,
  record: recordSchema,
  phase: v.picklist(['offered', 'previewing', 'dialing', 'in-call', 'wrap-up', 'closed']),
  offer: nullable(v.object({ countdown: nullable(countdownSchema), autoAnswer: v.boolean() })),
  autoDial: nullable(countdownSchema),
  selectedNumberId: nullable(text),
  numberChosenByAgent: v.boolean(),
  callerId: nullable(text),
  call: nullable(callSchema),
  readOnly: v.boolean(),
  dialNotice: nullable(text),
  dialNoticeDetail: v.optional(nullable(dialNoticeSchema), null),
  closed: nullable(
    v.object({
      reason: v.picklist(['done', 'done-and-stop', 'rejected', 'timed-out', 'declined-later', 'declined-never']),
      at: time,
      setNotReady: v.boolean(),
    }),
  ),
});
