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
import { NUMBER_TYPE_WORDS, type NumberType, type RecordPhoneNumber } from '../campaign/record.js';
import { isValidTimeZone, isWithinWindow, nextWindowOpening, instantToZonedParts, parseWindow } from '../callback/time-zones.js';

/** Why the pre-dial validation stopped the dial. */
export type DialValidationFailure = 'on-dnc-list' | 'service-unavailable';

export type DialValidationNext = { readonly kind: 'mark-done' } | { readonly kind: 'next-number'; readonly numberId: string };

/** What happens after the refused dial, as a code with what its wording names. */
export type DialNoticeNext =
  | { readonly code: 'mark-done'; readonly params: Record<never, never> }
  | { readonly code: 'switched'; readonly params: SwitchedParams }
  | { readonly code: 'switched-opens-later'; readonly params: SwitchedParams & { readonly from: string; readonly till: string; readonly opensAt: string } }
  | { readonly code: 'switched-hours-unreadable'; readonly params: SwitchedParams };

export interface SwitchedParams {
  readonly numberType: NumberType;
  readonly number: string;
}

/**
 * The pre-dial notice as data, for the elements to word: why `number` was not dialled (`null`: a
 * number the record does not list under the id tried) and what happens next.
 */
export interface DialNotice {
  readonly code: DialValidationFailure;
  readonly params: { readonly number: string | null };
  readonly next: DialNoticeNext;
}

export interface DialValidationOutcome {
  /** For the agent: what happened to the number and what happens next, in English. */
  readonly message: string;
  /** The same, as codes with parameters. */
  readonly notice: DialNotice;
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
  const number = 'e164' in tried ? tried.e164 : (triedNumber?.e164 ?? null);
  const nextNumber = nextDialableNumber(numbers, tried, clock);
  let next: DialNoticeNext = { code: 'mark-done', params: {} };
  if (nextNumber) {
    const switched = { numberType: nextNumber.type, number: nextNumber.e164 };
    next = { code: 'switched', params: switched };
    if (clock && isValidTimeZone(clock.timeZone) && !callableNow(nextNumber, clock)) {
      const window = nextNumber.window;
      next =
        window && parseWindow(window)
          ? {
              code: 'switched-opens-later',
              params: {
                ...switched,
                from: window.from,
                till: window.till,
                opensAt: instantToZonedParts(nextWindowOpening(clock.now, window, clock.timeZone), clock.timeZone).time,
              },
            }
          : { code: 'switched-hours-unreadable', params: switched };
    }
  }
  const notice: DialNotice = { code: failure, params: { number }, next };
  return {
    message: dialNoticeMessage(notice),
    notice,
    next: nextNumber ? { kind: 'next-number', numberId: nextNumber.id } : { kind: 'mark-done' },
  };
}

/** The pre-dial notice in plain English. */
export function dialNoticeMessage(notice: DialNotice): string {
  const number = notice.params.number ?? 'The number';
  const what =
    notice.code === 'on-dnc-list'
      ? `${number} was not dialled: it is on the Do-Not-Call list.`
      : `${number} was not dialled: it could not be checked against the Do-Not-Call list because the ` +
        'checking service is not available.';
  const { next } = notice;
  switch (next.code) {
    case 'mark-done':
      return `${what} This contact has no other number to call. Mark the record Done to get the next record.`;
    case 'switched':
      return `${what} ${switched(next.params)}`;
    case 'switched-opens-later': {
      const { from, till, opensAt } = next.params;
      return `${what} ${switched(next.params)} Its calling hours (${from}–${till} the contact's time) start at ${opensAt}.`;
    }
    case 'switched-hours-unreadable':
      return `${what} ${switched(next.params)} Its calling hours cannot be read; check them before you call.`;
  }
}

function switched({ numberType, number }: SwitchedParams): string {
  return `Switched to the contact's ${NUMBER_TYPE_WORDS[numberType]} number ${number}.`;
}

function callableNow(number: RecordPhoneNumber, clock: ContactClock): boolean {
  if (!number.window) return true;
  if (!parseWindow(number.window)) return false;
  return isWithinWindow(clock.now, number.window, clock.timeZone);
}
