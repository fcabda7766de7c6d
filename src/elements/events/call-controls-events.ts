import type { CallControlAction } from '../../services/domain/views/call-controls.js';

export type { CallControlAction };

export interface CallControlDetail {
  readonly interactionId: string;
  /** The action about to be sent: end-call, hold, retrieve, send-dtmf, consult, transfer or conference. */
  readonly action: CallControlAction;
}

/**
 * The agent used a call control. Fired before the command; cancel it to keep the command from being
 * sent (nothing reaches the back end, nothing is shown).
 */
export class OutboundCallControlEvent extends Event {
  static readonly eventName = 'outbound-call-control';
  constructor(readonly detail: CallControlDetail) {
    super(OutboundCallControlEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-call-control': OutboundCallControlEvent;
  }
}
