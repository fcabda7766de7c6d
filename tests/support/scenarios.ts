import type { SimulatedCampaign, SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';

export const collections: SimulatedCampaign = {
  id: 'collections',
  name: 'Collections: early stage',
  description: 'Reminder calls for balances 1–30 days past due.',
  dialingMode: 'progressive',
  status: 'running',
};

export const springAppeal: SimulatedCampaign = {
  id: 'spring-appeal',
  name: 'Spring appeal',
  description: 'Invite regular donors to the spring appeal.',
  dialingMode: 'preview',
  status: 'started',
};

export const renewals: SimulatedCampaign = {
  id: 'renewals',
  name: 'Home insurance renewals',
  description: 'Policies renewing within 30 days.',
  dialingMode: 'push-preview',
  status: 'running',
};

export const upgrade: SimulatedCampaign = {
  id: 'upgrade',
  name: 'Broadband upgrade',
  description: 'Customers eligible for fibre. Direct push-preview.',
  dialingMode: 'direct-push-preview',
  status: 'running',
};

export const winback: SimulatedCampaign = {
  id: 'winback',
  name: 'Win-back Q4',
  description: 'Former subscribers.',
  dialingMode: 'predictive',
  status: 'loaded',
};

export const severalCampaigns: SimulatorScenario = {
  campaigns: [collections, springAppeal, renewals, upgrade, winback],
};

export const noCampaigns: SimulatorScenario = { campaigns: [winback] };

export const longDescriptions: SimulatorScenario = {
  campaigns: [
    {
      ...springAppeal,
      name: 'Spring appeal for regular donors in the northern and western regions, second wave',
      description:
        'Thank each regular donor by name for their support over the past year, explain how last year’s ' +
        'gifts were used, invite them to the spring appeal, remind them about Gift Aid if they pay tax, ' +
        'and offer to update their contact preferences. Never press for an amount; note any complaint.',
    },
    {
      ...collections,
      description: 'Averylongunbrokendescriptionwordthatmustwrapwithoutoverflowingthegridcellorthepage'.repeat(2),
    },
  ],
};

export const directPushPreview: SimulatorScenario = { campaigns: [upgrade, collections] };

export function manyCampaigns(count: number): SimulatorScenario {
  const modes = ['preview', 'push-preview', 'direct-push-preview', 'progressive', 'predictive'] as const;
  return {
    campaigns: Array.from({ length: count }, (_, i) => ({
      id: `campaign-${i + 1}`,
      name: `Campaign ${i + 1}`,
      description: `Calling list ${i + 1}.`,
      dialingMode: modes[i % modes.length] ?? 'preview',
      status: i % 3 === 0 ? 'started' : 'running',
    })),
  };
}
