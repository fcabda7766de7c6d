// Words for the engine panel: how the demo shows the kit's state as text. Pure functions.
import type { ChannelStatus, LogoutState } from '../src/services/domain/agent.js';
import { allDispositionCodes, type DispositionCode } from '../src/services/domain/campaign-policy.js';
import type { DialingMode } from '../src/services/domain/campaign.js';
import { secondsLeft, type Countdown } from '../src/services/domain/countdown.js';
import { selectedNumber, type Interaction, type InteractionPhase } from '../src/services/domain/interaction.js';

const MODES: Record<DialingMode, string> = {
  preview: 'Preview',
  'push-preview': 'Push-preview',
  'direct-push-preview': 'Direct push-preview',
  progressive: 'Progressive',
  predictive: 'Predictive',
};

const PHASES: Record<InteractionPhase, string> = {
  offered: 'Offered',
  previewing: 'Previewing',
  dialing: 'Dialing',
  'in-call': 'In call',
  'wrap-up': 'Wrap-up',
  closed: 'Closed',
};

const CHANNEL_STATUSES: Record<ChannelStatus, string> = {
  ready: 'Ready',
  'not-ready': 'Not ready',
  'after-call-work': 'After-call work',
};

export const channelStatusText = (status: ChannelStatus | undefined) => (status ? CHANNEL_STATUSES[status] : 'Unknown');

export const phaseText = (phase: InteractionPhase) => PHASES[phase];

/** The dialing mode with the policy switches that change how it behaves. */
export function modeText({ mode, policy }: Interaction): string {
  const extras = [
    policy.asm && 'ASM',
    policy.assuredConnection && 'assured connection',
    policy.autoAnswerSeconds !== null && `auto-answer after ${policy.autoAnswerSeconds} s`,
    policy.autoDialSeconds !== null && `auto-dial after ${policy.autoDialSeconds} s`,
    policy.manualDialOnly && 'manual dialing only',
  ].filter(Boolean);
  return [MODES[mode], ...extras].join(', ');
}

export function contactText({ record }: Interaction): string {
  if (!record.filled) return 'Not known until the contact is connected (ASM)';
  return `${record.contactName} (${record.timeZone})`;
}

export function originText({ record }: Interaction): string {
  return { campaign: 'Campaign list', callback: 'Callback', 'personal-callback': 'Personal callback' }[record.origin];
}

export function numberText(interaction: Interaction): string {
  const number = selectedNumber(interaction);
  if (!number) return interaction.record.numbers.length ? 'None selected' : 'None yet';
  const window = number.window ? `, callable ${number.window.from}–${number.window.till}` : '';
  const others = interaction.record.numbers.length - 1;
  return `${number.e164} (${number.type}${window})${others > 0 ? `; ${others} more` : ''}`;
}

export function callText({ call }: Interaction): string {
  if (!call) return 'No call';
  if (call.ended) return `Ended by the ${call.ended.by} (${call.ended.reason.replace(/-/g, ' ')})`;
  const status = call.status === 'engaging' ? 'engaging (waiting music until the contact answers)' : call.status;
  // An ASM call has no number of ours until the contact is connected.
  return `${status[0]!.toUpperCase()}${status.slice(1)}${call.number ? `, ${call.number}` : ''}`;
}

function countdownText(countdown: Countdown, now: number): string {
  const seconds = `${secondsLeft(countdown, now)} s`;
  return countdown.state === 'paused' ? `paused, ${seconds} left` : seconds;
}

/** The time limit running now: the offer's (or auto-answer's) or the auto-dial's, or null. */
export function timeLimitText(interaction: Interaction, now: number): string | null {
  const offer = interaction.phase === 'offered' ? interaction.offer : null;
  if (offer?.countdown) {
    return `${offer.autoAnswer ? 'Answers by itself in' : 'Offer ends in'} ${countdownText(offer.countdown, now)}`;
  }
  if (interaction.phase === 'previewing' && interaction.autoDial) {
    return `Auto-dial in ${countdownText(interaction.autoDial, now)}`;
  }
  return null;
}

export function logoutText(logout: LogoutState | undefined, now: number): string {
  switch (logout?.phase) {
    case undefined:
    case 'none':
      return 'Not requested';
    case 'pending':
      return `Pending: ${secondsLeft(logout.countdown, now)} s left while the dialer may still reserve you`;
    case 'authorized':
      return `Authorized at ${new Date(logout.at).toLocaleTimeString()}`;
  }
}

/** Every disposition code, nested ones named after their parent ("Promise to pay › Payment plan"). */
export function dispositionChoices(codes: readonly DispositionCode[], parent = ''): { id: string; label: string }[] {
  return codes.flatMap((code) => {
    const label = parent ? `${parent} › ${code.label}` : code.label;
    return [{ id: code.id, label }, ...dispositionChoices(code.children ?? [], label)];
  });
}

/** Whether a code sets Do Not Call, for the option's text. */
export function setsDnc(codes: readonly DispositionCode[], id: string): boolean {
  return allDispositionCodes(codes).some((code) => code.id === id && code.effects?.includes('dnc'));
}
