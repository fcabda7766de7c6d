import { expect } from '@open-wc/testing';
import {
  isE164,
  loadPhoneNumberParser,
  type PhoneNumberParseResult,
  type PhoneNumberParser,
} from '../../../../src/services/domain/numbers/phone-number.js';

type Failure = Extract<PhoneNumberParseResult, { ok: false }>;
type Success = Extract<PhoneNumberParseResult, { ok: true }>;

function success(result: PhoneNumberParseResult): Success {
  if (!result.ok) throw new Error(`expected a number, got ${result.code}: ${result.message}`);
  return result;
}

function failure(result: PhoneNumberParseResult): Failure {
  if (result.ok) throw new Error(`expected a refusal, got ${result.e164}`);
  return result;
}

describe('Phone numbers the agent types', () => {
  let parser: PhoneNumberParser;

  before(async () => {
    parser = await loadPhoneNumberParser();
  });

  it('PRV-3, PRV-6, CB-1: the parser module is loaded on demand, once, and not imported statically', async () => {
    expect(await loadPhoneNumberParser()).to.equal(parser);
    // The kit's core imports phone-number.ts and callback.ts; neither may pull libphonenumber-js in.
    for (const file of ['numbers/phone-number.ts', 'callback/callback.ts']) {
      const source = await (await fetch(new URL(`../../../../../src/services/domain/${file}`, import.meta.url))).text();
      expect(source, file).to.not.match(/^\s*import\s[^(]*libphonenumber/m);
      expect(source, file).to.not.match(/^\s*export\s[^(]*from\s*['"][^'"]*libphonenumber/m);
    }
    // The check sees static imports: time-zones.ts has those of @date-fns/tz.
    const control = await (await fetch(new URL('../../../../../src/services/domain/callback/time-zones.ts', import.meta.url))).text();
    expect(control).to.match(/^\s*import\s[^(]*@date-fns/m);
  });

  it('PRV-3, PRV-6: US numbers: national with the country, international without it', () => {
    expect(success(parser.parse('(312) 555-0123', 'US'))).to.deep.equal({
      ok: true,
      e164: '+13125550123',
      country: 'US',
      national: '(312) 555-0123',
    });
    expect(success(parser.parse('312.555.0123', 'us')).e164).to.equal('+13125550123');
    expect(success(parser.parse('+1 312 555 0123')).e164).to.equal('+13125550123');
    // A number with + ignores the default country.
    expect(success(parser.parse('+1 312 555 0123', 'DE')).country).to.equal('US');
  });

  it('PRV-3, PRV-6, CB-1: UK numbers: London and mobile, with and without the country', () => {
    expect(success(parser.parse('+44 20 7946 0958'))).to.deep.equal({
      ok: true,
      e164: '+442079460958',
      country: 'GB',
      national: '020 7946 0958',
    });
    expect(success(parser.parse('020 7946 0958', 'GB')).e164).to.equal('+442079460958');
    expect(success(parser.parse(' 020-7946-0958 ', 'gb')).e164).to.equal('+442079460958');
    expect(success(parser.parse('07400 123456', 'GB'))).to.deep.equal({
      ok: true,
      e164: '+447400123456',
      country: 'GB',
      national: '07400 123456',
    });
  });

  it('PRV-3, PRV-6, CB-1: German numbers: national with DE, international, and with the 00 prefix', () => {
    expect(success(parser.parse('030 12345678', 'DE'))).to.deep.equal({
      ok: true,
      e164: '+493012345678',
      country: 'DE',
      national: '030 12345678',
    });
    expect(success(parser.parse('+49 30 12345678')).e164).to.equal('+493012345678');
    expect(success(parser.parse('0049 30 12345678')).e164).to.equal('+493012345678');
    expect(success(parser.parse('0049 30 12345678', 'DE')).e164).to.equal('+493012345678');
    expect(success(parser.parse('0171 1234567', 'DE')).e164).to.equal('+491711234567');
  });

  it('PRV-3, PRV-6: every number the parser accepts is E.164', () => {
    const inputs: [string, string?][] = [
      ['(312) 555-0123', 'US'],
      ['+44 20 7946 0958'],
      ['030 12345678', 'DE'],
      ['07400 123456', 'GB'],
    ];
    for (const [input, country] of inputs) {
      expect(isE164(success(parser.parse(input, country)).e164), input).to.equal(true);
    }
  });

  it('PRV-3, PRV-6: a national number without a country is refused, and the message asks for the country code', () => {
    const result = failure(parser.parse('030 12345678'));
    expect(result.code).to.equal('invalid-country');
    expect(result.message).to.contain('"030 12345678" has no country code');
    expect(result.message).to.contain('+49 for Germany');
    const unknown = failure(parser.parse('312 555 0123', 'XX'));
    expect(unknown.code).to.equal('invalid-country');
    expect(unknown.message).to.contain('"XX" is not a country code');
    expect(unknown.message).to.contain('"312 555 0123"');
  });

  it('PRV-3, PRV-6: a country code that does not exist is refused as invalid-country', () => {
    const result = failure(parser.parse('+999 1234567'));
    expect(result.code).to.equal('invalid-country');
    expect(result.message).to.contain('"+999 1234567" does not start with a country code that exists');
  });

  it('PRV-3, PRV-6: empty and whitespace-only input asks for a number', () => {
    for (const input of ['', '   ']) {
      const result = failure(parser.parse(input, 'US'));
      expect(result.code).to.equal('empty');
      expect(result.message).to.match(/^Enter a phone number/);
    }
  });

  it('PRV-3, PRV-6: letters, text around the number and stray plus signs are not a number', () => {
    for (const input of ['abc', 'call 2125550123', '++1 312 555 0123', '+', '1-800-FLOWERS', '---']) {
      const result = failure(parser.parse(input, 'US'));
      expect(result.code, input).to.equal('not-a-number');
      expect(result.message, input).to.contain(`"${input}" is not a phone number`);
    }
  });

  it('PRV-3, PRV-6: too short numbers say so and where', () => {
    const us = failure(parser.parse('12', 'US'));
    expect(us).to.deep.equal({
      ok: false,
      code: 'too-short',
      message: '"12" is too short for a phone number in the US. Check for missing digits, including the area code.',
      typed: '12',
      region: 'US',
    });
    // Seven digits are a local number: the area code is missing.
    expect(failure(parser.parse('555 0123', 'US')).code).to.equal('too-short');
    const international = failure(parser.parse('+1 312'));
    expect(international.code).to.equal('too-short');
    expect(international.message).to.contain('with country code +1');
    expect(failure(parser.parse('0', 'DE')).message).to.contain('in Germany');
  });

  it('PRV-3, PRV-6: too long numbers say so', () => {
    const us = failure(parser.parse('+1 312 555 01234567'));
    expect(us.code).to.equal('too-long');
    expect(us.message).to.equal(
      '"+1 312 555 01234567" is too long for a phone number with country code +1. Check for extra digits.',
    );
    expect(failure(parser.parse('+49 30 1234567890123456')).code).to.equal('too-long');
  });

  it('PRV-3, PRV-6: a number of the right length in a range that does not exist is invalid', () => {
    const us = failure(parser.parse('+1 212 000 0000'));
    expect(us.code).to.equal('invalid');
    expect(us.message).to.contain('"+1 212 000 0000" is not a valid phone number');
    // 07700 900xxx is reserved for drama in the UK.
    const uk = failure(parser.parse('07700 900123', 'GB'));
    expect(uk.code).to.equal('invalid');
    expect(uk.message).to.contain('in the UK');
  });

  it('PRV-3, PRV-6, CB-1: a refusal carries what its message is made of: the trimmed input and the region', () => {
    expect(failure(parser.parse('  12 ', 'us'))).to.deep.equal({
      ok: false,
      code: 'too-short',
      message: '"12" is too short for a phone number in the US. Check for missing digits, including the area code.',
      typed: '12',
      region: 'US',
    });
    // Refused before the library reads it (too short in Germany) and after (a UK range that does not exist).
    expect(failure(parser.parse('0', 'DE'))).to.include({ code: 'too-short', typed: '0', region: 'DE' });
    expect(failure(parser.parse(' 07700 900123', 'GB'))).to.include({ code: 'invalid', typed: '07700 900123', region: 'GB' });
    // A number typed with + is placed by its own country code when that belongs to one region only,
    // whatever the default country.
    expect(failure(parser.parse('+49 30 1', 'US'))).to.include({ code: 'too-short', typed: '+49 30 1', region: 'DE' });
    expect(failure(parser.parse('+49 000 1234567'))).to.include({ code: 'invalid', region: 'DE' });
  });

  it('PRV-3, PRV-6, CB-1: a refusal names the country calling code (digits, no +) when no region is known', () => {
    const short = failure(parser.parse('+1 312'));
    expect(short).to.include({ code: 'too-short', typed: '+1 312', countryCallingCode: '1' });
    expect(short).to.not.have.property('region');
    const long = failure(parser.parse('+1 312 555 01234567'));
    expect(long).to.deep.equal({
      ok: false,
      code: 'too-long',
      message: '"+1 312 555 01234567" is too long for a phone number with country code +1. Check for extra digits.',
      typed: '+1 312 555 01234567',
      countryCallingCode: '1',
    });
    // +44 is shared by the UK and its Crown Dependencies: an invalid number is not placed in one of them.
    const uk = failure(parser.parse('+44 20 7946 09', 'US'));
    expect(uk).to.include({ code: 'invalid', typed: '+44 20 7946 09', countryCallingCode: '44' });
    expect(uk).to.not.have.property('region');
  });

  it('PRV-3, PRV-6, CB-1: refusals that name no place carry the typed text only', () => {
    const cases: [string, string | undefined, string][] = [
      ['', 'US', 'empty'],
      ['   ', 'US', 'empty'],
      [' abc ', 'US', 'not-a-number'],
      ['1-800-FLOWERS', 'US', 'not-a-number'],
      ['030 12345678', undefined, 'invalid-country'],
      ['312 555 0123', 'XX', 'invalid-country'],
      ['+999 1234567', undefined, 'invalid-country'],
      // So long that the library refuses it before reading its country code.
      ['+49 30 1234567890123456', undefined, 'too-long'],
    ];
    for (const [input, country, code] of cases) {
      const result = failure(parser.parse(input, country));
      expect(result.code, input).to.equal(code);
      expect(result.typed, input).to.equal(input.trim());
      expect(result, input).to.not.have.any.keys('region', 'countryCallingCode');
    }
  });

  it('PRV-3, PRV-6, CB-1: region and country calling code are exactly what the English message names', () => {
    const inputs: [string, string?][] = [
      ['12', 'US'],
      ['555 0123', 'US'],
      ['0', 'DE'],
      ['+1 312'],
      ['+1 312 555 01234567'],
      ['+49 30 1234567890123456'],
      ['+49 30 1'],
      ['+1 212 000 0000'],
      ['07700 900123', 'GB'],
      ['+44 (0) 20 7946 09'],
      ['abc', 'US'],
      ['030 12345678'],
    ];
    const names: Record<string, string> = { US: 'the US', GB: 'the UK', DE: 'Germany' };
    for (const [input, country] of inputs) {
      const result = failure(parser.parse(input, country));
      expect(result.message, input).to.contain(`"${result.typed}"`);
      expect(result.region !== undefined && result.countryCallingCode !== undefined, input).to.equal(false);
      if (result.region !== undefined) expect(result.message, input).to.contain(` in ${names[result.region]}`);
      else expect(result.message, input).to.not.match(/ in (the )?[A-Z]/);
      if (result.countryCallingCode !== undefined) {
        expect(result.countryCallingCode, input).to.match(/^\d{1,3}$/);
        expect(result.message, input).to.match(new RegExp(` with country code \\+${result.countryCallingCode}[.:]`));
      } else {
        expect(result.message, input).to.not.contain('with country code');
      }
    }
  });

  it('PRV-3: a refusal keeps what the agent typed: the input is quoted as typed in the message', () => {
    const typed = '+44 (0) 20 7946 09';
    const result = failure(parser.parse(typed));
    expect(result.message).to.contain(`"${typed}"`);
    expect(typed).to.equal('+44 (0) 20 7946 09');
  });

  it('CB-1: isE164 accepts normalised international numbers only', () => {
    for (const value of ['+13125550123', '+442079460958', '+493012345678', '+4930123', '+123456789012345']) {
      expect(isE164(value), value).to.equal(true);
    }
    for (const value of [
      '',
      '13125550123',
      '+0123456789',
      '+1 312 555 0123',
      '+1-312-555-0123',
      '+123456',
      '+1234567890123456',
      ' +13125550123',
      '+13125550123 ',
    ]) {
      expect(isE164(value), value).to.equal(false);
    }
  });
});
