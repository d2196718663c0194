import { criteriaForLot, type CriteriaPlan, type CriteriaSet } from './criteriaPlan';
import { validateCriteriaSet, type CriteriaIssue } from './criteriaValidation';
import { rankTenders, type RankedTender } from './ranking';
import {
  bestValue,
  criterionFraction,
  priceFraction,
  roundPoints,
  toPoints,
  type Fraction,
  type Traced,
} from './scoring';
import {
  indexBy,
  validateTenders,
  type Tender,
  type TenderComparison,
  type TenderIssue,
} from './tenderComparison';

/** The scores of the compared tenders as shares of each maximum, before weights. */
export interface ScoreFractions {
  /** Tenders that are compared: not excluded, every minimum requirement met. */
  compared: Tender[];
  comparisonPrices: Traced[];
  price: Fraction[];
  /** `[criterion][tender]`, in the order of `set.criteria` and `compared`. */
  criteria: Fraction[][];
  lowestCents: number;
  highestCents: number;
}

/** Whether a tender is compared, excluded by the officer, or rejected for a requirement not met. */
export type TenderStatus = 'compared' | 'excluded' | 'requirementNotMet';

/** One tender's figures; every number traced to its formula and inputs. */
export interface TenderResult {
  tenderId: string;
  tendererName: string;
  status: TenderStatus;
  /** The exclusion reason, or the reasons of the requirements not met. */
  reasons: string[];
  comparisonPrice: Traced | null;
  pricePoints: Traced | null;
  criterionPoints: { criterionId: string; points: Traced }[];
  qualityPoints: Traced | null;
  totalPoints: Traced | null;
  ranking: RankedTender | null;
}

/** A fact the evaluation report should explain; text `criteria.comparisonNotes.<code>`. */
export interface ComparisonNote {
  code: 'allPricesEqualLinear' | 'noneScored' | 'noComparedTenders' | 'tieNeedsDrawing';
  params: Record<string, string | number>;
}

/** The comparison, or why it cannot be made (issues at their fields). */
export type ComparisonOutcome =
  | {
      ok: true;
      tenders: TenderResult[];
      /** Compared tenders' ids, best first. */
      ranking: string[];
      notes: ComparisonNote[];
      warnings: TenderIssue[];
    }
  | { ok: false; criteriaIssues: CriteriaIssue[]; tenderIssues: TenderIssue[] };

/**
 * The checks before a comparison: the criteria set (validateCriteriaSet) and the tenders
 * (validateTenders); errors refuse, warnings are passed on.
 */
export function checkComparable(
  set: CriteriaSet,
  record: TenderComparison,
): { ok: true; warnings: TenderIssue[] } | Extract<ComparisonOutcome, { ok: false }> {
  const criteriaIssues = validateCriteriaSet(set);
  const tenderChecks = validateTenders(set, record);
  const tenderIssues = tenderChecks.filter((i) => i.severity === 'error');
  if (criteriaIssues.length > 0 || tenderIssues.length > 0) {
    return { ok: false, criteriaIssues, tenderIssues };
  }
  return { ok: true, warnings: tenderChecks };
}

/** True when the tender is compared (not excluded, every requirement met). */
export function isCompared(tender: Tender): boolean {
  return tender.exclusion === null && tender.requirements.every((r) => r.met);
}

/**
 * Scores every compared tender as a share of each maximum. Excluded tenders and tenders
 * failing a minimum requirement are left out of the lowest / highest price and of the best
 * answer, so relative scaling only counts the tenders really compared (DOMAIN.md § 4).
 * Assumes {@link validateTenders} found no errors.
 */
export function scoreFractions(set: CriteriaSet, record: TenderComparison): ScoreFractions {
  const compared = record.tenders.filter(isCompared);
  const comparisonPrices = compared.map((t): Traced => {
    const inputs: Record<string, number> = {};
    const priceAt = indexBy(t.prices, (p) => p.itemId);
    let sum = 0;
    set.pricingItems.forEach((item, i) => {
      const at = priceAt.get(item.id);
      const unit = at === undefined ? 0 : (t.prices[at]?.unitPriceCents ?? 0);
      inputs[`unitPriceCents${i + 1}`] = unit;
      inputs[`quantity${i + 1}`] = item.quantity;
      sum += unit * item.quantity;
    });
    return { formula: 'comparisonPrice', inputs, result: sum };
  });
  const cents = comparisonPrices.map((p) => p.result);
  const lowestCents = cents.length ? Math.min(...cents) : 0;
  const highestCents = cents.length ? Math.max(...cents) : 0;
  const price = cents.map((c) => priceFraction(set.priceFormula, c, lowestCents, highestCents));
  const answerMaps = compared.map((t) => {
    const map = new Map<string, number>();
    for (const a of t.answers) if (!map.has(a.criterionId)) map.set(a.criterionId, a.value ?? 0);
    return map;
  });
  const criteria = set.criteria.map((criterion) => {
    const values = answerMaps.map((m) => m.get(criterion.id) ?? 0);
    const best = bestValue(criterion, values);
    return values.map((v) => criterionFraction(criterion, set.qualityScaling, v, best));
  });
  return { compared, comparisonPrices, price, criteria, lowestCents, highestCents };
}

