import { z } from 'zod';
import { checkBusinessId } from '../common/businessId';
import { isoDateTimeSchema } from '../common/calendarDate';
import { MAX_LONG_TEXT } from '../common/limits';
import { MAX_CENTS } from '../common/money';
import type { CriteriaSet } from './criteriaPlan';

/** Most tenders in one comparison. */
export const MAX_TENDERS = 1_000;
const reasonSchema = z.string().max(MAX_LONG_TEXT);

/**
 * The tenderer: name and Y-tunnus (checked with its check digit; empty for a foreign
 * tenderer without one). Companies only — never names of people a supplier employs.
 */
export const tendererSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  businessId: z
    .string()
    .trim()
    .max(20)
    .refine((id) => id === '' || checkBusinessId(id).ok, { message: 'Invalid Business ID' }),
});

/**
 * A unit price as typed (cents). The schema lets zero and negative through so that
 * {@link validateTenders} can name the field and say why it is refused.
 */
export const offeredPriceSchema = z.strictObject({
  itemId: z.uuid(),
  unitPriceCents: z.number().int().min(-MAX_CENTS).max(MAX_CENTS),
});

/** The evaluator's score or the tender's measured value for one criterion, with the written reason. */
export const answerSchema = z.strictObject({
  criterionId: z.uuid(),
  value: z.number().min(-1e12).max(1e12).nullable(),
  reason: reasonSchema,
});

/** Whether the tender meets one minimum requirement, with the reason when it does not. */
export const requirementCheckSchema = z.strictObject({
  requirementId: z.uuid(),
  met: z.boolean(),
  reason: reasonSchema,
});

/** One tender in the comparison; an excluded tender stays with its reason. */
export const tenderSchema = z.strictObject({
  id: z.uuid(),
  tenderer: tendererSchema,
  prices: z.array(offeredPriceSchema).max(60),
  answers: z.array(answerSchema).max(60),
  requirements: z.array(requirementCheckSchema).max(60),
  exclusion: z.strictObject({ reason: z.string().trim().min(1).max(MAX_LONG_TEXT) }).nullable(),
});
/** See {@link tenderSchema}. */
export type Tender = z.infer<typeof tenderSchema>;

/** Version of the tender comparison record format. */
export const TENDER_COMPARISON_SCHEMA_VERSION = 1;

/**
 * Tender comparison (tarjousvertailu) of one procurement, or one lot of it: a record stored
 * apart from the procurement (brief: records that grow are files of their own), at
 * `workspace/records/<procurementId>/tenderComparison/<id>.json`.
 */
export const tenderComparisonSchema = z.strictObject({
  kind: z.literal('tenderComparison'),
  schemaVersion: z.literal(TENDER_COMPARISON_SCHEMA_VERSION),
  id: z.uuid(),
  revision: z.number().int().min(0),
  procurementId: z.uuid(),
  /** null when the procurement is not divided into lots. */
  lotId: z.uuid().nullable(),
  updatedAt: isoDateTimeSchema,
  tenders: z.array(tenderSchema).max(MAX_TENDERS),
  /** The result of drawing lots, best first, when the tie-break comes to it. */
  drawingOrder: z.array(z.uuid()).max(MAX_TENDERS),
});
/** See {@link tenderComparisonSchema}. */
export type TenderComparison = z.infer<typeof tenderComparisonSchema>;

/** What the record repository registers for this kind of record. */
export const TENDER_COMPARISON_RECORD = {
  kind: 'tenderComparison',
  schemaVersion: TENDER_COMPARISON_SCHEMA_VERSION,
  schema: tenderComparisonSchema,
} as const;

/** A new, empty comparison for a procurement (and lot). */
export function emptyTenderComparison(
  id: string,
  procurementId: string,
  lotId: string | null,
  now: string,
): TenderComparison {
  return {
    kind: 'tenderComparison',
    schemaVersion: TENDER_COMPARISON_SCHEMA_VERSION,
    id,
    revision: 0,
    procurementId,
    lotId,
    updatedAt: now,
    tenders: [],
    drawingOrder: [],
  };
}

/** Position of each element by its key (first one wins), to avoid a search per cell. */
export function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (!map.has(k)) map.set(k, i);
  });
  return map;
}

