import type { Announcer } from '../../a11y/announcer.js';
import type { PhoneService } from '../ports/phone.js';
import type { KitCommands } from './commands.js';
import type { KitStore } from '../state/kit-store.js';
import type { Clock } from '../ports/clock.js';

/**
 * Everything an element may use, provided once by `<outbound-provider>`. The object and its members
 * keep their identity for the provider's life (state flows through `store.select`, not through
 * context), so consumers are not re-rendered by the context itself.
 */
export interface KitServices {
  readonly store: KitStore;
  readonly commands: KitCommands;
  readonly announcer: Announcer;
  /** The phone, once the host has chosen one. */
  readonly phone: PhoneService | null;
  /** The provider's clock: the instant commands are checked against. */
  readonly now: () => number;
  /** The provider's clock, for elements whose view changes with time (a talk timer). */
  readonly clock: Clock;
  /** The agent's IANA time zone (the provider's `agent-time-zone`, else the browser's). */
  readonly agentTimeZone: () => string;
}
