import { defineOnce } from '../base/define-once.js';
import { OutboundProvider } from './outbound-provider.js';

defineOnce('outbound-provider', OutboundProvider);

declare global {
  interface HTMLElementTagNameMap {
    'outbound-provider': OutboundProvider;
  }
}
