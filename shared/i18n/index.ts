import i18next, { type i18n, type InitOptions } from 'i18next';
import type { UiLanguage } from '../domain/workspace/organisationProfile';
import { documentCatalogs } from './documents';
import { en } from './en';
import { fi, type Messages } from './fi';
import { sv } from './sv';

/**
 * The UI text catalogs, Finnish first. Every user-facing string lives here in fi, sv and en;
 * legal and document texts are kept apart in `shared/i18n/documents/`. The renderer, the main
 * process (menus, dialog titles, file filters) and the document builders all read them
 * through i18next, so plurals (`key_one` / `key_other`) and `{{placeholders}}` behave the
 * same everywhere.
 */
export const catalogs: Readonly<Record<UiLanguage, Messages>> = { fi, sv, en };

export type { Messages };

/** The languages of the catalogs, Finnish (the source) first. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['fi', 'sv', 'en'];

/** Values for a text's `{{placeholders}}`; `count` also chooses the plural form. */
export type TextParams = Record<string, string | number>;

/** Translates a dotted key (`dialogs.exportProcurement`) in one language. */
export type Translator = (key: string, params?: TextParams) => string;

/**
 * The i18next options every instance shares (renderer, main process, document builders):
 * the three catalogs, Finnish as the fallback, no HTML escaping (React and docx escape).
 */
export function i18nextOptions(language: UiLanguage): InitOptions {
  return {
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: [...UI_LANGUAGES],
    resources: {
      fi: { translation: catalogs.fi, documents: documentCatalogs.fi },
      sv: { translation: catalogs.sv, documents: documentCatalogs.sv },
      en: { translation: catalogs.en, documents: documentCatalogs.en },
    },
    ns: ['translation', 'documents'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  };
}

const instances = new Map<UiLanguage, i18n>();

/**
 * An i18next instance over the shared catalogs for one language, created once and reused.
 * Initialisation is synchronous because the resources are in memory.
 */
export function i18nextFor(language: UiLanguage): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init(i18nextOptions(language));
    instances.set(language, instance);
  }
  return instance;
}

/**
 * The translate function for one language (main-process menus and dialogs, the service's
 * texts, document builders): `t('list.caption', { count: 2 })` picks `caption_other`.
 * A key missing in the language falls back to Finnish, a key missing everywhere is returned
 * as is (the catalog tests make sure none is).
 */
export function createTranslator(language: UiLanguage): Translator {
  const instance = i18nextFor(language);
  const t = instance.t.bind(instance) as unknown as (key: string, params?: TextParams) => string;
  return (key, params = {}) => t(key, params);
}

/**
 * One-off form of {@link createTranslator}: `translate('sv', 'app.name')`. Kept for the
 * service modules; new code takes a {@link Translator}.
 */
export function translate(language: UiLanguage, key: string, params: TextParams = {}): string {
  return createTranslator(language)(key, params);
}

/**
 * The translate function for legal and document texts (namespace `documents`, kept apart
 * from the UI catalogs in `shared/i18n/documents/`), for the document builders.
 */
export function createDocumentTranslator(language: UiLanguage): Translator {
  const instance = i18nextFor(language);
  const t = instance.t.bind(instance) as unknown as (key: string, params?: object) => string;
  return (key, params = {}) => t(key, { ...params, ns: 'documents' });
}
