import { z } from 'zod';
import { checkBusinessId } from '../common/businessId';
import { centsSchema } from '../common/money';
import { authorityTypeSchema } from '../procurement/procurementCategory';

/**
 * The organisation's own limit above which every procurement is screened for an employment
 * clause (DOMAIN § 5: Helsinki surveys every tender over 200 000 €); settable.
 */
export const DEFAULT_EMPLOYMENT_CLAUSE_LIMIT_CENTS = 20_000_000;

/**
 * The organisation's own minimum tender period for national procurements, which have no
 * statutory minimum (hankintalaki 102 § 1 mom. 10 k.: a reasonable time limit); settable.
 */
export const DEFAULT_NATIONAL_MINIMUM_TENDER_DAYS = 14;

/** Languages the UI speaks; Finnish first. */
export const uiLanguageSchema = z.enum(['fi', 'sv', 'en']);
/** See {@link uiLanguageSchema}. */
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** Languages the tender documents are written in (fi + sv text catalog). */
export const documentLanguageSchema = z.enum(['fi', 'sv']);
/** See {@link documentLanguageSchema}. */
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

/** Business ID field: empty while not filled in, otherwise a valid Y-tunnus. */
export const businessIdFieldSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || checkBusinessId(v).ok, { message: 'Invalid business ID' });

/**
 * The contracting authority's own details (organisation profile): printed on documents
 * and used as defaults for new procurements.
 */
export const organisationProfileSchema = z.object({
  name: z.string().trim().max(200),
  /** Y-tunnus, check digit validated. */
  businessId: businessIdFieldSchema,
  streetAddress: z.string().trim().max(200),
  postalCode: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{5}$/.test(v), { message: 'Postal code is five digits' }),
  city: z.string().trim().max(100),
  contactPerson: z.string().trim().max(200),
  contactEmail: z
    .string()
    .trim()
    .refine((v) => v === '' || z.email().safeParse(v).success, { message: 'Invalid e-mail' }),
  contactPhone: z.string().trim().max(50),
  defaultDocumentLanguage: documentLanguageSchema,
  /**
   * What kind of organisation the authority is; below the thresholds the decision's redress
   * instruction depends on it (kuntalaki 410/2015, laki hyvinvointialueesta 611/2021, none for
   * a municipal company).
   */
  organisationKind: z
    .enum(['municipality', 'wellbeingServicesCounty', 'municipalCompany', 'other'])
    .default('municipality'),
  /** Contracting authority type of new procurements. */
  defaultAuthorityType: authorityTypeSchema.default('subCentral'),
  employmentClauseValueLimitCents: centsSchema.default(DEFAULT_EMPLOYMENT_CLAUSE_LIMIT_CENTS),
  nationalMinimumTenderDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .default(DEFAULT_NATIONAL_MINIMUM_TENDER_DAYS),
});
/** See {@link organisationProfileSchema}. */
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/** The profile of a fresh installation: empty, Finnish documents. */
export const emptyOrganisationProfile: OrganisationProfile = {
  name: '',
  businessId: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  contactPerson: '',
  contactEmail: '',
  contactPhone: '',
  defaultDocumentLanguage: 'fi',
  organisationKind: 'municipality',
  defaultAuthorityType: 'subCentral',
  employmentClauseValueLimitCents: DEFAULT_EMPLOYMENT_CLAUSE_LIMIT_CENTS,
  nationalMinimumTenderDays: DEFAULT_NATIONAL_MINIMUM_TENDER_DAYS,
};
