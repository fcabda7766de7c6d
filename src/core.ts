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
export type { CommandIdFactory } from './services/ports/ids.js';
export type { Interaction, InteractionPhase, CloseReason, CallTarget } from './services/domain/interaction/interaction.js';
export type { Call, CallStatus, CallParty, CallEndReason } from './services/domain/interaction/call.js';
export type { Outcome, OutcomeDraft, OutcomeClose, CallbackRequest, CallbackTarget } from './services/domain/interaction/outcome.js';
export type { AgentState, ChannelStatus, LogoutState } from './services/domain/agent/agent.js';
export type { Channel } from './services/domain/agent/channel.js';
export type { Campaign, CampaignStatus, DeliveryMode, DialingMode } from './services/domain/campaign/campaign.js';
export type { CampaignNotice, NoticeKind } from './services/domain/campaign/notices.js';
export type { KitError, KitErrorCode, KitErrorDetail } from './services/domain/refusals/errors.js';
export type { RefusalCode, RefusalReason, RefusalParams } from './services/domain/refusals/refusals.js';
export type {
  OutboundRecord,
  RecordOrigin,
  RecordField,
  RecordFieldType,
  KnownRecordFieldType,
  RecordFieldValue,
  RecordPhoneNumber,
  NumberType,
  NumberBlock,
  CallableWindow,
} from './services/domain/campaign/record.js';
export type { DeliveryPolicy, OfferTimeoutAction, OutcomeSchema, DispositionCode, DispositionEffect, PersonalCallbackPolicy } from './services/domain/campaign/campaign-policy.js';
export type { Countdown } from './services/domain/interaction/countdown.js';
export type { DialNotice, DialNoticeNext, DialValidationFailure, SwitchedParams } from './services/domain/numbers/dial-validation.js';
export type { AgentAction } from './services/domain/interaction/interaction.js';
export type { PhaseAction, EngagingRefusedAction } from './services/domain/refusals/refusals.js';
export type { CallbackErrorCode, CallbackErrorParams, CallbackNumber } from './services/domain/callback/callback.js';
export type { DraftEdit } from './services/domain/interaction/wrap-up.js';
export type { NoticeSettings } from './services/domain/campaign/notices.js';
// What `services` exposes, named for a host's own code. The commands are the session's public face;
// the store and its state are readable but their shape may grow between versions.
export type { KitCommands, KitCommandOptions, EditOutcome, OutcomeSender } from './services/session/commands.js';
export type { CommandAnswers, AnsweredCommand, SentCommand } from './services/session/command-answers.js';
export type { KitStore } from './services/state/kit-store.js';
export type { Store, Action, Reducer } from './services/state/store.js';
export type { OutboxState, PendingOutcome, FailedOutcome } from './services/state/outbox-state.js';
export type { KitState, SessionPhase } from './services/state/state.js';
export type { KitAction } from './services/state/actions.js';
export type { Announcer, Politeness } from './a11y/announcer.js';
export { setKitLocale, getKitLocale, kitLocales, type KitLocale } from './localization/localization.js';
