/**
 * Registers every outbound-kit tag. The provider is in this module; every other element is fetched
 * by a provider when its tag first appears inside it, so a page pays only for the elements it shows
 * (an embedded preview in a CRM never loads the campaign list).
 */
import './elements/outbound-provider/define.js';
import { registerLazyElement } from './elements/base/element-loader.js';

registerLazyElement('campaign-list', () => import('./elements/campaign-list/define.js'));

registerLazyElement('campaign-notices', () => import('./elements/campaign-notices/define.js'));
registerLazyElement('agent-status', () => import('./elements/agent-status/define.js'));
registerLazyElement('outbound-preview', () => import('./elements/outbound-preview/define.js'));
registerLazyElement('outbound-interaction', () => import('./elements/outbound-interaction/define.js'));
registerLazyElement('call-controls', () => import('./elements/call-controls/define.js'));
registerLazyElement('disposition-panel', () => import('./elements/disposition-panel/define.js'));
registerLazyElement('reschedule-callback', () => import('./elements/reschedule-callback/define.js'));

// The classes of the on-demand elements are not re-exported here, or they would load with this
// module: `customElements.whenDefined(tag)` gives them once they are in use.
export * from './core.js';
