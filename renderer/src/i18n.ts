import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import { i18nextOptions } from '../../shared/i18n';
import type { fi } from '../../shared/i18n/fi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

/** Starts i18next with the shared catalogs (fi, sv, en), Finnish as the fallback. */
export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init(i18nextOptions(language));
  document.documentElement.lang = language;
}

/** Switches the UI language and the document's `lang` (screen readers pick the voice by it). */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Translates a key built at run time (`errors.${code}`); the typed `t` only accepts literal
 * keys, and every dynamic key used here exists in all three catalogs (checked by unit tests).
 */
export function tDynamic(
  t: TFunction,
  key: string,
  params: Record<string, string | number> = {},
): string {
  return (t as unknown as (k: string, p: Record<string, string | number>) => string)(key, params);
}
