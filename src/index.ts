/**
 * outbound-kit's public API, with no side effects (`import 'outbound-kit/define.js'` registers the
 * tags): every element class, every public event with its detail, the phones' factories, and what
 * `core.ts` gives every page. `npm run test:api` compares the built module's exports with the list
 * in the README's "Public API".
 */
export * from './core.js';
export * from './elements/campaign-list/index.js';
export * from './elements/campaign-notices/index.js';
export * from './elements/agent-status/index.js';
export * from './elements/outbound-preview/index.js';
export * from './elements/outbound-interaction/index.js';
export * from './elements/call-controls/index.js';
export * from './elements/disposition-panel/index.js';
export * from './elements/reschedule-callback/index.js';
// With a bundler, the phones' factories directly (the WebRTC phone still fetches sip.js when it starts).
export { createCtiPhone } from './phone/cti/cti-phone.js';
export { createWebRtcPhone } from './phone/webrtc/index.js';
