import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';
import type { fi } from '../../shared/i18n/fi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

/** A part of one language's texts (UI catalog subtree; the rest part adds the documents). */
interface CatalogPart {
  translation: Record<string, unknown>;
  documents?: Record<string, unknown>;
}

/**
 * One language's texts in two chunks built from `shared/i18n` (see `build/i18nCatalogs.ts`):
 * `first` holds what the first screen (shell and list) shows, `rest` everything else. The
 * first screen thus loads a fraction of one language instead of all three.
 */
function importPart(language: UiLanguage, part: 'first' | 'rest'): Promise<CatalogPart> {
  const loaded =
    part === 'first'
      ? language === 'sv'
        ? import('virtual:hp-catalog/sv/first')
        : language === 'en'
          ? import('virtual:hp-catalog/en/first')
          : import('virtual:hp-catalog/fi/first')
      : language === 'sv'
        ? import('virtual:hp-catalog/sv/rest')
        : language === 'en'
          ? import('virtual:hp-catalog/en/rest')
          : import('virtual:hp-catalog/fi/rest');
  return loaded.then((m) => m.default as CatalogPart);
}

const added = new Map<string, Promise<void>>();

/** Loads a catalog part into i18next once (deep-merged into the language's texts). */
function addPart(language: UiLanguage, part: 'first' | 'rest'): Promise<void> {
  const key = `${language}/${part}`;
  let done = added.get(key);
  if (!done) {
    done = importPart(language, part).then((catalog) => {
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
 * `shared/i18n`. The first part may already be on its way ({@link prefetchFirstTexts}).
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

const HINT_KEY = 'hankintapolku.language';

/**
 * The UI language of the last start (kept in localStorage only as a hint for loading its
 * texts early; the settings file decides), Finnish by default.
 */
export function languageHint(): UiLanguage {
  try {
    const stored = window.localStorage.getItem(HINT_KEY);
    return stored === 'sv' || stored === 'en' ? stored : 'fi';
  } catch {
    return 'fi';
  }
}

function rememberLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(HINT_KEY, language);
  } catch {
    // Storage unavailable: the next start loads Finnish texts first, nothing else changes.
  }
}

/** Starts loading a language's first-screen texts before i18next starts (at page load). */
export function prefetchFirstTexts(language: UiLanguage): void {
  void importPart(language, 'first').catch(() => undefined);
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
