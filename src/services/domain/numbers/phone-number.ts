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
 * A failure also carries what its English message is made of (the trimmed input, and where the number
 * belongs when that is known), so that an element can write the sentence in its own language.
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
      /** A sentence for the agent, in English: what is wrong and what to do about it. */
      readonly message: string;
      /** What the agent typed, trimmed: the text the message quotes ("" when nothing was typed). */
      readonly typed: string;
      /**
       * ISO 3166-1 alpha-2 region the number was read in ("US", "GB"), when the message names it
       * ("… in the US"). Set on some `too-short`, `too-long` and `invalid` failures only.
       */
      readonly region?: string;
      /**
       * The country calling code, digits without the + ("1", "44"), when the message names the number
       * by it because no region is known ("… with country code +1"). Never set together with `region`.
       */
      readonly countryCallingCode?: string;
    };

export interface PhoneNumberParser {
  /**
   * Reads what the agent typed: digits with spaces, dashes, dots, slashes or brackets, and an optional
   * leading `+`; anything else (letters, text around the number) is `not-a-number`. `defaultCountry`
   * (ISO 3166-1 alpha-2, any case: "US", "gb", "DE") is the country of a number typed without `+`;
   * with no default, such a number must start with the international prefix 00 (0049 30 …) or it is
   * refused as `invalid-country`. A number with `+` ignores the default. Validity is checked against
   * libphonenumber-js's minimal metadata (lengths and leading digits per country).
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

/** The three functions of libphonenumber-js the parser uses (so bundlers can leave out the rest). */
type LibPhoneNumber = Pick<
  typeof import('libphonenumber-js/min'),
  'parsePhoneNumberWithError' | 'validatePhoneNumberLength' | 'isSupportedCountry'
>;

let parserPromise: Promise<PhoneNumberParser> | null = null;

/** Loads libphonenumber-js (once; later calls share the same parser). */
export function loadPhoneNumberParser(): Promise<PhoneNumberParser> {
  parserPromise ??= import('libphonenumber-js/min').then(
    // Destructured here so that Rollup keeps only these exports in the lazy chunk.
    ({ parsePhoneNumberWithError, validatePhoneNumberLength, isSupportedCountry }) =>
      createPhoneNumberParser({ parsePhoneNumberWithError, validatePhoneNumberLength, isSupportedCountry }),
    (error: unknown) => {
      // A failed chunk load may succeed on a later try.
      parserPromise = null;
      throw error;
    },
  );
  return parserPromise;
}

/** A typed number: an optional leading +, then digits with spaces and common punctuation. */
const TYPED_NUMBER_PATTERN = /^\+?[\d\s().\-/]+$/;

const COUNTRY_CODE_HINT = 'e.g. +1 for the US, +44 for the UK, +49 for Germany';

function createPhoneNumberParser(library: LibPhoneNumber): PhoneNumberParser {
  const parse = (input: string, defaultCountry?: string): PhoneNumberParseResult => {
    const typed = input.trim();
    if (typed === '') {
      return fail('empty', 'Enter a phone number: + and the country code, then the number, e.g. +1 312 555 0123.', typed);
    }
    if (!TYPED_NUMBER_PATTERN.test(typed) || !/\d/.test(typed)) {
      return fail(
        'not-a-number',
        `"${typed}" is not a phone number. Use digits (spaces, dashes and brackets are fine) ` +
          'and + before the country code, e.g. +44 20 7946 0958.',
        typed,
      );
    }
    const requested = defaultCountry?.trim().toUpperCase() ?? '';
    const country = requested !== '' && library.isSupportedCountry(requested) ? requested : undefined;
    // A number typed with + carries its own country code, and so does one typed with the international
    // prefix 00 when no country is set (0049 30 …); otherwise the number needs the default country.
    const text = !typed.startsWith('+') && country === undefined && typed.startsWith('00') ? `+${typed.slice(2)}` : typed;
    const international = text.startsWith('+');
    if (!international && country === undefined) {
      return fail(
        'invalid-country',
        requested !== ''
          ? `"${defaultCountry ?? ''}" is not a country code the kit knows, so "${typed}" cannot be read as a ` +
              `national number. Type it with + and its country code (${COUNTRY_CODE_HINT}).`
          : `"${typed}" has no country code. Type it with + and the country code (${COUNTRY_CODE_HINT}).`,
        typed,
      );
    }

    let parsed: ReturnType<LibPhoneNumber['parsePhoneNumberWithError']>;
    try {
      parsed = library.parsePhoneNumberWithError(text, country);
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      const place: Place | undefined = !international && country ? { region: country } : undefined;
      switch (reason) {
        case 'TOO_SHORT':
          return tooShort(typed, place);
        case 'TOO_LONG':
          return tooLong(typed, place);
        case 'INVALID_COUNTRY':
          return fail(
            'invalid-country',
            `"${typed}" does not start with a country code that exists. Check the digits after the + ` +
              `(${COUNTRY_CODE_HINT}).`,
            typed,
          );
        default:
          return fail('not-a-number', `"${typed}" is not a phone number. Check the digits and type it again.`, typed);
      }
    }
    // Where the number belongs, for messages: its country, or at least its country code.
    const region = parsed.country ?? (international ? undefined : country);
    const place: Place = region ? { region } : { countryCallingCode: String(parsed.countryCallingCode) };
    const where = whereText(place);
    switch (library.validatePhoneNumberLength(text, country)) {
      case undefined:
        break;
      case 'TOO_SHORT':
        return tooShort(typed, place);
      case 'TOO_LONG':
        return tooLong(typed, place);
      default:
        return fail(
          'invalid',
          `"${typed}" does not have the number of digits of a phone number${where}. Check the digits.`,
          typed,
          place,
        );
    }
    if (!parsed.isValid()) {
      return fail(
        'invalid',
        `"${typed}" is not a valid phone number${where}: no numbers start that way. Check the digits.`,
        typed,
        place,
      );
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

/** Where a number belongs, as far as the message says: its region, or only its country calling code. */
type Place = { readonly region: string } | { readonly countryCallingCode: string };

/** The place as the end of an English sentence: " in the US", " with country code +1", or nothing. */
function whereText(place: Place | undefined): string {
  if (!place) return '';
  return 'region' in place ? ` in ${regionName(place.region)}` : ` with country code +${place.countryCallingCode}`;
}

function tooShort(typed: string, place: Place | undefined): PhoneNumberParseResult {
  return fail(
    'too-short',
    `"${typed}" is too short for a phone number${whereText(place)}. Check for missing digits, including the area code.`,
    typed,
    place,
  );
}

function tooLong(typed: string, place: Place | undefined): PhoneNumberParseResult {
  return fail(
    'too-long',
    `"${typed}" is too long for a phone number${whereText(place)}. Check for extra digits.`,
    typed,
    place,
  );
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

function fail(code: PhoneNumberErrorCode, message: string, typed: string, place?: Place): PhoneNumberParseResult {
  return { ok: false, code, message, typed, ...place };
}
