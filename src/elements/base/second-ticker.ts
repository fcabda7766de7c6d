import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock, TimerHandle } from '../../services/ports/clock.js';
import { remainingMs, type Countdown } from '../../services/domain/interaction/countdown.js';

/**
 * Re-renders its host just after each whole second of the countdown it follows, on the given
 * clock, so a shown "00:09" moves once a second and no more; nothing runs when no countdown does.
 * The time shown always comes from the deadline, so a late wake-up shows the right value.
 */
export class SecondTicker implements ReactiveController {
  private tick: { readonly clock: Clock; readonly handle: TimerHandle } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call after each update with the countdown on screen, or null when there is none. */
  follow(countdown: Countdown | null | undefined, clock: Clock): void {
    this.stop();
    if (!this.host.isConnected || countdown?.state !== 'running') return;
    const left = remainingMs(countdown, clock.now());
    if (left <= 0) return;
    const handle = clock.setTimer(() => {
      this.tick = undefined;
      this.host.requestUpdate();
    }, left % 1000 || 1000);
    this.tick = { clock, handle };
  }

  /** Back in the page: the host's next update picks the countdown up again. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.tick?.clock.clearTimer(this.tick.handle);
    this.tick = undefined;
  }
}
