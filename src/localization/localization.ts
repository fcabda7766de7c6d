import { configureLocalization } from '@lit/localize';
import { loadWording } from '../elements/shared/error-text.js';
import { getKitLocale, setLocaleReader, type KitLocale } from './current-locale.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export { getKitLocale, type KitLocale };

/** Each translation is its own chunk, fetched only when its locale is chosen. */
const translations = {
  de: () => import('./generated/locales/de.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

let controls: ReturnType<typeof configureLocalization> | undefined;

function localization() {
  if (controls) return controls;
  controls = configureLocalization({
    sourceLocale,
    targetLocales,
    // The wording of the domain's codes comes with the first translation (see error-text.ts).
    loadLocale: (locale) =>
      Promise.all([translations[locale as keyof typeof translations](), loadWording()]).then(([labels]) => labels),
  });
  const { getLocale } = controls;
  setLocaleReader(() => getLocale() as KitLocale);
  return controls;
}

export const kitLocales: readonly KitLocale[] = [sourceLocale, ...targetLocales];

export function isKitLocale(value: string): value is KitLocale {
  return (kitLocales as readonly string[]).includes(value);
}

/**
 * Switches every kit element on the page to a locale (`en`, `de`). Resolves once its labels are
 * loaded and the elements have been asked to re-render. The locale is page-wide.
 */
export function setKitLocale(locale: KitLocale): Promise<void> {
  return localization().setLocale(locale);
}
