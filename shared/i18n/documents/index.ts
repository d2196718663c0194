import type { UiLanguage } from '../../domain/workspace/organisationProfile';
import type { FeatureTexts } from '../shape';

/**
 * Legal and document texts: the wording of the Word documents (invitation to tender,
 * procurement decision, employment-clause terms…), kept apart from the UI catalogs because
 * they are reviewed as legal text, follow the document language chosen for the
 * organisation rather than the UI language, and are versioned with the documents. They are
 * the i18next namespace `documents` (see `createDocumentTranslator` in `shared/i18n`).
 * The documents phase adds its texts here, one file per document under this folder, and
 * the catalog tests pick them up. Legal-source references live in
 * `shared/domain/common/legalSources.ts`, not here.
 */
const fi = {
  /** Name of the document language, as printed in a document's metadata. */
  languageName: 'suomi',
};

/** The document texts in fi, sv and en (Finnish is the source). */
export const documentTexts: FeatureTexts<typeof fi> = {
  fi,
  sv: { languageName: 'svenska' },
  en: { languageName: 'English' },
};

/** The document catalogs by language. */
export const documentCatalogs: Readonly<Record<UiLanguage, typeof fi>> = documentTexts;
