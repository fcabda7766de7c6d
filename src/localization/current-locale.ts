import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type KitLocale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * The page's current kit locale, apart from the code that switches it: the wording modules read it,
 * and localization.ts loads them when the locale changes, so one module holding both would be a cycle.
 */
let readLocale: () => KitLocale = () => sourceLocale;

/** Called once by localization.ts when it configures @lit/localize. */
export function setLocaleReader(read: () => KitLocale): void {
  readLocale = read;
}

export function getKitLocale(): KitLocale {
  return readLocale();
}
