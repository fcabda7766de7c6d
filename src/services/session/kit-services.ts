import type { Announcer } from '../../a11y/announcer.js';
import type { SessionServices } from './create-session.js';

/**
 * Everything an element may use, provided once by `<outbound-provider>`: the session's services and
 * the page's announcer. The object and its members keep their identity for the provider's life
 * (state, the phone and time flow through observables and the clock, not through context), so
 * consumers are not re-rendered by the context itself.
 */
export interface KitServices extends SessionServices {
  readonly announcer: Announcer;
}
