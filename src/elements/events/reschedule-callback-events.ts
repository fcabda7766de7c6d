import type { CallbackRequest } from '../../services/domain/interaction/outcome.js';

export interface CallbackChangeDetail {
  readonly interactionId: string;
  /** The callback about to be scheduled (or changed to), or `null` when it is being cancelled. */
  readonly callback: CallbackRequest | null;
}

/**
 * The agent scheduled, changed or cancelled a callback (CB-1, CB-3). Fired before it is saved in the
 * record's outcome; cancel it (`preventDefault()`) to keep it from being saved. Fires for user actions only.
 */
export class OutboundCallbackChangeEvent extends Event {
  static readonly eventName = 'outbound-callback-change';
  constructor(readonly detail: CallbackChangeDetail) {
    super(OutboundCallbackChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-callback-change': OutboundCallbackChangeEvent;
  }
}
