/**
 * A record of a calling list, as delivered to the agent: the contact, their numbers and the fields
 * the campaign shows. Pure data.
 */

export type NumberType = 'home' | 'mobile' | 'work' | 'other';

export const NUMBER_TYPES: readonly NumberType[] = ['home', 'mobile', 'work', 'other'];

/** Local wall-clock times ("08:00", "21:30") in the contact's time zone. */
export interface CallableWindow {
  readonly from: string;
  readonly till: string;
}

/** Why the server will not let a number be dialled. */
/** `uncallable`: a disposition of an earlier call said so. */
export type NumberBlock = 'dnc' | 'attempt-limit' | 'invalid' | 'uncallable';

/** How a number's type reads in a sentence ("the contact's mobile number"). */
export const NUMBER_TYPE_WORDS: Readonly<Record<NumberType, string>> = {
  home: 'home',
  mobile: 'mobile',
  work: 'work',
  other: 'other',
};

/** Why a number cannot be called, as the end of a sentence about it. */
export const NUMBER_BLOCK_REASONS: Readonly<Record<NumberBlock, string>> = {
  dnc: 'is on the Do-Not-Call list',
  'attempt-limit': 'has used up its call attempts',
  invalid: 'is not a valid number',
  uncallable: 'was marked as not to be called by an earlier call’s disposition',
};

export interface RecordPhoneNumber {
  readonly id: string;
  /** E.164, e.g. +15555550123. */
  readonly e164: string;
  readonly type: NumberType;
  readonly window?: CallableWindow;
  readonly blocked?: NumberBlock;
}

/** The field types the kit can show and edit (PRV-2). */
export type KnownRecordFieldType = 'text' | 'number' | 'boolean' | 'date-time' | 'choice';

export const KNOWN_RECORD_FIELD_TYPES: readonly KnownRecordFieldType[] = ['text', 'number', 'boolean', 'date-time', 'choice'];

/**
 * `unknown`: the server sent a type the kit does not know (see `declaredType`). Such a field is kept,
 * shown as text and never edited, rather than losing the whole record over one field.
 */
export type RecordFieldType = KnownRecordFieldType | 'unknown';

export type RecordFieldValue = string | number | boolean | null;

export interface RecordField {
  readonly key: string;
  readonly label: string;
  readonly type: RecordFieldType;
  readonly value: RecordFieldValue;
  readonly editable: boolean;
  /** The choices of a `choice` field. */
  readonly options?: readonly string[];
  /** The type the server gave a field of type `unknown`, for the message that explains it. */
  readonly declaredType?: string;
}

/** Campaign call, or a callback someone scheduled (PRV-1 shows which). */
export type RecordOrigin = 'campaign' | 'callback' | 'personal-callback';

export interface OutboundRecord {
  readonly id: string;
  readonly campaignId: string;
  /** Records of one customer share a chain. */
  readonly chainId: string;
  readonly contactName: string;
  /** IANA zone of the contact, e.g. America/Chicago. */
  readonly timeZone: string;
  readonly origin: RecordOrigin;
  /** Read-only summary lines (PRV-1). */
  readonly caseFields: readonly { readonly label: string; readonly value: string }[];
  /** Typed fields, some editable (PRV-2). */
  readonly fields: readonly RecordField[];
  readonly numbers: readonly RecordPhoneNumber[];
  /** ASM delivers an empty record that fills in when the contact connects (DEL-5). */
  readonly filled: boolean;
}
