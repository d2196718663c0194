import type { UiLanguage } from '../../shared/domain/workspace/organisationProfile';

/** A part of one language's texts (UI catalog subtree; the rest part adds the documents). */
export interface CatalogPart {
  translation: Record<string, unknown>;
  documents?: Record<string, unknown>;
}

/**
 * One language's texts in two chunks built from `shared/i18n` (see `build/i18nCatalogs.ts`):
 * `first` holds what the first screen (shell and list) shows, `rest` everything else. The
 * first screen thus loads a fraction of one language instead of all three. Free of i18next
 * so that the start-up code can request the first part before the app's code is evaluated.
 */
export function importTexts(language: UiLanguage, part: 'first' | 'rest'): Promise<CatalogPart> {
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

/** Keeps the language as the next start's hint. */
export function rememberLanguageHint(language: UiLanguage): void {
  try {
    window.localStorage.setItem(HINT_KEY, language);
  } catch {
    // Storage unavailable: the next start loads Finnish texts first, nothing else changes.
  }
}
