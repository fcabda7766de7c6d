import type { KeyShortcut } from '../../a11y/shortcuts.js';
import { agentIsTyping } from '../../a11y/typing.js';
import { getKitLocale } from '../../localization/localization.js';
import { remainingMs, secondsLeft } from '../../services/domain/interaction/countdown.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import { spokenSeconds } from '../shared/time-labels.js';
import { previewLabels as t, shortcutLabel } from './labels.js';

// What the preview says when a record arrives, its preview begins, or it closes.

/** The contact's name, or "Connecting…" for a record that fills on connection (ASM). */
export function contactName(interaction: Interaction): string {
  return interaction.record.contactName || t.connecting();
}

export function arrivalMessage(interaction: Interaction, campaignName: string): string {
  if (interaction.phase !== 'offered') return t.previewArrived(contactName(interaction));
  const name = interaction.record.contactName;
  return name ? t.offerArrived(campaignName, name) : t.offerArrivedConnecting(campaignName);
}

/**
 * An accepted offer that becomes a preview (Push-Preview) is said as a preview that arrived, with
 * its automatic call if one is counting down, which is otherwise first heard at 10 seconds.
 * `titleRead`: focus was inside and lands on the title, which the screen reader reads already.
 */
export function previewBegun(interaction: Interaction, now: number, titleRead: boolean): string | null {
  const arrived = titleRead ? null : t.previewArrived(contactName(interaction));
  const autoDial = interaction.autoDial;
  const calling =
    autoDial && autoDial.state !== 'paused' ? t.callingInSpoken(spokenSeconds(secondsLeft(autoDial, now), getKitLocale())) : null;
  return [arrived, calling].filter(Boolean).join(' ') || null;
}

/** For an offer with a time limit still running: the time left and the Accept shortcut, if any. */
export function deadlineMessage(interaction: Interaction, now: number, acceptShortcut: KeyShortcut | null): string | null {
  const countdown = interaction.offer?.countdown;
  if (!countdown || remainingMs(countdown, now) <= 0) return null;
  const duration = spokenSeconds(secondsLeft(countdown, now), getKitLocale());
  const autoAnswer = interaction.offer?.autoAnswer === true;
  const keys = acceptShortcut ? shortcutLabel(acceptShortcut) : null;
  const time = autoAnswer ? t.answeredIn(duration) : t.timeToAccept(duration);
  if (!keys) return time;
  // Shortcuts wait while the agent types (A11Y-3): someone typing is told to leave the field first.
  if (agentIsTyping()) return `${time} ${t.shortcutAcceptsAfterTyping(keys)}`;
  return `${time} ${autoAnswer ? t.shortcutAcceptsNow(keys) : t.shortcutAccepts(keys)}`;
}

/** How a record the preview showed was closed, as the agent is told. */
export function closingMessage(closed: Interaction): string | null {
  switch (closed.closed?.reason) {
    case 'rejected':
    case 'declined-later':
      return t.returned();
    case 'timed-out':
      return closed.closed.setNotReady ? t.timedOutNotReady() : t.timedOut();
    case 'declined-never':
      return t.cancelled();
    case 'done':
    case 'done-and-stop':
      return t.closedDone();
    default:
      return null;
  }
}
