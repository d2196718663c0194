import { z } from 'zod';
import type { UiLanguage } from '../workspace/organisationProfile';

/** Longest name of a criterion, requirement or pricing item, per language (characters). */
export const MAX_CRITERION_NAME = 300;
/** Longest description (level description, requirement text), per language (characters). */
export const MAX_CRITERION_TEXT = 4_000;

/**
 * A text the officer writes once per document language (fi, sv, en). Documents in a language
 * whose text is empty fall back to Finnish, the source language.
 */
export function localizedTextSchema(max: number) {
  return z.strictObject({
    fi: z.string().max(max),
    sv: z.string().max(max),
    en: z.string().max(max),
  });
}
/** A short localized name (see {@link localizedTextSchema}). */
export const localizedNameSchema = localizedTextSchema(MAX_CRITERION_NAME);
/** A longer localized description (see {@link localizedTextSchema}). */
export const localizedDescriptionSchema = localizedTextSchema(MAX_CRITERION_TEXT);
/** See {@link localizedTextSchema}. */
export type LocalizedText = z.infer<typeof localizedNameSchema>;

/** An empty text in every language. */
export function emptyLocalizedText(): LocalizedText {
  return { fi: '', sv: '', en: '' };
}

/** The text in `language`, falling back to Finnish when that language is still empty. */
export function textIn(text: LocalizedText, language: UiLanguage): string {
  const own = text[language].trim();
  return own !== '' ? own : text.fi.trim();
}
