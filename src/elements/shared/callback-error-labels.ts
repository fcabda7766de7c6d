import { msg, str } from '@lit/localize';
import { getKitLocale } from '../../localization/current-locale.js';
import type { CallbackError, CallbackErrorParams, CallbackNumber } from '../../services/domain/callback/callback.js';
import type { NumberBlock, NumberType } from '../../services/domain/campaign/record.js';
import { formatInZone, zonesDiffer } from '../../services/domain/callback/time-zones.js';

/**
 * The wording of the callback check's problems (CB-4) in the kit's language, from what each names:
 * times are formatted here, in the kit's locale, on the 24-hour clock they are typed on. Used by
 * `<reschedule-callback>` next to each field and by the `invalid-callback` refusal at Done. In English
 * the domain's own sentence is shown (it is what CB-4 specifies), so this is for other languages.
 */
export function callbackErrorText(params: CallbackErrorParams): string {
  switch (params.code) {
    case 'malformed-date':
      return malformedDateText(params);
    case 'malformed-time':
      return malformedTimeText(params);
    case 'in-the-past': {
      const times = agentFirst(params.at, params.agentZone, params.contactZone);
      return params.change === 'date'
        ? msg(str`The callback time is in the past: ${times}. Choose a later date.`, { id: 'callback-error.in-the-past.date' })
        : msg(str`The callback time is in the past: ${times}. Choose a later time.`, { id: 'callback-error.in-the-past.time' });
    }
    case 'outside-window': {
      const number = numberText(params.number);
      const { from, till } = params;
      if (params.kind === 'unreadable') {
        return msg(
          str`The callable window of ${number} cannot be read (“${from}” to “${till}”), so a callback to it cannot be checked. Choose another number.`,
          { id: 'callback-error.window-unreadable' },
        );
      }
      const zone = params.contactZone;
      const chosen = contactFirst(params.at, params.agentZone, zone);
      const next = contactFirst(params.opensAt, params.agentZone, zone);
      return msg(
        str`${number} can be called ${from}–${till} the contact’s time (${zone}); ${chosen} is outside that window. Choose a time within it, e.g. ${next}, when it next opens.`,
        { id: 'callback-error.outside-window' },
      );
    }
    case 'unknown-number':
      return msg(
        'The number chosen for the callback is not one of this record’s numbers. Choose one of the contact’s numbers or enter a new number.',
        { id: 'callback-error.unknown-number' },
      );
    case 'number-blocked':
      return numberBlockedText(numberText(params.number), params.reason);
    case 'invalid-new-number':
      return invalidNewNumberText(params);
    case 'personal-not-allowed':
      return msg(
        'This campaign does not allow personal callbacks: any agent of the campaign makes the callback. Clear Personal callback.',
        { id: 'callback-error.personal-not-allowed' },
      );
  }
}

/** A problem of the callback check as the agent reads it: the domain's sentence in English, else worded here. */
export function callbackErrorLabel(error: Pick<CallbackError, 'message' | 'params'>): string {
  return getKitLocale() === 'en' ? error.message : callbackErrorText(error.params);
}

/**
 * The locale callback times are shown in: the kit's (words, date order, zone names), on the 24-hour
 * clock the time is typed on in every locale, so "19:45" is confirmed as 19:45, never "07:45 PM"
 * (issue 12 #11). Every callback time the kit shows or announces goes through it.
 */
export function callbackTimeLocale(): string {
  return `${getKitLocale()}-u-hc-h23`;
}

/** The instant on the agent's clock, then on the contact's when it shows another time. */
function agentFirst(at: number, agentZone: string, contactZone: string): string {
  const agent = formatInZone(at, agentZone, callbackTimeLocale());
  if (!zonesDiffer(agentZone, contactZone, at)) return agent;
  const contact = formatInZone(at, contactZone, callbackTimeLocale());
  return msg(str`${agent} your time (${contact} the contact’s time, ${contactZone})`, { id: 'callback-error.agent-first' });
}

/** The instant on the contact's clock (the window is theirs), then on the agent's when it differs. */
function contactFirst(at: number, agentZone: string, contactZone: string): string {
  const contact = formatInZone(at, contactZone, callbackTimeLocale());
  if (!zonesDiffer(agentZone, contactZone, at)) return contact;
  const agent = formatInZone(at, agentZone, callbackTimeLocale());
  return msg(str`${contact} their time (${agent} your time)`, { id: 'callback-error.contact-first' });
}

