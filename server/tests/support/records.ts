/** Campaigns and records to load in storage tests. */
import type { OutboundRecord, RecordPhoneNumber } from '../../../src/services/domain/campaign/record.js';
import type { CampaignDefinition } from '../../src/db/record-store.js';

export function campaign(id: string, overrides: Partial<CampaignDefinition> = {}): CampaignDefinition {
  return {
    id,
    name: `Campaign ${id}`,
    description: 'Calls for the storage tests',
    status: 'running',
    dialingMode: 'preview',
    definition: { policy: { maxAttempts: 3 }, members: ['agent-1', 'agent-2'] },
    ...overrides,
  };
}

export function record(id: string, campaignId: string, overrides: Partial<OutboundRecord> = {}): OutboundRecord {
  const numbers: RecordPhoneNumber[] = [
    { id: 'home', e164: '+15555550100', type: 'home', window: { from: '08:00', till: '21:00' } },
    { id: 'mobile', e164: '+15555550101', type: 'mobile' },
  ];
  return {
    id,
    campaignId,
    chainId: `chain-${id}`,
    contactName: `Contact of ${id}`,
    timeZone: 'America/Chicago',
    origin: 'campaign',
    caseFields: [{ label: 'Balance', value: '$120.00' }],
    fields: [{ key: 'email', label: 'Email', type: 'text', value: 'a@example.com', editable: true }],
    numbers,
    filled: true,
    ...overrides,
  };
}

/** A campaign's list of `count` records, ids `<campaignId>-1` …, each with numbers of its own. */
export function list(campaignId: string, count: number): OutboundRecord[] {
  return Array.from({ length: count }, (_, i) =>
    record(`${campaignId}-${i + 1}`, campaignId, {
      numbers: [{ id: 'main', e164: `+1555${String(1_000_000 + i).slice(1)}`, type: 'home' }],
    }),
  );
}