/** Problems in the tenders; text `criteria.tenderIssues.<code>`. Errors block the comparison. */
export type TenderIssueCode =
  | 'priceNotPositive'
  | 'priceMissing'
  | 'comparisonPriceTooLarge'
  | 'businessIdInvalid'
  | 'answerOutOfRange'
  | 'answerNotPositive'
  | 'answerMissing'
  | 'reasonMissing'
  | 'requirementReasonMissing'
  | 'requirementUnanswered';

/** One problem in a tender, at the field (`tenders[2].prices[0].unitPriceCents`). */
export interface TenderIssue {
  path: string;
  code: TenderIssueCode;
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
}

/**
 * Checks the tenders against the criteria before comparing. Errors: a unit price of 0 or
 * less (a price must be positive; the ratio formula would divide by it), a missing price,
 * a comparison price too large to sum exactly, an invalid Y-tunnus, an answer outside the
 * scoring method's range, an unmet requirement without its reason. Warnings: a missing
 * answer (scored 0) or a score without the evaluator's reason (the decision must give the
 * reasons for the points, hankintalaki 123 §).
 */
export function validateTenders(set: CriteriaSet, record: TenderComparison): TenderIssue[] {
  const issues: TenderIssue[] = [];
  const add = (path: string, code: TenderIssueCode, severity: 'error' | 'warning', params = {}) =>
    issues.push({ path, code, severity, params });
  record.tenders.forEach((t, ti) => {
    const at = `tenders[${ti}]`;
    const tenderer = t.tenderer.name;
    if (t.tenderer.businessId !== '') {
      const check = checkBusinessId(t.tenderer.businessId);
      if (!check.ok)
        add(`${at}.tenderer.businessId`, 'businessIdInvalid', 'error', {
          tenderer,
          problem: check.problem,
        });
    }
    t.requirements.forEach((r, ri) => {
      if (!r.met && r.reason.trim() === '') {
        add(`${at}.requirements[${ri}].reason`, 'requirementReasonMissing', 'error', { tenderer });
      }
    });
    // A tender left out (excluded, or failing a requirement) is not priced or scored.
    if (t.exclusion !== null || t.requirements.some((r) => !r.met)) return;
    if (
      set.minimumRequirements.some((req) => !t.requirements.some((r) => r.requirementId === req.id))
    ) {
      add(`${at}.requirements`, 'requirementUnanswered', 'error', { tenderer });
    }
    const priceAt = indexBy(t.prices, (p) => p.itemId);
    const answerAt = indexBy(t.answers, (a) => a.criterionId);
    let sum = 0;
    set.pricingItems.forEach((item) => {
      const pi = priceAt.get(item.id) ?? -1;
      const price = t.prices[pi];
      if (!price) {
        add(`${at}.prices`, 'priceMissing', 'error', { tenderer });
        return;
      }
      if (price.unitPriceCents <= 0) {
        add(`${at}.prices[${pi}].unitPriceCents`, 'priceNotPositive', 'error', {
          tenderer,
          cents: price.unitPriceCents,
        });
      }
      sum += price.unitPriceCents * item.quantity;
    });
    if (!Number.isSafeInteger(sum))
      add(`${at}.prices`, 'comparisonPriceTooLarge', 'error', { tenderer });
    set.criteria.forEach((c) => {
      const ai = answerAt.get(c.id) ?? -1;
      const answer = t.answers[ai];
      if (!answer || answer.value === null) {
        add(`${at}.answers`, 'answerMissing', 'warning', { tenderer });
        return;
      }
      const path = `${at}.answers[${ai}].value`;
      const v = answer.value;
      let top = Infinity;
      if (c.kind === 'quality' && c.scoring.kind === 'yesNo') top = 1;
      if (c.kind === 'quality' && c.scoring.kind === 'scale') top = c.scoring.maxLevel;
      const wholeOnly = top !== Infinity;
      if (v < 0 || v > top || (wholeOnly && !Number.isInteger(v))) {
        add(path, 'answerOutOfRange', 'error', { tenderer, value: v, top: wholeOnly ? top : '∞' });
      } else if (
        c.kind === 'quality' &&
        c.scoring.kind === 'measured' &&
        c.scoring.direction === 'lowerIsBetter' &&
        v <= 0
      ) {
        add(path, 'answerNotPositive', 'error', { tenderer, value: v });
      }
      if (answer.reason.trim() === '')
        add(`${at}.answers[${ai}].reason`, 'reasonMissing', 'warning', { tenderer });
    });
  });
  return issues;
}
