import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock, TimerHandle } from '../../services/ports/clock.js';

/**
 * Re-renders its host once, at an instant on the given clock: when what the host shows changes by
 * the passage of time alone (a calling window opening, "opens in 5 min" becoming "4 min").
 */
export class WakeUp implements ReactiveController {
  private timer: { readonly clock: Clock; readonly handle: TimerHandle } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call after each update with the next instant that changes the view, or null for none. */
  at(instant: number | null, clock: Clock): void {
    this.stop();
    if (instant === null || !this.host.isConnected) return;
    const handle = clock.setTimer(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, Math.max(0, instant - clock.now()));
    this.timer = { clock, handle };
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.timer?.clock.clearTimer(this.timer.handle);
    this.timer = undefined;
  }
}
