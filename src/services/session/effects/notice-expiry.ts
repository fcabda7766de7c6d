import type { Subscription } from 'rxjs';
import { nextNoticeDeadline } from '../../domain/campaign/notices.js';
import type { Clock, TimerHandle } from '../../ports/clock.js';
import type { KitStore } from '../../state/kit-store.js';

/** Closes notices that close by themselves (CAM-2) when their deadline passes, on the given clock. */
export function expireNoticesOnTime(store: KitStore, clock: Clock): Subscription {
  let timer: TimerHandle | undefined;
  const subscription = store
    .select((state) => state.notices)
    .subscribe((notices) => {
      if (timer) clock.clearTimer(timer);
      timer = undefined;
      const deadline = nextNoticeDeadline(notices);
      if (deadline === null) return;
      timer = clock.setTimer(() => {
        timer = undefined;
        store.dispatch({ type: 'notices/expired', now: clock.now() });
      }, Math.max(0, deadline - clock.now()));
    });
  subscription.add(() => {
    if (timer) clock.clearTimer(timer);
  });
  return subscription;
}
