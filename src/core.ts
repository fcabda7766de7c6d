/**
 * The public API every page with the kit loads (`define.js` re-exports it): the provider, its
 * error event, the context for a host's own elements, the phone loaders, the back-end contract and
 * the types a host or an adapter needs. `index.ts` adds the elements `define.js` loads on demand.
 * Nothing here is an internal of the kit (the store, the selection controller, the announcer): the
 * list is checked against the README's "Public API" by `npm run test:api`.
 */
export { OutboundProvider, OutboundErrorEvent } from './elements/outbound-provider/index.js';
export { kitContext } from './elements/base/kit-context.js';
export type { KitServices } from './services/session/kit-services.js';
export type { SessionServices } from './services/session/create-session.js';
export type { CommandAnswer, CommandOutcome } from './services/ports/command-outcome.js';
export type { DeskPhoneLink, DeskPhoneLinkStatus, DeskPhoneSituation } from './services/ports/desk-phone-link.js';
export { loadCtiPhone, loadWebRtcPhone } from './phone/load-phone.js';
export type { CtiPhoneOptions } from './phone/cti/cti-phone.js';
export type { WebRtcPhoneOptions, WebRtcCredentials } from './phone/webrtc/options.js';
export type * from './services/ports/phone.js';
export type * from './services/ports/backend/contract.js';
export { parseBackendEvent, type ParseResult } from './services/ports/backend/event-schema.js';
export type { Clock, TimerHandle } from './services/ports/clock.js';
export type { Interaction, InteractionPhase, CloseReason, CallTarget } from './services/domain/interaction/interaction.js';
export type { Call, CallStatus, CallParty, CallEndReason } from './services/domain/interaction/call.js';
export type { Outcome, OutcomeDraft, OutcomeClose, CallbackRequest, CallbackTarget } from './services/domain/interaction/outcome.js';
export type { AgentState, ChannelStatus, LogoutState } from './services/domain/agent/agent.js';
export type { Channel } from './services/domain/agent/channel.js';
export type { Campaign, CampaignStatus, DeliveryMode, DialingMode } from './services/domain/campaign/campaign.js';
export type { CampaignNotice, NoticeKind } from './services/domain/campaign/notices.js';
export type { KitError, KitErrorCode, KitErrorDetail } from './services/domain/refusals/errors.js';
export type { RefusalCode, RefusalReason, RefusalParams } from './services/domain/refusals/refusals.js';
export { setKitLocale, getKitLocale, kitLocales, type KitLocale } from './localization/localization.js';