function requirementReasons(tender: Tender): string[] {
  if (tender.exclusion !== null) return [tender.exclusion.reason];
  return tender.requirements.filter((r) => !r.met).map((r) => r.reason);
}

/**
 * Compares the tenders of one procurement or lot: price points, points per criterion,
 * quality points, total on the 100-point scale, ranking with the stated tie-break. Refuses
 * (with every issue at its field) when the criteria or the tenders have errors.
 * Rounding: per the set — at presentation only (figures here unrounded) or each criterion
 * to `decimals` before summing.
 */
export function compareTenders(set: CriteriaSet, record: TenderComparison): ComparisonOutcome {
  const check = checkComparable(set, record);
  if (!check.ok) return check;
  const tenderChecks = check.warnings;
  const f = scoreFractions(set, record);
  const roundTo = set.rounding.stage === 'perCriterion' ? set.rounding.decimals : null;
  const notes: ComparisonNote[] = [];
  if (f.compared.length === 0) notes.push({ code: 'noComparedTenders', params: {} });
  if (set.priceFormula === 'linear' && f.compared.length > 1 && f.lowestCents === f.highestCents) {
    notes.push({ code: 'allPricesEqualLinear', params: { cents: f.lowestCents } });
  }
  set.criteria.forEach((c, ci) => {
    if (f.compared.length > 0 && f.criteria[ci]!.every((x) => x.formula === 'qualityNoneScored')) {
      notes.push({ code: 'noneScored', params: { criterionId: c.id } });
    }
  });
  const scored = f.compared.map((t, ti) => {
    const pricePoints = toPoints(f.price[ti]!, set.priceWeightPercent, roundTo);
    const criterionPoints = set.criteria.map((c, ci) => ({
      criterionId: c.id,
      points: toPoints(f.criteria[ci]![ti]!, c.weightPercent, roundTo),
    }));
    const qualityInputs: Record<string, number> = {};
    let quality = 0;
    criterionPoints.forEach((cp, i) => {
      qualityInputs[`criterion${i + 1}`] = cp.points.result;
      quality += cp.points.result;
    });
    const qualityPoints: Traced = { formula: 'qualitySum', inputs: qualityInputs, result: quality };
    const totalPoints: Traced = {
      formula: 'total',
      inputs: { pricePoints: pricePoints.result, qualityPoints: quality },
      result: pricePoints.result + quality,
    };
    return {
      tender: t,
      comparisonPrice: f.comparisonPrices[ti]!,
      pricePoints,
      criterionPoints,
      qualityPoints,
      totalPoints,
    };
  });
  const ranked = rankTenders(
    scored.map((s) => ({
      tenderId: s.tender.id,
      totalPoints: s.totalPoints.result,
      qualityPoints: s.qualityPoints.result,
      comparisonPriceCents: s.comparisonPrice.result,
    })),
    set.tieBreak,
    record.drawingOrder,
  );
  const rankOf = new Map(ranked.map((r) => [r.tenderId, r]));
  if (ranked.some((r) => r.tieUnresolved)) {
    const tied = ranked.filter((r) => r.tieUnresolved).length;
    notes.push({ code: 'tieNeedsDrawing', params: { count: tied } });
  }
  const byId = new Map(scored.map((s) => [s.tender.id, s]));
  const tenders = record.tenders.map((t): TenderResult => {
    const s = byId.get(t.id);
    const base = { tenderId: t.id, tendererName: t.tenderer.name };
    if (!s) {
      return {
        ...base,
        status: t.exclusion !== null ? 'excluded' : 'requirementNotMet',
        reasons: requirementReasons(t),
        comparisonPrice: null,
        pricePoints: null,
        criterionPoints: [],
        qualityPoints: null,
        totalPoints: null,
        ranking: null,
      };
    }
    return {
      ...base,
      status: 'compared',
      reasons: [],
      comparisonPrice: s.comparisonPrice,
      pricePoints: s.pricePoints,
      criterionPoints: s.criterionPoints,
      qualityPoints: s.qualityPoints,
      totalPoints: s.totalPoints,
      ranking: rankOf.get(t.id) ?? null,
    };
  });
  return {
    ok: true,
    tenders,
    ranking: ranked.map((r) => r.tenderId),
    notes,
    warnings: tenderChecks.filter((i) => i.severity === 'warning'),
  };
}

/** Compares a record with the criteria of its lot (its own set, or the common one). */
export function compareRecord(plan: CriteriaPlan, record: TenderComparison): ComparisonOutcome {
  return compareTenders(criteriaForLot(plan, record.lotId), record);
}

/** Points as shown: rounded once, at presentation, to the set's decimals (half away from zero). */
export function presentPoints(set: CriteriaSet, points: number): string {
  return roundPoints(points, set.rounding.decimals).toFixed(set.rounding.decimals);
}
