import type { OutboundRecord, RecordOrigin } from '../../domain/campaign/record.js';
import type { SeededRandom } from './random.js';
import type { SimulatedCampaign, SimulatedContact } from './scenario.js';

interface ListEntry {
  readonly contact: SimulatedContact;
  readonly origin: RecordOrigin;
  /** A personal callback: only this agent calls it back (CB-2). */
  readonly forAgent?: string;
}

const FIRST_NAMES = ['Dana', 'Luis', 'Amara', 'Kenji', 'Priya', 'Tomasz', 'Grace', 'Omar', 'Ingrid', 'Sipho'];
const LAST_NAMES = ['Whitfield', 'Moreno', 'Okafor', 'Tanaka', 'Raman', 'Nowak', 'Lindqvist', 'Haddad', 'Berg', 'Dlamini'];
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];

/**
 * The calling lists of the simulated campaigns: who is called next, records returned to the top or
 * the end of the list, contacts removed for good, and callbacks put back when due. One instance may
 * serve several agents (the reference server's): a record is taken by one agent only, and a
 * personal callback comes back to the agent who scheduled it.
 */
export class CallingLists {
  private readonly lists = new Map<string, ListEntry[]>();
  private readonly issued = new Map<string, SimulatedContact>();
  /** Who took each record, so a personal callback put back stays that agent's. */
  private readonly issuedTo = new Map<string, string | undefined>();
  /** Numbers a disposition made uncallable: offered again only as blocked. */
  private readonly blocked = new Set<string>();
  private recordCount = 0;

  constructor(campaigns: readonly SimulatedCampaign[], random: SeededRandom) {
    for (const campaign of campaigns) {
      const contacts = campaign.contacts ?? generateContacts(campaign.id, 25, random);
      this.lists.set(campaign.id, contacts.map((contact) => ({ contact, origin: 'campaign' })));
    }
  }

  /** Takes the next record of a campaign's list this agent may call, or null when there is none. */
  next(campaignId: string, agentId?: string): OutboundRecord | null {
    const list = this.lists.get(campaignId);
    const index = list?.findIndex((entry) => mayCall(entry, agentId)) ?? -1;
    if (!list || index < 0) return null;
    const [entry] = list.splice(index, 1);
    if (!entry) return null;
    const record = this.toRecord(campaignId, entry);
    this.issuedTo.set(record.id, agentId);
    return record;
  }

  /** How many records of a campaign this agent may still be given. */
  size(campaignId: string, agentId?: string): number {
    return this.lists.get(campaignId)?.filter((entry) => mayCall(entry, agentId)).length ?? 0;
  }

  blockNumber(e164: string): void {
    this.blocked.add(e164);
  }

  /** The contact a record was made from. */
  contactOf(record: OutboundRecord): SimulatedContact | undefined {
    return this.issued.get(record.id);
  }

  /** Puts a record back: to the top (rejected, timed out) or the end (call later). */
  putBack(record: OutboundRecord, where: 'top' | 'end'): void {
    const list = this.lists.get(record.campaignId);
    const contact = this.issued.get(record.id);
    if (!list || !contact) return;
    const agent = this.issuedTo.get(record.id);
    const entry: ListEntry = { contact, origin: record.origin, ...(record.origin === 'personal-callback' && agent ? { forAgent: agent } : {}) };
    if (where === 'top') list.unshift(entry);
    else list.push(entry);
  }

  /** A due callback jumps the queue, marked as such (PRV-1); a personal one only for its agent. */
  putCallback(campaignId: string, contact: SimulatedContact, personal: boolean, agentId?: string): void {
    const entry: ListEntry = personal ? { contact, origin: 'personal-callback', ...(agentId ? { forAgent: agentId } : {}) } : { contact, origin: 'callback' };
    this.lists.get(campaignId)?.unshift(entry);
  }

  private toRecord(campaignId: string, { contact, origin }: ListEntry): OutboundRecord {
    this.recordCount += 1;
    const id = `rec-${this.recordCount}`;
    this.issued.set(id, contact);
    return {
      id,
      campaignId,
      chainId: contact.id,
      contactName: contact.name,
      timeZone: contact.timeZone,
      origin,
      caseFields: contact.caseFields ?? [],
      fields: contact.fields ?? [],
      numbers: contact.numbers.map((number) =>
        this.blocked.has(number.e164) ? { ...number, blocked: 'uncallable' as const } : number,
      ),
      filled: true,
    };
  }
}

function mayCall(entry: ListEntry, agentId: string | undefined): boolean {
  return entry.forAgent === undefined || entry.forAgent === agentId;
}

function generateContacts(campaignId: string, count: number, random: SeededRandom): SimulatedContact[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${FIRST_NAMES[random.between(0, FIRST_NAMES.length - 1)]} ${LAST_NAMES[random.between(0, LAST_NAMES.length - 1)]}`;
    const line = String(random.between(100, 9999)).padStart(4, '0');
    return {
      id: `${campaignId}-contact-${i + 1}`,
      name,
      timeZone: ZONES[random.between(0, ZONES.length - 1)],
      numbers: [
        { id: 'mobile', e164: `+1312555${line}`, type: 'mobile' as const, window: { from: '08:00', till: '21:00' } },
        { id: 'home', e164: `+1773555${line}`, type: 'home' as const, window: { from: '09:00', till: '20:00' } },
      ],
      caseFields: [{ label: 'Customer since', value: String(2010 + random.between(0, 15)) }],
      fields: [
        { key: 'consent', label: 'Consent to record', type: 'boolean' as const, value: false, editable: true },
        { key: 'notes', label: 'Account notes', type: 'text' as const, value: '', editable: true },
      ],
    };
  });
}
