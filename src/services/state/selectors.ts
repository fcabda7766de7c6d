import { isListedInMyCampaigns, type Campaign } from '../domain/campaign/campaign.js';
import { emptyOutcomeDraft, type OutcomeDraft } from '../domain/interaction/outcome.js';
import type { KitState } from './state.js';

/**
 * Remembers the output for each input object, so a selector that builds a new array returns the same
 * array while its input is unchanged (and `select` does not emit). Keyed by the input itself, so
 * several kits on one page do not evict each other's results.
 */
function memoizeOn<I extends object, O>(input: (state: KitState) => I, compute: (value: I) => O): (state: KitState) => O {
  const cache = new WeakMap<I, O>();
  return (state) => {
    const value = input(state);
    if (!cache.has(value)) cache.set(value, compute(value));
    return cache.get(value) as O;
  };
}

/** The campaigns of My Campaigns, in server order. */
export const selectMyCampaigns = memoizeOn(
  (state) => state.campaigns,
  (campaigns): readonly Campaign[] =>
    campaigns.order
      .map((id) => campaigns.byId[id])
      .filter((c): c is Campaign => c !== undefined && isListedInMyCampaigns(c)),
);

/** Campaign ids with a Get Record or participation command still awaiting the server's answer. */
export const selectBusyCampaignIds = memoizeOn(
  (state) => state.pending,
  (pending): ReadonlySet<string> =>
    new Set(
      Object.values(pending).flatMap((command) => ('campaignId' in command ? [command.campaignId] : [])),
    ),
);

export const selectSessionPhase = (state: KitState) => state.session.phase;
export const selectLastError = (state: KitState) => state.lastError;

export const selectAgent = (state: KitState) => state.agent;
export const selectInteraction = (state: KitState) => state.interaction;

/** The agent's entries for the current interaction (empty until they enter something). */
export const selectDraft = (state: KitState): OutcomeDraft =>
  (state.interaction && state.drafts[state.interaction.id]) || emptyOutcomeDraft;

/** Where the back end's connection stands; null for a back end without one (the simulator). */
export const selectConnection = (state: KitState) => state.connection;

/** The agent's phone (registration, call, devices, error), whichever kind it is; null without one. */
export const selectPhone = (state: KitState) => state.phone;
