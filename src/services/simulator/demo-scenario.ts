import type { SimulatorScenario } from './scenario.js';

const SECOND = 1000;

/**
 * A morning on a realistic outbound floor: campaigns of each dialing mode, one that starts while the
 * agent works, one that stops and one that is unloaded.
 */
export const demoScenario: SimulatorScenario = {
  latencyMs: 250,
  campaigns: [
    {
      id: 'collections-early',
      name: 'Collections: early stage',
      description: 'Friendly reminder calls for card balances 1–30 days past due. Offer a payment plan.',
      dialingMode: 'progressive',
      status: 'running',
    },
    {
      id: 'spring-appeal',
      name: 'Spring appeal 2026',
      description: 'Thank regular donors and invite them to the spring appeal. Gift Aid reminder.',
      dialingMode: 'preview',
      status: 'started',
    },
    {
      id: 'renewals-home',
      name: 'Home insurance renewals',
      description: 'Policies renewing within 30 days. Check cover and confirm contact details.',
      dialingMode: 'push-preview',
      status: 'running',
    },
    {
      id: 'premium-upgrade',
      name: 'Premium broadband upgrade',
      description: 'Existing customers eligible for the fibre upgrade. Direct push-preview.',
      dialingMode: 'direct-push-preview',
      status: 'running',
    },
    {
      id: 'winback-q4',
      name: 'Win-back Q4',
      description: 'Former subscribers who left in the last six months.',
      dialingMode: 'predictive',
      status: 'loaded',
    },
    {
      id: 'survey-pilot',
      name: 'Satisfaction survey pilot',
      description: 'Short survey after a repair visit. Two questions, under two minutes.',
      dialingMode: 'preview',
      status: 'running',
    },
  ],
  schedule: [
    { atMs: 20 * SECOND, campaignId: 'winback-q4', status: 'started' },
    { atMs: 25 * SECOND, campaignId: 'winback-q4', status: 'running' },
    { atMs: 60 * SECOND, campaignId: 'survey-pilot', status: 'stopped' },
    { atMs: 90 * SECOND, campaignId: 'survey-pilot', status: 'unloaded' },
  ],
};
