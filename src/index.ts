/**
 * outbound-kit: classes, services and types, with no side effects. Import `outbound-kit/define.js`
 * to register the tags.
 */
export * from './core.js';
export {
  CampaignList,
  OutboundCampaignSelectEvent,
  OutboundDeliveryStopEvent,
  OutboundRecordRequestEvent,
  type CampaignEventDetail,
} from './elements/campaign-list/index.js';
export {
  CampaignNotices,
  OutboundNoticeDismissEvent,
  OutboundNoticeGetRecordEvent,
  type NoticeDismissDetail,
  type NoticeGetRecordDetail,
} from './elements/campaign-notices/index.js';
export {
  AgentStatus,
  OutboundChannelStatusChangeEvent,
  OutboundLoginRequestEvent,
  OutboundLogoutCancelEvent,
  OutboundLogoutEvent,
  OutboundLogoutRequestEvent,
  type ChannelStatusChangeDetail,
  type LogoutRequestDetail,
  type ChosenChannelStatus,
} from './elements/agent-status/index.js';
export * from './elements/outbound-preview/index.js';
// With a bundler, the phones' factories directly (the WebRTC phone still fetches sip.js when it starts).
export { createCtiPhone } from './phone/cti/cti-phone.js';
export { createWebRtcPhone } from './phone/webrtc/index.js';
