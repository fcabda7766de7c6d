/**
 * An element's custom states (`:state(loading)` in a host's CSS), through its ElementInternals.
 * Engines without custom states, or older ones that accept only dashed names, throw or lack the
 * set; then the state is not shown as a state, and the element's parts and attributes still say it.
 */
export class CustomStates {
  private readonly internals: ElementInternals;

  constructor(host: HTMLElement) {
    this.internals = host.attachInternals();
  }

  /** Turns a state on or off. */
  set(name: string, on: boolean): void {
    try {
      if (on) this.internals.states?.add(name);
      else this.internals.states?.delete(name);
    } catch {
      // The state is cosmetic; see the class comment.
    }
  }
}
