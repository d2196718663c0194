import { z } from 'zod';

/**
 * A CPV code (Common Procurement Vocabulary, Commission Regulation (EC) No 213/2008) stored
 * as its eight digits; the check digit after the hyphen is not published as an algorithm,
 * so codes are validated by looking them up in a list, not by computing it.
 */
export const cpvCodeSchema = z.string().regex(/^\d{8}$/, { message: 'CPV code is eight digits' });
/** See {@link cpvCodeSchema}. */
export type CpvCode = z.infer<typeof cpvCodeSchema>;

/** Reads `85312510`, `85312510-9` or `8531 2510` as the eight-digit code; null if not one. */
export function normalizeCpvCode(input: string): CpvCode | null {
  const m = /^(\d{8})(?:-\d)?$/.exec(input.replace(/\s/g, ''));
  return m?.[1] ?? null;
}

/** The most additional CPV codes a procurement may have. */
export const MAX_ADDITIONAL_CPV_CODES = 50;

/** The main and additional CPV codes of a procurement. */
export const procurementCpvSchema = z.strictObject({
  main: cpvCodeSchema.nullable(),
  additional: z.array(cpvCodeSchema).max(MAX_ADDITIONAL_CPV_CODES),
});
/** See {@link procurementCpvSchema}. */
export type ProcurementCpv = z.infer<typeof procurementCpvSchema>;

/** A CPV code with its labels, as search results show it. */
export const cpvEntrySchema = z.strictObject({
  code: cpvCodeSchema,
  /** The check digit when the source list has it (the imported EU list does). */
  checkDigit: z.string().regex(/^\d$/).nullable(),
  fi: z.string(),
  sv: z.string(),
  en: z.string(),
  /** One of the social and other specific services codes (liite E / Annex XIV). */
  annexE: z.boolean(),
});
/** See {@link cpvEntrySchema}. */
export type CpvEntry = z.infer<typeof cpvEntrySchema>;

/** What catalogs the CPV search covers. */
export const cpvCatalogInfoSchema = z.strictObject({
  shippedCount: z.number().int(),
  imported: z
    .object({ count: z.number().int(), importedAt: z.string(), fileName: z.string() })
    .nullable(),
});
/** See {@link cpvCatalogInfoSchema}. */
export type CpvCatalogInfo = z.infer<typeof cpvCatalogInfoSchema>;

/** The languages a CPV label can be in (the EU list has all 24; the app uses these three). */
export type CpvLanguage = 'fi' | 'sv' | 'en';

/** `90910000-9` when the check digit is known, else the eight digits. */
export function formatCpvCode(entry: Pick<CpvEntry, 'code' | 'checkDigit'>): string {
  return entry.checkDigit === null ? entry.code : `${entry.code}-${entry.checkDigit}`;
}

/**
 * The label in `language`; an imported list may lack a language, so the others stand in
 * (Finnish first, the source language of the app, then English, then Swedish).
 */
export function cpvEntryLabel(entry: Pick<CpvEntry, CpvLanguage>, language: CpvLanguage): string {
  for (const lang of [language, 'fi', 'en', 'sv'] as const) {
    if (entry[lang] !== '') return entry[lang];
  }
  return '';
}
