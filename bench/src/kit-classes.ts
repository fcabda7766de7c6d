/** The kit's element classes as built code, by tag, for the bench pages to register as they need. */
import { AgentStatus } from '../../src/elements/agent-status/index.js';
import { CallControls } from '../../src/elements/call-controls/index.js';
import { CampaignList } from '../../src/elements/campaign-list/index.js';
import { CampaignNotices } from '../../src/elements/campaign-notices/index.js';
import { DispositionPanel } from '../../src/elements/disposition-panel/index.js';
import { OutboundInteraction } from '../../src/elements/outbound-interaction/index.js';
import { OutboundPreview } from '../../src/elements/outbound-preview/index.js';
import { RescheduleCallback } from '../../src/elements/reschedule-callback/index.js';

export { OutboundProvider } from '../../src/elements/outbound-provider/index.js';

export const kitElementClasses: Readonly<Record<string, CustomElementConstructor>> = {
  'agent-status': AgentStatus,
  'call-controls': CallControls,
  'campaign-list': CampaignList,
  'campaign-notices': CampaignNotices,
  'disposition-panel': DispositionPanel,
  'outbound-interaction': OutboundInteraction,
  'outbound-preview': OutboundPreview,
  'reschedule-callback': RescheduleCallback,
};
