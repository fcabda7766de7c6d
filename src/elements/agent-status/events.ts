import type { Channel, ChannelStatus } from '../../services/domain/agent.js';

/** The statuses an agent can choose; after-call work is set by the system when a call ends. */
export type ChosenChannelStatus = Extract<ChannelStatus, 'ready' | 'not-ready'>;

export interface ChannelStatusChangeDetail {
  readonly channel: Channel;
  readonly status: ChosenChannelStatus;
}

/**
 * The agent asked to make a channel Ready or Not Ready. Cancel it (`preventDefault()`) to keep the
 * request from being sent. Fires for user actions only.
 */
export class OutboundChannelStatusChangeEvent extends Event {
  static readonly eventName = 'outbound-channel-status-change';
  constructor(readonly detail: ChannelStatusChangeDetail) {
    super(OutboundChannelStatusChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The agent chose Log out. Cancel it to keep the logout request from being sent. */
export class OutboundLogoutRequestEvent extends Event {
  static readonly eventName = 'outbound-logout-request';
  constructor() {
    super(OutboundLogoutRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'outbound-channel-status-change': OutboundChannelStatusChangeEvent;
    'outbound-logout-request': OutboundLogoutRequestEvent;
  }
}
