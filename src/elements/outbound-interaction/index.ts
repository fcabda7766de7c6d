export { OutboundInteraction } from './outbound-interaction.js';
