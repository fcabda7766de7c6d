import { minutesUntil, nextAvailabilityChange, numberAvailability } from '../../services/domain/numbers/number-availability.js';
import type { RecordPhoneNumber } from '../../services/domain/campaign/record.js';
import { previewLabels as t } from './labels.js';

const MINUTE = 60_000;

/** Says when a number may be called, on the contact's clock: "callable now", "opens in 2 hr 15 min" (PRV-3). */
export function numberHint(number: RecordPhoneNumber, now: number, contactTimeZone: string, locale: string): string | null {
  const window = number.window;
  if (!window || number.blocked) return null;
  const availability = numberAvailability(number, now, contactTimeZone);
  switch (availability.kind) {
    case 'always':
      return null;
    case 'unknown':
      return t.windowUnreadable(window.from, window.till);
    case 'open': {
      const minutes = minutesUntil(now, availability.closesAt);
      return minutes <= 60
        ? t.closesIn(duration(minutes, locale), window.from, window.till)
        : t.callableNow(window.from, window.till);
    }
    case 'closed':
      return t.opensIn(duration(minutesUntil(now, availability.opensAt), locale), window.from, window.till);
  }
}

/**
 * The next instant any hint of these numbers reads differently: a window opening or closing, or the
 * minute count of "opens in …" going down.
 */
export function nextHintChange(numbers: readonly RecordPhoneNumber[], now: number, contactTimeZone: string): number | null {
  let next: number | null = null;
  for (const number of numbers) {
    if (!number.window || number.blocked) continue;
    const change = nextAvailabilityChange(numberAvailability(number, now, contactTimeZone));
    if (change === null) continue;
    // Counts are rounded up to whole minutes: they drop when the time left passes a whole minute.
    const left = change - now;
    const candidate = now + (left % MINUTE || MINUTE);
    if (next === null || candidate < next) next = candidate;
  }
  return next;
}

/** "2 hr 15 min", "45 min", in the kit's locale. */
function duration(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const format = (value: number, unit: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  if (hours === 0) return format(rest, 'minute');
  return rest === 0 ? format(hours, 'hour') : `${format(hours, 'hour')} ${format(rest, 'minute')}`;
}
