import { z } from 'zod';
import { isoDateTimeSchema } from '../common/calendarDate';
import { contractPeriods } from '../planning/contractPeriods';
import { criteriaPlanSchema, emptyCriteriaPlan } from '../criteria/criteriaPlan';
import { documentSettingsSchema, emptyDocumentSettings } from '../documents/documentSettings';
import {
  emptyEmploymentClause,
  employmentClauseSchema,
} from '../employmentClause/employmentClause';
import { procurementCpvSchema } from '../cpv/cpvCode';
import { emptyScreening, screeningSchema } from '../planning/employmentScreening';
import { estimateValue } from '../planning/estimatedValue';
import { idSchema, refuseDuplicateIds } from '../common/identifier';
import { MAX_LONG_TEXT } from '../common/limits';
import {
  exemptionsField,
  personalDataExemptionsSchema,
  registerScannedRecordKind,
} from '../common/personalDataRegistry';
import { lotSchema } from './lot';
import { defaultProcedureChoice, procedureChoiceSchema } from '../planning/procedureChoice';
import {
  authorityTypeSchema,
  procurementCategorySchema,
  type AuthorityType,
} from './procurementCategory';
import { determineRegime } from '../planning/regime';
import { emptyTimeline, MILESTONES, timelineSchema } from '../planning/timeline';
import { defaultValuationChoices, emptyAmount, valuationSchema } from '../planning/valuation';
import { PROCUREMENT_STATUSES } from './procurementStatus';

export { MAX_LONG_TEXT };

/** Where a procurement is in its life; the calendar and list filter by it. */
export const procurementStatusSchema = z.enum(PROCUREMENT_STATUSES);
/** See {@link procurementStatusSchema}. */
export type ProcurementStatus = z.infer<typeof procurementStatusSchema>;

/** A procurement title as the officer writes it: required, one line. */
export const titleSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((t) => !/[\r\n]/.test(t), { message: 'Title must be a single line' })
  // Only invisible characters (zero-width, format, spaces) would be an empty row in the list.
  .refine((t) => t === '' || /[^\p{Z}\p{Cf}\s]/u.test(t), {
    message: 'Title must have a visible character',
    params: { issueKind: 'tooShort', limit: 1 },
  });

/** The planning phase: valuation, procedure, timeline and employment-clause screening. */
export const planningSchema = z.strictObject({
  valuation: valuationSchema,
  procedure: procedureChoiceSchema,
  timeline: timelineSchema,
  screening: screeningSchema,
});
/** See {@link planningSchema}. */
export type Planning = z.infer<typeof planningSchema>;

/** Planning data of a new procurement: a one-year fixed contract, nothing else decided. */
export const emptyPlanning: Planning = {
  valuation: {
    undivided: { ...emptyAmount },
    term: { kind: 'fixed', baseMonths: 12, options: [], extensionMonths: 0 },
    prizesCents: 0,
    notes: '',
    ...defaultValuationChoices,
  },
  procedure: { ...defaultProcedureChoice },
  timeline: { ...emptyTimeline, optionDecisions: {} },
  screening: { ...emptyScreening },
};

/**
 * One procurement (hankinta) as stored: identity, basics and, phase by phase, what the
 * officer has planned. `revision` increases with every save so that a stale edit is
 * refused instead of overwriting newer work.
 */
export const procurementSchema = z.strictObject({
  id: idSchema,
  revision: z.number().int().min(0),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  archived: z.boolean(),
  title: titleSchema,
  /** Reference number (diaarinumero). */
  referenceNumber: z.string().trim().max(100),
  description: z.string().max(MAX_LONG_TEXT),
  responsiblePerson: z.string().trim().max(200),
  status: procurementStatusSchema,
  authorityType: authorityTypeSchema,
  category: procurementCategorySchema,
  cpv: procurementCpvSchema,
  lots: z.array(lotSchema).max(100).superRefine(refuseDuplicateIds),
  planning: planningSchema,
  criteria: criteriaPlanSchema,
  employmentClause: employmentClauseSchema,
  documents: documentSettingsSchema,
  /** Matches the officer confirmed are not personal identity codes (default [] from v2→v3). */
  personalDataExemptions: personalDataExemptionsSchema.optional(),
});
/** See {@link procurementSchema}. */
export type Procurement = z.infer<typeof procurementSchema>;

// Every text field and key of a procurement is scanned by the personal-data guard.
registerScannedRecordKind({ kind: 'procurement', exemptionsOf: exemptionsField });

/** The dates the calendar draws, derived once when the procurement is saved. */
export const calendarDatesSchema = z.strictObject({
  marketDialogueStart: z.string().nullable(),
  marketDialogueEnd: z.string().nullable(),
  noticeSent: z.string().nullable(),
  tenderDeadline: z.string().nullable(),
  decision: z.string().nullable(),
  decisionDelivery: z.enum(['electronic', 'post']),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  latestEnd: z.string().nullable(),
});
/** See {@link calendarDatesSchema}. */
export type CalendarDates = z.infer<typeof calendarDatesSchema>;

/**
 * Version of the rules that derive the index summary's values (estimated value, regime,
 * calendar dates, milestones). Raise it whenever {@link summarizeProcurement} or a rule it
 * calls (thresholds, estimated value, contract periods) changes what it derives: the storage
 * layer rebuilds the index from the files when the stored index was built with another version.
 */
