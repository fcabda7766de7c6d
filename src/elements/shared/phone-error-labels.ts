import { msg, str } from '@lit/localize';
import { getKitLocale } from '../../localization/current-locale.js';
import type { PhoneNumberParseResult } from '../../services/domain/numbers/phone-number.js';

type PhoneNumberFailure = Extract<PhoneNumberParseResult, { ok: false }>;

/**
 * A refused phone number (PRV-3, CB-1) in the kit's language. The number is read without a default
 * country, so a number typed without + or 00 has no country code.
 */
export function phoneErrorLabel(failure: PhoneNumberFailure): string {
  const { typed } = failure;
  const where = placeLabel(failure);
  switch (failure.code) {
    case 'empty':
      return msg('Enter a phone number: + and the country code, then the number, e.g. +1 312 555 0123.', {
        id: 'phone-error.empty',
      });
    case 'not-a-number':
      return msg(
        str`“${typed}” is not a phone number. Use digits (spaces, dashes and brackets are fine) and + before the country code, e.g. +44 20 7946 0958.`,
        { id: 'phone-error.not-a-number' },
      );
    case 'invalid-country':
      return /^(\+|00)/.test(typed)
        ? msg(
            str`“${typed}” does not start with a country code that exists. Check the digits after the + (e.g. +1 for the US, +44 for the UK, +49 for Germany).`,
            { id: 'phone-error.unknown-country-code' },
          )
        : msg(
            str`“${typed}” has no country code. Type it with + and the country code (e.g. +1 for the US, +44 for the UK, +49 for Germany).`,
            { id: 'phone-error.no-country-code' },
          );
    case 'too-short':
      return where
        ? msg(str`“${typed}” is too short for a phone number ${where}. Check for missing digits, including the area code.`, {
            id: 'phone-error.too-short-where',
          })
        : msg(str`“${typed}” is too short for a phone number. Check for missing digits, including the area code.`, {
            id: 'phone-error.too-short',
          });
    case 'too-long':
      return where
        ? msg(str`“${typed}” is too long for a phone number ${where}. Check for extra digits.`, { id: 'phone-error.too-long-where' })
        : msg(str`“${typed}” is too long for a phone number. Check for extra digits.`, { id: 'phone-error.too-long' });
    case 'invalid':
      return where
        ? msg(str`“${typed}” is not a valid phone number ${where}. Check the digits.`, { id: 'phone-error.invalid-where' })
        : msg(str`“${typed}” is not a valid phone number. Check the digits.`, { id: 'phone-error.invalid' });
  }
}

/** Where the number belongs, as the end of a sentence: "in the US", "with country code +44". */
function placeLabel(failure: PhoneNumberFailure): string | null {
  if (failure.region) {
    const region = regionName(failure.region);
    return msg(str`in ${region}`, { id: 'phone-error.in-region' });
  }
  if (failure.countryCallingCode) {
    const code = failure.countryCallingCode;
    return msg(str`with country code +${code}`, { id: 'phone-error.with-country-code' });
  }
  return null;
}

function regionName(code: string): string {
  const locale = getKitLocale();
  // English reads better with the article these two names take.
  if (locale === 'en' && (code === 'US' || code === 'GB')) return code === 'US' ? 'the US' : 'the UK';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
