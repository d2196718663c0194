import { z } from 'zod';

/**
 * The procedure options of the procedure guide. A framework agreement and a dynamic
 * purchasing system are arrangements rather than procedures, but officers choose them at the
 * same point, so they are listed here with the procedure used to set them up.
 */
export const procedureKindSchema = z.enum([
  'open',
  'restricted',
  'negotiated',
  'competitiveDialogue',
  'innovationPartnership',
  'frameworkAgreement',
  'dynamicPurchasingSystem',
  'directAward',
  'smallProcurement',
]);
/** See {@link procedureKindSchema}. */
export type ProcedureKind = z.infer<typeof procedureKindSchema>;

/** The procedure choice and the facts that change its time limits. */
export const procedureChoiceSchema = z.strictObject({
  kind: procedureKindSchema.nullable(),
  /** The procedure used to award a framework agreement. */
  frameworkProcedure: z.enum(['open', 'restricted']),
  /** Framework with a dynamic element (as Pohjois-Savo planned). */
  frameworkDynamicElement: z.boolean(),
  /** Required for a direct award (hankintalaki 40–41 §). */
  directAwardJustification: z.string().max(20_000),
  /** Tenders accepted electronically (shortens EU time limits by 5 days, 56 § 3 mom.). */
  electronicTenders: z.boolean(),
  /** Substantiated urgency (57 § 1 mom.). */
  urgency: z.boolean(),
  urgencyJustification: z.string().max(20_000),
  /** A prior information notice was published (57 § 2 mom.). */
  priorInformationNotice: z.boolean(),
  /** Sub-central restricted procedure: tender deadline agreed with all candidates (56 § 4 mom.). */
  tenderDeadlineAgreed: z.boolean(),
});
/** See {@link procedureChoiceSchema}. */
export type ProcedureChoice = z.infer<typeof procedureChoiceSchema>;

/** No procedure chosen yet; electronic tenders as is the norm. */
export const defaultProcedureChoice: ProcedureChoice = {
  kind: null,
  frameworkProcedure: 'open',
  frameworkDynamicElement: false,
  directAwardJustification: '',
  electronicTenders: true,
  urgency: false,
  urgencyJustification: '',
  priorInformationNotice: false,
  tenderDeadlineAgreed: false,
};
