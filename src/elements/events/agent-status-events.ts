import type { Channel, ChannelStatus } from '../../services/domain/agent/agent.js';

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

/** Which press of Log out: the first asks for logout, the one after authorization completes it (AGT-2). */
export interface LogoutRequestDetail {
  readonly step: 'request' | 'complete';
}

/**
 * The agent chose Log out: to ask for it (`step: 'request'`), or, once the server authorized it, to
 * log out (`step: 'complete'`). Cancel it to keep the command from being sent.
 */
export class OutboundLogoutRequestEvent extends Event {
  static readonly eventName = 'outbound-logout-request';
  constructor(readonly detail: LogoutRequestDetail) {
    super(OutboundLogoutRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The agent chose Cancel logout while logout was awaited or authorized. Cancel it to keep the request. */
export class OutboundLogoutCancelEvent extends Event {
  static readonly eventName = 'outbound-logout-cancel';
  constructor() {
    super(OutboundLogoutCancelEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * The server confirmed the logout the agent completed: the host can close the agent's desk. A change
 * event, not cancelable.
 */
export class OutboundLogoutEvent extends Event {
  static readonly eventName = 'outbound-logout';
  constructor() {
    super(OutboundLogoutEvent.eventName, { bubbles: true, composed: true, cancelable: false });
  }
}

/**
 * The agent chose Log in after logging out: a new session on the same desk. Cancel it to keep the
 * login from being sent (a host that signs the agent in itself, for example).
 */
export class OutboundLoginRequestEvent extends Event {
  static readonly eventName = 'outbound-login-request';
  constructor() {
    super(OutboundLoginRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-login-request': OutboundLoginRequestEvent;
    'outbound-channel-status-change': OutboundChannelStatusChangeEvent;
    'outbound-logout-request': OutboundLogoutRequestEvent;
    'outbound-logout-cancel': OutboundLogoutCancelEvent;
    'outbound-logout': OutboundLogoutEvent;
  }
}
