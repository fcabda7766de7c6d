import { getKitLocale } from '../../localization/localization.js';
import { crossedThreshold, remainingMs, secondsLeft, type Countdown } from '../../services/domain/interaction/countdown.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import { spokenSeconds } from '../shared/time-labels.js';
import { previewLabels as t } from './labels.js';

/** The running countdown of a phase, with a key that names the phase's countdown across updates. */
export interface RunningCountdown {
  readonly key: string;
  readonly countdown: Countdown;
}

/** The running countdown of this phase: the offer's time limit, or the automatic call. */
export function countdownOf(interaction: Interaction | null): RunningCountdown | null {
  if (interaction?.phase === 'offered' && interaction.offer?.countdown) {
    return { key: `${interaction.id}:offer`, countdown: interaction.offer.countdown };
  }
  if (interaction?.phase === 'previewing' && interaction.autoDial) {
    return { key: `${interaction.id}:auto-dial`, countdown: interaction.autoDial };
  }
  return null;
}

/**
 * What the agent is told when the running countdown itself changed (not merely ran on): More time
 * added to it, or the timed auto-dial paused for a typed number and resumed.
 */
export function countdownChange(previous: Interaction | null, current: Interaction | null, now: number): string | null {
  const before = countdownOf(previous);
  const after = countdownOf(current);
  if (!before || !after || before.key !== after.key || before.countdown === after.countdown) return null;
  const locale = getKitLocale();
  const left = spokenSeconds(secondsLeft(after.countdown, now), locale);
  const autoDial = current?.phase === 'previewing';
  if (before.countdown.state !== after.countdown.state) {
    if (!autoDial) return null;
    return after.countdown.state === 'paused' ? t.autoDialPausedSpoken() : t.autoDialResumed(left);
  }
  const addedMs = remainingMs(after.countdown, now) - remainingMs(before.countdown, now);
  if (addedMs < 1000) return null;
  return t.timeAdded(spokenSeconds(Math.round(addedMs / 1000), locale), left);
}

/**
 * Countdowns are announced when they cross 10 and 5 seconds, never every second: this remembers the
 * last reading of the running countdown to notice a crossing.
 */
export class CountdownThresholds {
  private reading: { readonly key: string; readonly ms: number } | null = null;

  /** Forgets the last reading (a new record arrived). */
  reset(): void {
    this.reading = null;
  }

  /** The announcement due when the countdown crossed a threshold since the last reading, if any. */
  follow(interaction: Interaction | null, now: number): string | null {
    const current = countdownOf(interaction);
    if (!current || !interaction) {
      this.reading = null;
      return null;
    }
    const ms = remainingMs(current.countdown, now);
    const before = this.reading?.key === current.key ? this.reading.ms : null;
    this.reading = { key: current.key, ms };
    if (before === null || ms <= 0 || crossedThreshold(before, ms) === null) return null;
    const duration = spokenSeconds(secondsLeft(current.countdown, now), getKitLocale());
    if (interaction.phase === 'previewing') return t.callingInSpoken(duration);
    return interaction.offer?.autoAnswer ? t.answeringIn(duration) : t.secondsToAnswer(duration);
  }
}
