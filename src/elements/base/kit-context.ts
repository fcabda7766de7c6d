import { createContext } from '@lit/context';
import type { KitServices } from '../../services/session/kit-services.js';

/** A Symbol key, so two kits on one page never answer each other's requests. */
export const kitContext = createContext<KitServices>(Symbol('outbound-kit services'));
