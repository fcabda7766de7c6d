import { expect } from '@open-wc/testing';
import { phoneErrorLabel } from '../../../src/elements/shared/phone-error-labels.js';
import { setKitLocale } from '../../../src/localization/localization.js';
import { loadPhoneNumberParser, type PhoneNumberParser } from '../../../src/services/domain/numbers/phone-number.js';

/** What the agent is told for a typed number, in the kit's current language. */
async function toldFor(typed: string): Promise<string> {
  const parser: PhoneNumberParser = await loadPhoneNumberParser();
  const result = parser.parse(typed);
  if (result.ok) throw new Error(`${typed} was accepted`);
  return phoneErrorLabel(result);
}

describe('Phone number refusals in the agent’s language', () => {
  afterEach(() => setKitLocale('en'));

  it('PRV-3, CB-1: each refusal says what is wrong with the typed number, in English', async () => {
    expect(await toldFor('  ')).to.equal('Enter a phone number: + and the country code, then the number, e.g. +1 312 555 0123.');
    expect(await toldFor('call me')).to.equal(
      '“call me” is not a phone number. Use digits (spaces, dashes and brackets are fine) and + before the country code, e.g. +44 20 7946 0958.',
    );
    expect(await toldFor('030 1234567')).to.equal(
      '“030 1234567” has no country code. Type it with + and the country code (e.g. +1 for the US, +44 for the UK, +49 for Germany).',
    );
    expect(await toldFor('+999 1234567')).to.equal(
      '“+999 1234567” does not start with a country code that exists. Check the digits after the + (e.g. +1 for the US, +44 for the UK, +49 for Germany).',
    );
    expect(await toldFor('+44 20 79')).to.equal(
      '“+44 20 79” is too short for a phone number with country code +44. Check for missing digits, including the area code.',
    );
    expect(await toldFor('+49 30 12')).to.equal('“+49 30 12” is not a valid phone number in Germany. Check the digits.');
  });

  it('PRV-3, CB-1: in German', async () => {
    await setKitLocale('de');
    expect(await toldFor('+44 20 79')).to.equal(
      '„+44 20 79“ ist zu kurz für eine Telefonnummer (Ländervorwahl +44). Prüfen Sie, ob Ziffern fehlen, auch die Vorwahl.',
    );
    expect(await toldFor('+49 30 12')).to.equal(
      '„+49 30 12“ ist keine gültige Telefonnummer (Land: Deutschland). Prüfen Sie die Ziffern.',
    );
    expect(await toldFor('030 1234567')).to.equal(
      '„030 1234567“ hat keine Ländervorwahl. Geben Sie die Nummer mit + und der Ländervorwahl ein (z. B. +1 für die USA, +44 für Großbritannien, +49 für Deutschland).',
    );
  });

});
