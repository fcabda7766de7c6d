/**
 * Pre-dial validation (DNC-1): the server checks a number against the Do-Not-Call list before it is
 * dialled. When the check refuses the number, or cannot be made because the service is unavailable,
 * the number is not dialled and the agent is told what happens next: another number of the record is
 * selected, or, when there is none, the record is to be marked Done.
 *
 * "Another number" is a number of the record that
 * - is not the tried number, nor has the same E.164 (the same line listed twice, e.g. as Home and Work),
 * - is not blocked by the server (Do-Not-Call, attempt limit, invalid).
 * When the current instant and the contact's zone are given, a number whose callable window is open
 * now (or that has no window) is preferred over one whose window is closed; a number whose window
 * cannot be read counts as closed. Among equals, the record's order decides, starting after the tried
 * number and wrapping around to the first. A number whose window is closed is still selected when no
 * other is open (it can be dialled later or the callback rescheduled); the message says when it opens.
 */
import { NUMBER_TYPE_WORDS, type RecordPhoneNumber } from './record.js';
import { isValidTimeZone, isWithinWindow, nextWindowOpening, instantToZonedParts, parseWindow } from './time-zones.js';

/** Why the pre-dial validation stopped the dial. */
export type DialValidationFailure = 'on-dnc-list' | 'service-unavailable';

export type DialValidationNext = { readonly kind: 'mark-done' } | { readonly kind: 'next-number'; readonly numberId: string };

export interface DialValidationOutcome {
  /** For the agent: what happened to the number and what happens next. */
  readonly message: string;
  readonly next: DialValidationNext;
}

/** The number that was tried: one of the record's, or one the agent typed (PRV-3, PRV-6). */
export type TriedNumber = { readonly numberId: string } | { readonly e164: string };

/** The contact's clock, to prefer a number that may be called now. */
export interface ContactClock {
  readonly now: number;
  /** The contact's IANA zone, in which the numbers' windows are read. */
  readonly timeZone: string;
}

/** The record's number to try next after `tried` was refused, by the rule above; `null` if none. */
export function nextDialableNumber(
  numbers: readonly RecordPhoneNumber[],
  tried: TriedNumber,
  clock?: ContactClock,
): RecordPhoneNumber | null {
  const triedIndex = 'numberId' in tried ? numbers.findIndex((number) => number.id === tried.numberId) : -1;
  const triedE164 = 'e164' in tried ? tried.e164 : numbers[triedIndex]?.e164;
  // The record's order, starting after the tried number and wrapping around.
  const ordered = [...numbers.slice(triedIndex + 1), ...numbers.slice(0, triedIndex + 1)];
  const candidates = ordered.filter(
    (number) =>
      number.id !== ('numberId' in tried ? tried.numberId : undefined) &&
      number.e164 !== triedE164 &&
      number.blocked === undefined,
  );
  if (clock && isValidTimeZone(clock.timeZone)) {
    const openNow = candidates.find((number) => callableNow(number, clock));
    if (openNow) return openNow;
  }
  return candidates[0] ?? null;
}

/** What the agent is told, and what happens next, after pre-dial validation stopped a dial (DNC-1). */
export function resolveDialValidation(
  failure: DialValidationFailure,
  numbers: readonly RecordPhoneNumber[],
  tried: TriedNumber,
  clock?: ContactClock,
): DialValidationOutcome {
  const triedNumber = 'numberId' in tried ? numbers.find((number) => number.id === tried.numberId) : undefined;
  const triedE164 = 'e164' in tried ? tried.e164 : (triedNumber?.e164 ?? 'The number');
  const what =
    failure === 'on-dnc-list'
      ? `${triedE164} was not dialled: it is on the Do-Not-Call list.`
      : `${triedE164} was not dialled: it could not be checked against the Do-Not-Call list because the ` +
        'checking service is not available.';
  const next = nextDialableNumber(numbers, tried, clock);
  if (!next) {
    return {
      message: `${what} This contact has no other number to call. Mark the record Done to get the next record.`,
      next: { kind: 'mark-done' },
    };
  }
  let when = '';
  if (clock && isValidTimeZone(clock.timeZone) && !callableNow(next, clock)) {
    const window = next.window;
    when =
      window && parseWindow(window)
        ? ` Its calling hours (${window.from}–${window.till} the contact's time) start at ` +
          `${instantToZonedParts(nextWindowOpening(clock.now, window, clock.timeZone), clock.timeZone).time}.`
        : " Its calling hours cannot be read; check them before you call.";
  }
  return {
    message: `${what} Switched to the contact's ${NUMBER_TYPE_WORDS[next.type]} number ${next.e164}.${when}`,
    next: { kind: 'next-number', numberId: next.id },
  };
}

function callableNow(number: RecordPhoneNumber, clock: ContactClock): boolean {
  if (!number.window) return true;
  if (!parseWindow(number.window)) return false;
  return isWithinWindow(clock.now, number.window, clock.timeZone);
}
