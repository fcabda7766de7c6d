export { OutboundPreview, type FocusPolicy } from './outbound-preview.js';
export * from './events.js';
