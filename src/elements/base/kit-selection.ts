import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KitServices } from '../../services/session/kit-services.js';
import { initialKitState, type KitState } from '../../services/state/state.js';
import { systemClock, type Clock } from '../../services/ports/clock.js';
import { frameNotifier } from './frame-notifier.js';
import { kitContext } from './kit-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Binds an element to a slice of the kit's state. It takes the services from the nearest
 * `<outbound-provider>`, subscribes while the element is connected, and renders at most once per
 * animation frame however many changes arrive: under a predictive campaign's event storm, rendering
 * every change starves the frame rate, while one render per frame holds it.
 *
 * Without a provider the slice keeps the value it has for an empty kit, and a warning says why.
 */
export class KitSelection<T> implements ReactiveController {
  /** The slice as last rendered. */
  value: T;
  /** The services, once a provider has answered. */
  services: KitServices | undefined;

  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly selector: (state: KitState) => T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {
    this.value = selector(initialKitState);
    host.addController(this);
    new ContextConsumer(host, {
      context: kitContext,
      subscribe: true,
      callback: (services) => this.bind(services),
    });
  }

  /**
   * The slice as the newest state has it, which may be a frame ahead of `value`. For a handler that
   * acts on what the agent did (a key, a click) and must not act on a frame-old view.
   */
  latest(): T {
    return this.services ? this.selector(this.services.store.state) : this.value;
  }

  /**
   * The kit's one source of time: the provider's clock (`clock` on `<outbound-provider>`), or the
   * page's before a provider answered. Deadlines from the server are stamped on it.
   */
  get clock(): Clock {
    return this.services?.clock ?? systemClock;
  }

  /** Another reading of the newest state, for such a handler; undefined without a provider. */
  read<U>(selector: (state: KitState) => U): U | undefined {
    return this.services ? selector(this.services.store.state) : undefined;
  }

  hostConnected(): void {
    if (!this.services) queueMicrotask(() => this.warnIfAlone());
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  private bind(services: KitServices): void {
    this.services = services;
    this.unsubscribe();
    // The current state renders with the element's next update, not a frame later; later states
    // reach the selector once per frame, the newest only.
    this.value = this.selector(services.store.state);
    this.host.requestUpdate();
    this.stopListening = frameNotifier(services.store).add((state) => {
      const next = this.selector(state);
      if (this.equals(this.value, next)) return;
      this.value = next;
      this.host.requestUpdate();
    });
  }

  private unsubscribe(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  private warnIfAlone(): void {
    if (!this.services && this.host.isConnected) {
      console.warn(
        `<${this.host.localName}> found no <outbound-provider> around it, so it shows an empty state. ` +
          'Place it inside <outbound-provider> (and define the provider first).',
      );
    }
  }
}
