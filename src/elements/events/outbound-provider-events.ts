import type { KitError } from '../../services/domain/refusals/errors.js';

/**
 * Something went wrong that the agent has been told about: malformed server input, a refused
 * command, a lost connection. Bubbles and is composed, so a host can log or report it.
 */
export class OutboundErrorEvent extends Event {
  static readonly eventName = 'outbound-error';
  constructor(readonly detail: KitError) {
    super(OutboundErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-error': OutboundErrorEvent;
  }
}
