import type { NoticeKind } from '../../services/domain/campaign/notices.js';

/** Which notice the agent dismissed with OK (or Escape). */
export interface NoticeDismissDetail {
  readonly noticeId: string;
  readonly campaignId: string;
  readonly kind: NoticeKind;
}

/** Which notice the agent chose Get Record on. */
export interface NoticeGetRecordDetail {
  readonly noticeId: string;
  readonly campaignId: string;
}

/**
 * The agent dismissed a campaign notice with OK or Escape. A change event: it fires after the notice
 * has left the queue, for the agent's action only (not when a notice closes by itself).
 */
export class OutboundNoticeDismissEvent extends Event {
  static readonly eventName = 'outbound-notice-dismiss';
  constructor(readonly detail: NoticeDismissDetail) {
    super(OutboundNoticeDismissEvent.eventName, { bubbles: true, composed: true, cancelable: false });
  }
}

/**
 * The agent chose Get Record on a started Preview campaign's notice (CAM-2). An intent event: its
 * default action closes the notice and requests a record. Cancel it (`preventDefault()`) to keep the
 * request from being sent; the notice then stays open.
 */
export class OutboundNoticeGetRecordEvent extends Event {
  static readonly eventName = 'outbound-notice-get-record';
  constructor(readonly detail: NoticeGetRecordDetail) {
    super(OutboundNoticeGetRecordEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'outbound-notice-dismiss': OutboundNoticeDismissEvent;
    'outbound-notice-get-record': OutboundNoticeGetRecordEvent;
  }
}
