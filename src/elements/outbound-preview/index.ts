export { OutboundPreview, type FocusPolicy } from './outbound-preview.js';
export * from '../events/outbound-preview-events.js';
