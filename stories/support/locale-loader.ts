import { isKitLocale, setKitLocale } from '../../src/localization/localization.js';

/**
 * The locale is page-wide, so every story sets it (English unless its `locale` parameter says
 * otherwise): a German story must not leave the next story in German.
 */
export async function localeLoader({ parameters }: { parameters: Record<string, unknown> }): Promise<Record<string, never>> {
  const locale = parameters['locale'];
  await setKitLocale(typeof locale === 'string' && isKitLocale(locale) ? locale : 'en');
  return {};
}
