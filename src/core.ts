/**
 * What every page with the kit loads: the provider, the services and the types. `index.ts` adds
 * the elements that `define.js` loads on demand.
 */
export { OutboundProvider, OutboundErrorEvent } from './elements/outbound-provider/index.js';
export type { CampaignNotice, NoticeKind } from './services/domain/campaign/notices.js';
export { kitContext } from './elements/base/kit-context.js';
export { KitSelection } from './elements/base/kit-selection.js';
export { Announcer, type Politeness } from './a11y/announcer.js';
export type * from './services/ports/phone.js';
export { loadCtiPhone, loadWebRtcPhone } from './phone/load-phone.js';
export type { CtiPhoneOptions } from './phone/cti/cti-phone.js';
export type { WebRtcPhoneOptions, WebRtcCredentials } from './phone/webrtc/options.js';
export type * from './services/ports/backend/contract.js';
export { parseBackendEvent, type ParseResult } from './services/ports/backend/event-schema.js';
export { KitCommands, type CommandOutcome } from './services/session/commands.js';
export type { KitServices } from './services/session/kit-services.js';
export type { KitStore } from './services/state/kit-store.js';
export { Store, type Action, type Reducer } from './services/state/store.js';
export type { KitState, SessionPhase } from './services/state/state.js';
export type { KitAction } from './services/state/actions.js';
export * from './services/domain/campaign/campaign.js';
export type { KitError, KitErrorCode } from './services/domain/refusals/errors.js';
export { setKitLocale, getKitLocale, kitLocales, type KitLocale } from './localization/localization.js';