function malformedDateText(params: Extract<CallbackErrorParams, { code: 'malformed-date' }>): string {
  const { typed } = params;
  switch (params.kind) {
    case 'empty': {
      const { example } = params;
      return msg(str`Enter the callback date as YYYY-MM-DD, e.g. ${example}.`, { id: 'callback-error.date-empty' });
    }
    case 'unreadable': {
      const { example } = params;
      return msg(str`“${typed}” is not a date. Type the date as YYYY-MM-DD, e.g. ${example}.`, { id: 'callback-error.date-unreadable' });
    }
    case 'no-such-month': {
      const { example } = params;
      return msg(str`${typed} is not a date: there is no such month. Type the date as YYYY-MM-DD, e.g. ${example}.`, {
        id: 'callback-error.no-such-month',
      });
    }
    case 'no-such-day': {
      const month = new Intl.DateTimeFormat(getKitLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(params.year, params.month - 1, 1),
      );
      const { days } = params;
      return msg(str`${typed} is not a date: ${month} has ${days} days. Choose a day that exists.`, { id: 'callback-error.no-such-day' });
    }
  }
}

function malformedTimeText(params: Extract<CallbackErrorParams, { code: 'malformed-time' }>): string {
  const { typed } = params;
  switch (params.kind) {
    case 'empty':
      return msg('Enter the callback time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.', { id: 'callback-error.time-empty' });
    case 'unreadable':
      return msg(str`“${typed}” is not a time. Type the time as HH:MM on a 24-hour clock, e.g. 09:30 or 17:45.`, {
        id: 'callback-error.time-unreadable',
      });
    case 'skipped': {
      const [year, month, day] = params.date.split('-').map(Number);
      const date = new Intl.DateTimeFormat(getKitLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1),
      );
      const { zone } = params;
      return msg(
        str`${typed} does not exist on ${date} in ${zone}: the clocks go forward that night and skip it. Choose a time after the change.`,
        { id: 'callback-error.time-skipped' },
      );
    }
  }
}

function invalidNewNumberText(params: Extract<CallbackErrorParams, { code: 'invalid-new-number' }>): string {
  switch (params.kind) {
    case 'empty':
      return msg('Enter the new number for the callback with + and the country code, e.g. +13125550123.', {
        id: 'callback-error.new-number-empty',
      });
    case 'incomplete': {
      const { number } = params;
      return msg(str`The new number “${number}” is not a complete international number. Enter it with + and the country code, e.g. +13125550123.`, {
        id: 'callback-error.new-number-incomplete',
      });
    }
    case 'window-empty': {
      const { from } = params;
      return msg(str`The new number’s callable window starts and ends at ${from}. Set a Till time different from the From time.`, {
        id: 'callback-error.window-empty',
      });
    }
    case 'window-unreadable': {
      const { from, till } = params;
      if (from !== null && till !== null) {
        return msg(str`The new number’s callable window needs From and Till times as HH:MM, e.g. 08:00 and 20:00; From “${from}” and Till “${till}” are not times.`, {
          id: 'callback-error.window-ends-unreadable',
        });
      }
      const tillText = till ?? '';
      return from !== null
        ? msg(str`The new number’s callable window needs From and Till times as HH:MM, e.g. 08:00 and 20:00; From “${from}” is not a time.`, {
            id: 'callback-error.window-from-unreadable',
          })
        : msg(str`The new number’s callable window needs From and Till times as HH:MM, e.g. 08:00 and 20:00; Till “${tillText}” is not a time.`, {
            id: 'callback-error.window-till-unreadable',
          });
    }
  }
}

function numberText(number: CallbackNumber): string {
  const { e164 } = number;
  if (number.kind === 'new') return msg(str`the new number ${e164}`, { id: 'callback-error.number.new' });
  const kind = numberKind(number.type);
  return msg(str`the contact’s ${kind} number ${e164}`, { id: 'callback-error.number.record' });
}

function numberKind(type: NumberType): string {
  switch (type) {
    case 'home':
      return msg('home', { id: 'callback-error.kind.home' });
    case 'mobile':
      return msg('mobile', { id: 'callback-error.kind.mobile' });
    case 'work':
      return msg('work', { id: 'callback-error.kind.work' });
    case 'other':
      return msg('other', { id: 'callback-error.kind.other' });
  }
}

function numberBlockedText(number: string, block: NumberBlock): string {
  switch (block) {
    case 'dnc':
      return msg(str`A callback to ${number} is not possible: it is on the Do-Not-Call list. Choose another number or enter a new one.`, {
        id: 'callback-error.blocked.dnc',
      });
    case 'attempt-limit':
      return msg(str`A callback to ${number} is not possible: it has used up its call attempts. Choose another number or enter a new one.`, {
        id: 'callback-error.blocked.attempt-limit',
      });
    case 'invalid':
      return msg(str`A callback to ${number} is not possible: it is not a valid number. Choose another number or enter a new one.`, {
        id: 'callback-error.blocked.invalid',
      });
    case 'uncallable':
      return msg(
        str`A callback to ${number} is not possible: an earlier call’s disposition marked it not to be called. Choose another number or enter a new one.`,
        { id: 'callback-error.blocked.uncallable' },
      );
  }
}
