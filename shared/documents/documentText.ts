import i18next from 'i18next';
import { documentCommonTexts } from '../i18n/documents/common';
import { contractDraftTexts } from '../i18n/documents/contractDraft';
import { invitationToTenderTexts } from '../i18n/documents/invitationToTender';
import type { DocumentLanguage } from './word/blocks';

/** Translates a document text key (`common.titles.decision`) with `{{…}}` placeholders. */
export type DocumentT = (key: string, params?: Record<string, string | number>) => string;

/** The document catalogs, one i18next namespace each. */
const CATALOGS = {
  common: documentCommonTexts,
  invitationToTender: invitationToTenderTexts,
  contractDraft: contractDraftTexts,
} as const;

function resourcesOf(language: DocumentLanguage) {
  return Object.fromEntries(Object.entries(CATALOGS).map(([ns, texts]) => [ns, texts[language]]));
}

/**
 * An i18next instance over the document catalogs (one namespace per document, `common` for
 * the shared texts), the same mechanism as the UI and the main process use. Synchronous: the
 * catalogs are bundled, nothing is loaded.
 */
export function documentTranslator(language: DocumentLanguage): DocumentT {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    initAsync: false,
    ns: Object.keys(CATALOGS),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    resources: {
      fi: resourcesOf('fi'),
      sv: resourcesOf('sv'),
      en: resourcesOf('en'),
    },
  });
  // The catalogs are checked by their own tests; keys here are built from document names.
  const translate = instance.t.bind(instance) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => unknown;
  return (key, params = {}) => {
    const [ns, ...rest] = key.split('.');
    const text = translate(rest.join('.'), { ns, ...params });
    if (typeof text !== 'string' || text === rest.join('.')) {
      throw new Error(`Missing document text ${key} (${language})`);
    }
    return text;
  };
}
