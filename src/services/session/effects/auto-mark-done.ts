import { filter, map, pairwise, startWith, type Subscription } from 'rxjs';
import type { KitCommands } from '../commands.js';
import type { KitStore } from '../../state/kit-store.js';
import { markDoneOnEndDue } from '../../domain/interaction/auto-done.js';

/**
 * Mark Done on end call (DISP-2): when the campaign says so, the record is marked Done as soon as
 * its call ends. If the rules refuse (a required disposition is missing), the refusal is shown and
 * the agent marks Done themselves.
 */
export function markDoneOnEndCall(store: KitStore, commands: KitCommands): Subscription {
  return store
    .select((state) => state.interaction)
    .pipe(
      startWith(null),
      pairwise(),
      filter(([before, after]) => after !== null && before?.phase !== 'wrap-up' && markDoneOnEndDue(after)),
      map(() => undefined),
    )
    .subscribe(() => void commands.markDone('done'));
}
