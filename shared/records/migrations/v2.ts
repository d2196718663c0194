import { z } from 'zod';

/**
 * Schema version 2 of a stored procurement (the planning release), frozen: files written by
 * that release are validated against it before they are migrated. Self-contained on purpose
 * (no imports of schemas that may evolve); it accepts exactly what version 2 accepted.
 */
const date = z.string().refine((t) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCDate() === Number(m[3]);
});
const cents = z.number().int().min(0).max(1_000_000_000_000);
const tri = z.enum(['yes', 'no', 'unknown']);
const amount = z.strictObject({
  basis: z.enum(['annual', 'total', 'monthly']),
  amountCents: cents,
  additionalPurchasesCents: cents,
});

export const procurementV2Schema = z.strictObject({
  id: z.uuid(),
  revision: z.number().int().min(0),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  archived: z.boolean(),
  title: z.string().trim().min(1).max(200),
  referenceNumber: z.string().trim().max(100),
  description: z.string().max(20_000),
  responsiblePerson: z.string().trim().max(200),
  status: z.enum([
    'planning',
    'marketDialogue',
    'tendering',
    'evaluation',
    'contractPeriod',
    'completed',
    'cancelled',
  ]),
  authorityType: z.enum(['subCentral', 'central', 'utility']),
  category: z.enum([
    'goods',
    'services',
    'works',
    'socialHealthServices',
    'otherSpecificServices',
    'serviceConcession',
    'worksConcession',
  ]),
  cpv: z.strictObject({
    main: z
      .string()
      .regex(/^\d{8}$/)
      .nullable(),
    additional: z.array(z.string().regex(/^\d{8}$/)).max(50),
  }),
  lots: z
    .array(
      z.strictObject({
        id: z.uuid(),
        code: z.string().trim().max(20),
        name: z.string().trim().max(200),
        description: z.string().max(20_000),
        value: amount,
      }),
    )
    .max(100),
  planning: z.strictObject({
    valuation: z.strictObject({
      undivided: amount,
      term: z.strictObject({
        kind: z.enum(['fixed', 'indefinite']),
        baseMonths: z.number().int().min(1).max(600),
        options: z
          .array(
            z.strictObject({
              id: z.uuid(),
              count: z.number().int().min(1).max(50),
              months: z.number().int().min(1).max(120),
              likely: z.boolean(),
              note: z.string().trim().max(200),
            }),
          )
          .max(20),
        extensionMonths: z.number().int().min(0).max(600),
      }),
      prizesCents: cents,
      notes: z.string().max(20_000),
    }),
    procedure: z.strictObject({
      kind: z
        .enum([
          'open',
          'restricted',
          'negotiated',
          'competitiveDialogue',
          'innovationPartnership',
          'frameworkAgreement',
          'dynamicPurchasingSystem',
          'directAward',
          'smallProcurement',
        ])
        .nullable(),
      frameworkProcedure: z.enum(['open', 'restricted']),
      frameworkDynamicElement: z.boolean(),
      directAwardJustification: z.string().max(20_000),
      electronicTenders: z.boolean(),
      urgency: z.boolean(),
      urgencyJustification: z.string().max(20_000),
      priorInformationNotice: z.boolean(),
      tenderDeadlineAgreed: z.boolean(),
    }),
    timeline: z.strictObject({
      marketDialogueStart: date.nullable(),
      marketDialogueEnd: date.nullable(),
      noticeSent: date.nullable(),
      requestsDeadline: date.nullable(),
      invitationsSent: date.nullable(),
      questionsDeadline: date.nullable(),
      tenderDeadline: date.nullable(),
      evaluationEnd: date.nullable(),
      decision: date.nullable(),
      decisionDelivery: z.enum(['electronic', 'post']),
      contractStart: date.nullable(),
      optionDecisions: z.record(z.string().max(60), date),
    }),
    screening: z.strictObject({
      labourIntensive: tri,
      subcontractingPossible: tri,
      apprenticeshipsPossible: tri,
      notes: z.string().max(20_000),
    }),
  }),
});
/** A version 2 procurement. */
export type ProcurementV2 = z.infer<typeof procurementV2Schema>;
