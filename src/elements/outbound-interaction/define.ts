import { defineOnce } from '../base/define-once.js';
import { OutboundInteraction } from './outbound-interaction.js';

defineOnce('outbound-interaction', OutboundInteraction);

declare global {
  interface HTMLElementTagNameMap {
    'outbound-interaction': OutboundInteraction;
  }
}
