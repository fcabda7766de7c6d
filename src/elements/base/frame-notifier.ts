import type { Subscription } from 'rxjs';
import type { KitStore } from '../../services/state/kit-store.js';
import type { KitState } from '../../services/state/state.js';

type Listener = (state: KitState) => void;

/**
 * Tells every element of one store about the newest state once per animation frame, through a
 * single subscription: under an event storm (thousands of server events a second) the store then
 * notifies one subscriber per event, not one per element.
 */
class FrameNotifier {
  private readonly listeners = new Set<Listener>();
  private subscription: Subscription | undefined;
  private frame: number | undefined;
  private latest: KitState | undefined;

  constructor(private readonly store: KitStore) {}

  /** Calls `listener` at the next frame after each change; returns the removal. */
  add(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.subscription) {
      let first = true;
      this.subscription = this.store.select((state) => state).subscribe((state) => {
        // The state when the first element subscribed is the one every element already read.
        if (first) {
          first = false;
          return;
        }
        this.latest = state;
        this.frame ??= requestAnimationFrame(() => this.notify());
      });
    }
    return () => this.remove(listener);
  }

  private remove(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.latest = undefined;
  }

  private notify(): void {
    this.frame = undefined;
    const state = this.latest;
    this.latest = undefined;
    if (state === undefined) return;
    for (const listener of [...this.listeners]) listener(state);
  }
}

const notifiers = new WeakMap<KitStore, FrameNotifier>();

/** The frame notifier of a store, made on first use. */
export function frameNotifier(store: KitStore): FrameNotifier {
  let notifier = notifiers.get(store);
  if (!notifier) notifiers.set(store, (notifier = new FrameNotifier(store)));
  return notifier;
}