export const SUMMARY_RULES_VERSION = 3;

/** The regimes a summary can show (see `determineRegime`, hankintalaki 25–26 §). */
export const summaryRegimeSchema = z.enum(['belowNational', 'national', 'eu', 'utilityBelowEu']);

/** A planned milestone of the timeline, raw, so the list can pick the next one on any day. */
export const summaryMilestoneSchema = z.strictObject({
  milestone: z.enum(MILESTONES),
  date: z.string(),
});
/** See {@link summaryMilestoneSchema}. */
export type SummaryMilestone = z.infer<typeof summaryMilestoneSchema>;

/** What the list view and the calendar need of a procurement, kept in the index file. */
export const procurementSummarySchema = procurementSchema
  .pick({
    id: true,
    revision: true,
    createdAt: true,
    updatedAt: true,
    archived: true,
    title: true,
    referenceNumber: true,
    responsiblePerson: true,
    status: true,
    authorityType: true,
    category: true,
  })
  .extend({
    estimatedTotalCents: z.number().int().min(0),
    lotCount: z.number().int().min(0),
    dates: calendarDatesSchema,
    /**
     * Regime by the threshold table in force on the planned notice date, or on the day of the
     * last save when no notice date is planned (`regimeDateIsPlannedNotice` false); null when
     * no threshold table covers that date.
     */
    regime: summaryRegimeSchema.nullable(),
    regimeDateIsPlannedNotice: z.boolean(),
    /** Planned milestones in timeline order (raw dates; the next one depends on the day). */
    milestones: z.array(summaryMilestoneSchema).max(MILESTONES.length),
  });
/** See {@link procurementSummarySchema}. */
export type ProcurementSummary = z.infer<typeof procurementSummarySchema>;

/** The index entry for a procurement; derived, never edited. */
export function summarizeProcurement(p: Procurement): ProcurementSummary {
  const t = p.planning.timeline;
  const periods = t.contractStart
    ? contractPeriods(p.planning.valuation.term, t.contractStart)
    : null;
  const dates: CalendarDates = {
    marketDialogueStart: t.marketDialogueStart,
    marketDialogueEnd: t.marketDialogueEnd,
    noticeSent: t.noticeSent,
    tenderDeadline: t.tenderDeadline,
    decision: t.decision,
    decisionDelivery: t.decisionDelivery,
    contractStart: t.contractStart,
    contractEnd: periods?.base.end ?? null,
    latestEnd: periods?.latestEnd ?? null,
  };
  const estimatedTotalCents = estimateValue(p.planning.valuation, p.lots, p.category).totalCents;
  // The same rule as the planning view (hankintalaki 25–26 §, thresholds in force on the
  // planned notice date); without a planned date the day of the save stands in for "today".
  const regime = determineRegime({
    authorityType: p.authorityType,
    category: p.category,
    totalCents: estimatedTotalCents,
    noticeDate: t.noticeSent,
    today: p.updatedAt.slice(0, 10),
  });
  const milestones: SummaryMilestone[] = [];
  for (const milestone of MILESTONES) {
    const date = t[milestone];
    if (date !== null) milestones.push({ milestone, date });
  }
  return {
    id: p.id,
    revision: p.revision,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    archived: p.archived,
    title: p.title,
    referenceNumber: p.referenceNumber,
    responsiblePerson: p.responsiblePerson,
    status: p.status,
    authorityType: p.authorityType,
    category: p.category,
    estimatedTotalCents,
    lotCount: p.lots.length,
    dates,
    regime: regime.ok ? regime.regime : null,
    regimeDateIsPlannedNotice: t.noticeSent !== null,
    milestones,
  };
}

/** A new, empty procurement with the given title. */
export function newProcurement(input: {
  id: string;
  title: string;
  now: string;
  authorityType?: AuthorityType;
}): Procurement {
  return {
    id: input.id,
    revision: 0,
    createdAt: input.now,
    updatedAt: input.now,
    archived: false,
    title: input.title.trim(),
    referenceNumber: '',
    description: '',
    responsiblePerson: '',
    status: 'planning',
    authorityType: input.authorityType ?? 'subCentral',
    category: 'services',
    cpv: { main: null, additional: [] },
    lots: [],
    planning: structuredClone(emptyPlanning),
    criteria: emptyCriteriaPlan(),
    employmentClause: emptyEmploymentClause(),
    documents: emptyDocumentSettings(),
    personalDataExemptions: [],
  };
}

/** A copy under a new id and title, unarchived, with fresh timestamps and revision. */
export function duplicateProcurement(
  source: Procurement,
  input: { id: string; title: string; now: string },
): Procurement {
  return {
    ...structuredClone(source),
    id: input.id,
    title: input.title.trim(),
    revision: 0,
    createdAt: input.now,
    updatedAt: input.now,
    archived: false,
  };
}

/** True when the procurement's title, reference or responsible person contains `query`. */
export function matchesSearch(p: ProcurementSummary, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('fi');
  if (q === '') return true;
  return [p.title, p.referenceNumber, p.responsiblePerson].some((field) =>
    field.toLocaleLowerCase('fi').includes(q),
  );
}
