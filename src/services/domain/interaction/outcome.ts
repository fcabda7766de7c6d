import type { CallableWindow, NumberType, RecordFieldValue } from '../campaign/record.js';

/** Where a callback should ring: a number of the record, or a new one the agent typed. */
export type CallbackTarget =
  | { readonly kind: 'record-number'; readonly numberId: string }
  | {
      readonly kind: 'new-number';
      readonly e164: string;
      readonly type: NumberType;
      readonly window?: CallableWindow;
    };

export interface CallbackRequest {
  /** The moment to call back, as epoch milliseconds (UTC). */
  readonly at: number;
  /** Personal: only this agent calls back; otherwise any agent of the campaign. */
  readonly personal: boolean;
  readonly target: CallbackTarget;
}

/** What the agent has entered about an interaction so far. */
export interface OutcomeDraft {
  readonly callResult: string | null;
  /** Do Not Call: once chosen it stays until the agent clears it themselves. */
  readonly dnc: boolean;
  readonly dispositionCodeIds: readonly string[];
  readonly note: string;
  readonly callback: CallbackRequest | null;
  readonly fieldEdits: Readonly<Record<string, RecordFieldValue>>;
}

export const emptyOutcomeDraft: OutcomeDraft = {
  callResult: null,
  dnc: false,
  dispositionCodeIds: [],
  note: '',
  callback: null,
  fieldEdits: {},
};

/** How the agent closes the record with this outcome. */
export type OutcomeClose = 'done' | 'done-and-stop' | 'none';

/** An outcome as delivered to the server: the draft plus what it belongs to and how it closes. */
export interface Outcome extends OutcomeDraft {
  readonly interactionId: string;
  readonly recordId: string;
  readonly campaignId: string;
  readonly close: OutcomeClose;
}
