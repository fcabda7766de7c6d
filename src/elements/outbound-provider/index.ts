export { OutboundProvider } from './outbound-provider.js';
export { OutboundErrorEvent } from '../events/outbound-provider-events.js';
