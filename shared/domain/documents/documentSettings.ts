import { z } from 'zod';

/**
 * The general terms of public procurement (JYSE) the call for tenders and the contract refer
 * to: the Ministry of Finance's JYSE 2025 PALVELUT or TAVARAT (published in Finnish and
 * Swedish in May 2025, replacing JYSE 2014), or JYSE 2014 for organisations that still use it,
 * or none. The contract's own terms prevail over them.
 */
export const generalTermsSchema = z.enum([
  'jyse2025services',
  'jyse2025goods',
  'jyse2014services',
  'jyse2014goods',
  'none',
]);
/** See {@link generalTermsSchema}. */
export type GeneralTerms = z.infer<typeof generalTermsSchema>;

/** Every choice of general terms, in the order the form offers them. */
export const GENERAL_TERMS = generalTermsSchema.options;

/** Languages in which tenders may be submitted. */
export const tenderLanguageSchema = z.enum(['fi', 'sv', 'en']);

/** What the document package needs beyond the other phases' data (`procurement.documents`). */
export const documentSettingsSchema = z.strictObject({
  generalTerms: generalTermsSchema,
  /** How long tenders must stay valid after the tender deadline, in months. */
  tenderValidityMonths: z.number().int().min(1).max(24),
  /** Whether the call for tenders states the estimated value. */
  publishEstimatedValue: z.boolean(),
  tenderLanguages: z.array(tenderLanguageSchema).min(1).max(3),
  /** Where and how tenders are submitted (e.g. the tendering system's name). */
  submissionInstructions: z.string().trim().max(2000),
  /** Where questions about the call for tenders are sent. */
  questionsInstructions: z.string().trim().max(2000),
});
/** See {@link documentSettingsSchema}. */
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/** The defaults: services terms of JYSE 2025, tenders valid 4 months, value published, Finnish. */
export function emptyDocumentSettings(): DocumentSettings {
  return {
    generalTerms: 'jyse2025services',
    tenderValidityMonths: 4,
    publishEstimatedValue: true,
    tenderLanguages: ['fi'],
    submissionInstructions: '',
    questionsInstructions: '',
  };
}
