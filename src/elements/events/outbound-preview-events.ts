import type { NumberType } from '../../services/domain/campaign/record.js';

/** The agent chose Accept on an offered record. Cancel it to keep the acceptance from being sent. */
export interface InteractionIntentDetail {
  readonly interactionId: string;
}

export class OutboundInteractionAcceptEvent extends Event {
  static readonly eventName = 'outbound-interaction-accept';
  constructor(readonly detail: InteractionIntentDetail) {
    super(OutboundInteractionAcceptEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The agent chose Reject on an offered record. Cancel it to keep the rejection from being sent. */
export class OutboundInteractionRejectEvent extends Event {
  static readonly eventName = 'outbound-interaction-reject';
  constructor(readonly detail: InteractionIntentDetail) {
    super(OutboundInteractionRejectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface RecordCallDetail {
  readonly interactionId: string;
  /** The record's number to dial (the one chosen in the preview), or null when none is chosen. */
  readonly numberId: string | null;
  /** A number the agent typed under Other phone number (PRV-3), in E.164; then `numberId` is null. */
  readonly e164?: string;
  /** The type the agent gave the typed number; present with `e164`. */
  readonly numberType?: NumberType;
}

/** The agent chose Call in the preview. Cancel it to keep the call from being placed. */
export class OutboundRecordCallEvent extends Event {
  static readonly eventName = 'outbound-record-call';
  constructor(readonly detail: RecordCallDetail) {
    super(OutboundRecordCallEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface RecordDeclineDetail {
  readonly interactionId: string;
  /** `later`: back to the calling list; `never`: do not call this contact for this campaign. */
  readonly scope: 'later' | 'never';
}

/** The agent declined the previewed record. Cancel it to keep the decline from being sent. */
export class OutboundRecordDeclineEvent extends Event {
  static readonly eventName = 'outbound-record-decline';
  constructor(readonly detail: RecordDeclineDetail) {
    super(OutboundRecordDeclineEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface RecordDoneDetail {
  readonly interactionId: string;
  /** `done`: the next record may come; `done-and-stop`: no more records for now. */
  readonly close: 'done' | 'done-and-stop';
}

/** The agent chose Done or Done and Stop. Cancel it to keep the record from being closed. */
export class OutboundRecordDoneEvent extends Event {
  static readonly eventName = 'outbound-record-done';
  constructor(readonly detail: RecordDoneDetail) {
    super(OutboundRecordDoneEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-interaction-accept': OutboundInteractionAcceptEvent;
    'outbound-interaction-reject': OutboundInteractionRejectEvent;
    'outbound-record-call': OutboundRecordCallEvent;
    'outbound-record-decline': OutboundRecordDeclineEvent;
    'outbound-record-done': OutboundRecordDoneEvent;
  }
}
