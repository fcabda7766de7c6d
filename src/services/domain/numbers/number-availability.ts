/**
 * Whether a contact's number may be called now (PRV-3): its callable window read on the contact's wall
 * clock, with the instant at which that answer next changes, so a view re-renders exactly then rather
 * than on every tick. Pure: the current instant and the contact's zone are passed in.
 *
 * Rules decided here (the window rules themselves are those of time-zones.ts: `from` included, `till`
 * excluded, `till` before `from` crosses midnight):
 * - A number with no window may always be called: `always`. So may one whose window is a whole day
 *   (`from` equal to `till`): it never closes, in any zone.
 * - A window that cannot be read is `unknown` with `bad-window`; otherwise a contact zone the runtime
 *   does not know is `unknown` with `bad-zone`. Neither throws, so a view can say so and go on.
 * - `open` carries `closesAt`, the first instant after now at which the window is closed; `closed`
 *   carries `opensAt`, the next opening as `nextWindowOpening` gives it. Both are later than `now`.
 * - The clocks changing is taken into account: the window follows the contact's local clock, and
 *   where the clocks jump back into (or out of) the window, the jump itself opens (or closes) it.
 * - Whether the number is blocked (Do-Not-Call, attempt limit…) is not considered here.
 * - `now` must be an instant (a finite number); anything else is a programming error (RangeError).
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { CallableWindow, RecordPhoneNumber } from '../campaign/record.js';
import { isValidTimeZone, isWithinWindow, nextWindowOpening, parseWindow } from '../callback/time-zones.js';

/** Why the availability of a number cannot be told. */
export type NumberAvailabilityUnknownReason = 'bad-window' | 'bad-zone';

/** Whether a number may be called now, and until or from when. */
export type NumberAvailability =
  | { readonly kind: 'always' }
  | { readonly kind: 'open'; /** Epoch ms at which the window closes. */ readonly closesAt: number }
  | { readonly kind: 'closed'; /** Epoch ms at which the window next opens. */ readonly opensAt: number }
  | { readonly kind: 'unknown'; readonly reason: NumberAvailabilityUnknownReason };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Whether the number may be called at `now` (epoch ms), its window read on the wall clock of
 * `contactTimeZone` (IANA), and when that changes.
 */
export function numberAvailability(
  number: Pick<RecordPhoneNumber, 'window'>,
  now: number,
  contactTimeZone: string,
): NumberAvailability {
  if (!Number.isFinite(now)) throw new RangeError(`Not an instant: ${now}.`);
  const window = number.window;
  if (!window) return { kind: 'always' };
  const parsed = parseWindow(window);
  if (!parsed) return { kind: 'unknown', reason: 'bad-window' };
  if (parsed.from === parsed.till) return { kind: 'always' };
  if (!isValidTimeZone(contactTimeZone)) return { kind: 'unknown', reason: 'bad-zone' };

  if (isWithinWindow(now, window, contactTimeZone)) {
    // The window closes when its complement (till → from) opens: the same search, the same clock rules.
    const complement: CallableWindow = { from: window.till, till: window.from };
    const closesAt = firstChangeByJump(now, nextWindowOpening(now, complement, contactTimeZone), window, contactTimeZone, true);
    return { kind: 'open', closesAt };
  }
  const opensAt = firstChangeByJump(now, nextWindowOpening(now, window, contactTimeZone), window, contactTimeZone, false);
  return { kind: 'closed', opensAt };
}

/**
 * The instant the availability changes (the window closes or opens), to schedule the next render;
 * `null` when it never changes by itself (`always`, `unknown`).
 */
export function nextAvailabilityChange(availability: NumberAvailability): number | null {
  switch (availability.kind) {
    case 'open':
      return availability.closesAt;
    case 'closed':
      return availability.opensAt;
    default:
      return null;
  }
}

/**
 * Whole minutes from `now` until `at`, rounded up ("opens in 1 min" until it really opens); 0 when
 * `at` is not later than `now`.
 */
export function minutesUntil(now: number, at: number): number {
  return Math.max(0, Math.ceil((at - now) / MINUTE));
}

/**
 * `boundary` is the first instant after `now` at which the wall clock reaches the window's edge.
 * The window can also open or close earlier without reaching an edge, where the clocks go back (from
 * 01:59 to 01:00, say) and land inside or outside it: the first such jump before `boundary` wins.
 */
function firstChangeByJump(
  now: number,
  boundary: number,
  window: CallableWindow,
  timeZone: string,
  openNow: boolean,
): number {
  for (const jump of offsetChanges(now, boundary, timeZone)) {
    if (isWithinWindow(jump, window, timeZone) !== openNow) return jump;
  }
  return boundary;
}

/**
 * The instants in (`start`, `end`) at which the zone's UTC offset changes, earliest first. Sampled
 * hourly (no zone changes its offset twice within an hour), each change found to the millisecond.
 */
function offsetChanges(start: number, end: number, timeZone: string): number[] {
  const changes: number[] = [];
  let low = start;
  let lowOffset = tzOffset(timeZone, new Date(low));
  while (low < end) {
    const high = Math.min(low + HOUR, end);
    const highOffset = tzOffset(timeZone, new Date(high));
    if (highOffset !== lowOffset) {
      let before = low;
      let after = high;
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2);
        if (tzOffset(timeZone, new Date(middle)) === lowOffset) before = middle;
        else after = middle;
      }
      if (after < end) changes.push(after);
    }
    low = high;
    lowOffset = highOffset;
  }
  return changes;
}
