/** Registers every outbound-kit tag, the provider first so elements find it as they upgrade. */
import './elements/outbound-provider/define.js';
import './elements/campaign-list/define.js';

export * from './index.js';
