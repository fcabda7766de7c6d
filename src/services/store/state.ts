import type { Campaign } from '../domain/campaign.js';
import type { KitError } from '../domain/errors.js';
import type { BackendCommand } from '../backend/contract.js';

/** `signing-in` lasts from the login command until the server's first campaign snapshot. */
export type SessionPhase = 'signed-out' | 'signing-in' | 'ready';

export interface KitState {
  readonly session: {
    readonly phase: SessionPhase;
    readonly agentId: string | null;
  };
  readonly campaigns: {
    readonly byId: Readonly<Record<string, Campaign>>;
    /** Server order; the list keeps it so rows do not jump around. */
    readonly order: readonly string[];
  };
  /** Commands sent and not yet answered, by command id. */
  readonly pending: Readonly<Record<string, BackendCommand>>;
  readonly lastError: KitError | null;
}

export const initialKitState: KitState = {
  session: { phase: 'signed-out', agentId: null },
  campaigns: { byId: {}, order: [] },
  pending: {},
  lastError: null,
};
