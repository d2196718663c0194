import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import type { fi } from '../../shared/i18n/fi';
import { importTexts, rememberLanguageHint } from './textChunks';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

const added = new Map<string, Promise<void>>();

/** Loads a catalog part into i18next once (deep-merged into the language's texts). */
function addPart(language: UiLanguage, part: 'first' | 'rest'): Promise<void> {
  const key = `${language}/${part}`;
  let done = added.get(key);
  if (!done) {
    done = importTexts(language, part).then((catalog) => {
      i18next.addResourceBundle(language, 'translation', catalog.translation, true, true);
      if (catalog.documents) {
        i18next.addResourceBundle(language, 'documents', catalog.documents, true, true);
      }
    });
    added.set(key, done);
    done.catch(() => added.delete(key));
  }
  return done;
}

/**
 * The texts of every screen beyond the list, in the current language: awaited before a
 * lazily loaded screen renders, and started in idle time once the list is painted.
 */
export function loadAllTexts(): Promise<void> {
  const language = i18next.language as UiLanguage;
  return addPart(language, 'rest');
}

/**
 * Starts i18next with the active language's first-screen texts only (the catalogs have the
 * same keys, checked by unit tests); the options otherwise follow `i18nextOptions` in
 * `shared/i18n`. The first part may already be on its way (`main.tsx`).
 */
export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: ['fi', 'sv', 'en'],
    resources: {},
    partialBundledLanguages: true,
    ns: ['translation', 'documents'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await addPart(language, 'first');
  rememberLanguage(language);
}

function rememberLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  rememberLanguageHint(language);
}

/**
 * Switches the UI language (loading all its texts first) and the document's `lang` (screen
 * readers pick the voice by it).
 */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await Promise.all([addPart(language, 'first'), addPart(language, 'rest')]);
  await i18next.changeLanguage(language);
  rememberLanguage(language);
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
