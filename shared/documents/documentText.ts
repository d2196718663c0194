import { createDocumentTranslator } from '../i18n';
import type { DocumentLanguage } from './word/blocks';

/** Translates a document text key (`common.titles.decision`) with `{{…}}` placeholders. */
export type DocumentT = (key: string, params?: Record<string, string | number>) => string;

/**
 * The document builders' translator: the shared i18next mechanism over the `documents`
 * namespace (`shared/i18n/documents`), stricter in one way — a key missing in every language
 * throws, so a document is never written with a raw key in it.
 */
export function documentTranslator(language: DocumentLanguage): DocumentT {
  const t = createDocumentTranslator(language);
  return (key, params = {}) => {
    const text = t(key, params);
    if (text === key) throw new Error(`Missing document text ${key} (${language})`);
    return text;
  };
}
