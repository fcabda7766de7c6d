// What both the Node fixture recorder and the pages need; no simulator here, so pages stay free of it.
import type { Campaign, DialingMode } from '../../src/services/domain/campaign/campaign.js';

export const T0 = Date.UTC(2026, 10, 2, 15, 0, 0); // 09:00 in Chicago, 16:00 in Berlin

const modes: DialingMode[] = ['preview', 'push-preview', 'direct-push-preview', 'progressive', 'predictive'];

export function campaigns(count: number): Campaign[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `k${i}`,
    name: `Campaign ${String(i).padStart(4, '0')}`,
    description: `Outbound list ${i} for the ${['north', 'south', 'east', 'west'][i % 4]} region`,
    status: i % 3 === 0 ? 'started' : 'running',
    dialingMode: modes[i % modes.length],
    receiving: i % 2 === 0,
  }));
}

