/**
 * What every page with the kit loads: the provider, the services and the types. `index.ts` adds
 * the elements that `define.js` loads on demand.
 */
export { OutboundProvider, OutboundErrorEvent } from './elements/outbound-provider/index.js';
export type { CampaignNotice, NoticeKind } from './services/domain/notices.js';
export { kitContext } from './elements/shared/kit-context.js';
export { KitSelection } from './elements/shared/kit-selection.js';
export { Announcer, type Politeness } from './a11y/announcer.js';
export type * from './phone/phone-service.js';
export { loadCtiPhone, loadWebRtcPhone } from './phone/load-phone.js';
export type { CtiPhoneOptions } from './phone/cti/cti-phone.js';
export type { WebRtcPhoneOptions, WebRtcCredentials } from './phone/webrtc/options.js';
export type * from './services/backend/contract.js';
export { parseBackendEvent, type ParseResult } from './services/backend/event-schema.js';
export { KitCommands, type CommandOutcome } from './services/commands.js';
export type { KitServices } from './services/kit-services.js';
export type { KitStore } from './services/kit-store.js';
export { Store, type Action, type Reducer } from './services/store/store.js';
export type { KitState, SessionPhase } from './services/store/state.js';
export type { KitAction } from './services/store/actions.js';
export * from './services/domain/campaign.js';
export type { KitError, KitErrorCode } from './services/domain/errors.js';
export { setKitLocale, getKitLocale, kitLocales, type KitLocale } from './localization/localization.js';
