import { Store } from './store/store.js';
import type { KitAction } from './store/actions.js';
import { kitReducer } from './store/reducer.js';
import { initialKitState, type KitState } from './store/state.js';

export type KitStore = Store<KitState, KitAction>;

export function createKitStore(initial: KitState = initialKitState): KitStore {
  return new Store(kitReducer, initial);
}
