import { defineOnce } from '../base/define-once.js';
import { OutboundPreview } from './outbound-preview.js';

defineOnce('outbound-preview', OutboundPreview);

declare global {
  interface HTMLElementTagNameMap {
    'outbound-preview': OutboundPreview;
  }
}
