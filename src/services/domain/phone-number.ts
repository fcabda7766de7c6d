/**
 * Phone numbers the agent types: Other phone number (PRV-3), manual dialing (PRV-6) and the new number
 * of a callback (CB-1), checked and normalised to E.164.
 *
 * libphonenumber-js and its metadata (tens of kilobytes) stay out of the kit's core: the parser is
 * loaded on demand with `loadPhoneNumberParser()`, which imports `libphonenumber-js/min` dynamically.
 * Only the type-free `isE164` check is synchronous; this module has no static import of the library.
 *
 * Nothing here changes what the agent typed: a failed parse returns a code and a message, and the
 * caller keeps the field's text as it was, so the agent corrects it rather than typing it again.
 */

/** Why a typed number was refused. */
export type PhoneNumberErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'too-short'
  | 'too-long'
  | 'invalid-country'
  | 'invalid';

export type PhoneNumberParseResult =
  | {
      readonly ok: true;
      /** E.164, e.g. +13125550123. */
      readonly e164: string;
      /** ISO 3166-1 alpha-2 region, when the number belongs to one (not for +800 and the like). */
      readonly country?: string;
      /** The number as dialled inside its country, e.g. "(312) 555-0123", "030 12345678". */
      readonly national: string;
    }
  | {
      readonly ok: false;
      readonly code: PhoneNumberErrorCode;
      /** A sentence for the agent: what is wrong and what to do about it. */
      readonly message: string;
    };

export interface PhoneNumberParser {
  /**
   * Reads what the agent typed. `defaultCountry` (ISO 3166-1 alpha-2, e.g. "US", "GB", "DE") is the
   * country of numbers typed without a `+` and country code; without it those numbers are refused.
   */
  parse(input: string, defaultCountry?: string): PhoneNumberParseResult;
}

const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/**
 * Whether the string is already an E.164 number: `+`, a country code not starting with 0, and 7 to 15
 * digits in all. A shape check for normalised values (no spaces, no punctuation); it does not check
 * that the country code or the number exists.
 */
export function isE164(value: string): boolean {
  return E164_PATTERN.test(value);
}

type LibPhoneNumber = typeof import('libphonenumber-js/min');

let parserPromise: Promise<PhoneNumberParser> | null = null;

/** Loads libphonenumber-js (once; later calls share the same parser). */
export function loadPhoneNumberParser(): Promise<PhoneNumberParser> {
  parserPromise ??= import('libphonenumber-js/min').then(
    (library) => createPhoneNumberParser(library),
    (error: unknown) => {
      // A failed chunk load may succeed on a later try.
      parserPromise = null;
      throw error;
    },
  );
  return parserPromise;
}

/** Characters a typed phone number may contain besides digits: spaces and common punctuation. */
const TYPED_NUMBER_PATTERN = /^\+?[\d\s().\-/]+$/;

function createPhoneNumberParser(library: LibPhoneNumber): PhoneNumberParser {
  const countryName = regionName;

  const parse = (input: string, defaultCountry?: string): PhoneNumberParseResult => {
    const typed = input.trim();
    if (typed === '') {
      return fail('empty', 'Enter a phone number, e.g. +1 312 555 0123, or a national number for the chosen country.');
    }
    if (!TYPED_NUMBER_PATTERN.test(typed) || !/\d/.test(typed)) {
      return fail(
        'not-a-number',
        `"${typed}" is not a phone number: use digits only, with spaces, dashes or brackets if you like, ` +
          'and + before the country code, e.g. +44 20 7946 0958.',
      );
    }
    const international = typed.startsWith('+');
    const country = defaultCountry?.trim().toUpperCase();
    // A number typed with + carries its own country; the default only matters without it.
    const usableCountry = country !== undefined && country !== '' && library.isSupportedCountry(country) ? country : undefined;
    if (!international && usableCountry === undefined) {
      if (country !== undefined && country !== '') {
        return fail(
          'invalid-country',
          `"${defaultCountry ?? ''}" is not a country whose numbers can be read. Type "${typed}" with + and ` +
            'its country code instead, e.g. +49 30 12345678.',
        );
      }
      return fail(
        'invalid-country',
        `"${typed}" has no country code. Type it with + and the country code, e.g. +1 for the US, ` +
          '+44 for the UK, +49 for Germany.',
      );
    }

    let parsed: ReturnType<LibPhoneNumber['parsePhoneNumberWithError']>;
    try {
      parsed = library.parsePhoneNumberWithError(typed, usableCountry);
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      if (reason === 'TOO_SHORT') return tooShort(typed, usableCountry ? countryName(usableCountry) : undefined);
      if (reason === 'TOO_LONG') return tooLong(typed, usableCountry ? countryName(usableCountry) : undefined);
      if (reason === 'INVALID_COUNTRY') {
        return fail(
          'invalid-country',
          `"${typed}" does not start with a country code that exists. Check the digits after the +, ` +
            'e.g. +1 for the US, +44 for the UK, +49 for Germany.',
        );
      }
      return fail('not-a-number', `"${typed}" is not a phone number. Check the digits and type it again.`);
    }
    // Where the number belongs, for messages: its country, or at least its country code.
    const region = parsed.country ?? (international ? undefined : usableCountry);
    const where = region ? countryName(region) : `country code +${parsed.countryCallingCode}`;
    switch (library.validatePhoneNumberLength(typed, usableCountry)) {
      case undefined:
        break;
      case 'TOO_SHORT':
        return tooShort(typed, where);
      case 'TOO_LONG':
        return tooLong(typed, where);
      default:
        return fail('invalid', `"${typed}" has a number of digits that no number in ${where} has. Check the digits.`);
    }
    if (!parsed.isValid()) {
      return fail('invalid', `"${typed}" is not a valid number in ${where}: no such area or number range. Check the digits.`);
    }
    return {
      ok: true,
      e164: parsed.number,
      national: parsed.formatNational(),
      ...(parsed.country ? { country: parsed.country } : {}),
    };
  };

  return { parse };
}

function tooShort(typed: string, where: string | undefined): PhoneNumberParseResult {
  return fail(
    'too-short',
    `"${typed}" is too short for a phone number${where ? ` in ${where}` : ''}. ` +
      'Check for missing digits, including the area code.',
  );
}

function tooLong(typed: string, where: string | undefined): PhoneNumberParseResult {
  return fail('too-long', `"${typed}" is too long for a phone number${where ? ` in ${where}` : ''}. Check for extra digits.`);
}

function regionName(code: string): string {
  const special: Record<string, string> = { US: 'the US', GB: 'the UK' };
  if (special[code]) return special[code];
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

function fail(code: PhoneNumberErrorCode, message: string): PhoneNumberParseResult {
  return { ok: false, code, message };
}
