import { Store } from './store.js';
import type { KitAction } from './actions.js';
import { kitReducer } from './reducer.js';
import { initialKitState, type KitState } from './state.js';

export type KitStore = Store<KitState, KitAction>;

export function createKitStore(initial: KitState = initialKitState): KitStore {
  return new Store(kitReducer, initial);
}
