import { z } from 'zod';

/**
 * Contracting authority type. Municipalities and joint municipal authorities are
 * sub-central (the default); central government authorities have lower EU thresholds;
 * utilities (water, energy, transport, postal) fall under the utilities act 1398/2016,
 * which has no national thresholds.
 */
export const authorityTypeSchema = z.enum(['subCentral', 'central', 'utility']);
/** See {@link authorityTypeSchema}. */
export type AuthorityType = z.infer<typeof authorityTypeSchema>;

/**
 * What is bought, as the thresholds distinguish it (hankintalaki 1397/2016 25–26 §):
 * goods, services, works, social and health services (liite E points 1–4), other specific
 * services (liite E points 5–15), service concessions and works concessions.
 */
export const procurementCategorySchema = z.enum([
  'goods',
  'services',
  'works',
  'socialHealthServices',
  'otherSpecificServices',
  'serviceConcession',
  'worksConcession',
]);
/** See {@link procurementCategorySchema}. */
export type ProcurementCategory = z.infer<typeof procurementCategorySchema>;

/** Liite E services (social, health and other specific services; Directive Annex XIV). */
export function isAnnexEServices(category: ProcurementCategory): boolean {
  return category === 'socialHealthServices' || category === 'otherSpecificServices';
}

/** Service and works concessions (hankintalaki chapter 13). */
export function isConcession(category: ProcurementCategory): boolean {
  return category === 'serviceConcession' || category === 'worksConcession';
}
