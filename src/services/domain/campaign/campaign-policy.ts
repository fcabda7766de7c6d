/**
 * How a campaign delivers records and what it allows: the settings behind every "configurable" of
 * the SPEC. Pure data with defaults.
 */

/** What happens when an offered record is neither accepted nor rejected in time (DEL-2, DEL-4). */
export type OfferTimeoutAction = 'return-to-list' | 'reject-and-not-ready';

export interface DeliveryPolicy {
  /** Active switching matrix: Accept only, an empty record that fills on connection (DEL-5). */
  readonly asm: boolean;
  /** The agent is connected before the contact, hearing music: the engaging phase (DEL-6). */
  readonly assuredConnection: boolean;
  /** Seconds an offered record waits for Accept or Reject; null: no limit. */
  readonly offerTimeoutSeconds: number | null;
  readonly onOfferTimeout: OfferTimeoutAction;
  /** Whether Reject is offered (with auto-answer it is shown only when configured, DEL-7). */
  readonly allowReject: boolean;
  /** Auto-answer: Accept counts down and answers at zero (DEL-7); null: off. */
  readonly autoAnswerSeconds: number | null;
  /** Auto-dial of a previewed record: 0 dials at once, n after n seconds (DEL-8); null: off. */
  readonly autoDialSeconds: number | null;
  /** Seconds one "more time" adds to a time limit (WCAG 2.2.1); null: limits cannot be extended. */
  readonly extendSeconds: number | null;
  /** Regulation requires the agent to choose or type the number (PRV-6); disables auto-dial. */
  readonly manualDialOnly: boolean;
  readonly allowDecline: boolean;
  readonly allowRescheduleBeforeDial: boolean;
  readonly allowOtherNumber: boolean;
  /** Caller IDs the agent may present (PRV-4); empty: the campaign's own. */
  readonly callerIds: readonly string[];
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  asm: false,
  assuredConnection: false,
  offerTimeoutSeconds: 30,
  onOfferTimeout: 'return-to-list',
  allowReject: true,
  autoAnswerSeconds: null,
  autoDialSeconds: null,
  extendSeconds: 30,
  manualDialOnly: false,
  allowDecline: true,
  allowRescheduleBeforeDial: true,
  allowOtherNumber: true,
  callerIds: [],
};

export type DispositionEffect = 'number-uncallable' | 'contact-uncallable' | 'dnc' | 'creates-callback';

export interface DispositionCode {
  readonly id: string;
  readonly label: string;
  readonly effects?: readonly DispositionEffect[];
  /** Nested codes: large outcome schemas group them. */
  readonly children?: readonly DispositionCode[];
}

export type PersonalCallbackPolicy = 'choose' | 'always' | 'never';

export interface OutcomeSchema {
  readonly callResults: readonly string[];
  readonly defaultCallResult: string;
  readonly dispositionCodes: readonly DispositionCode[];
  readonly dispositionControl: 'drop-down' | 'radio';
  /** A disposition code must be set before Done (DISP-2). */
  readonly requireDispositionBeforeDone: boolean;
  /** A call result must be set before transfer or conference (CALL-3). */
  readonly requireCallResultBeforeTransfer: boolean;
  readonly markDoneOnEndCall: boolean;
  readonly markDoneOnDisposition: boolean;
  /** After-call work ends in Ready by itself (DISP-3). */
  readonly readyAfterWork: boolean;
  readonly personalCallbacks: PersonalCallbackPolicy;
}

export const defaultOutcomeSchema: OutcomeSchema = {
  callResults: [
    'Unknown',
    'Answered',
    'Answering Machine',
    'Busy',
    'No Answer',
    'Wrong Number',
    'Fax',
    'Cancel',
    'Dropped',
  ],
  defaultCallResult: 'Unknown',
  dispositionCodes: [
    { id: 'none', label: 'None' },
    { id: 'accepted', label: 'Accepted' },
    { id: 'rejected', label: 'Rejected' },
    { id: 'transferred', label: 'Transferred' },
  ],
  dispositionControl: 'radio',
  requireDispositionBeforeDone: false,
  requireCallResultBeforeTransfer: false,
  markDoneOnEndCall: false,
  markDoneOnDisposition: false,
  readyAfterWork: false,
  personalCallbacks: 'choose',
};

/** Every code of a (possibly nested) schema, depth first. */
export function allDispositionCodes(codes: readonly DispositionCode[]): DispositionCode[] {
  return codes.flatMap((code) => [code, ...allDispositionCodes(code.children ?? [])]);
}
