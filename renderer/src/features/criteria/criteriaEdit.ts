import type {
  CriteriaPlan,
  CriteriaSet,
  ScoredCriterion,
  ScoringMethod,
} from '../../../../shared/domain/criteria/criteriaPlan';
import {
  emptyScenarioLevel,
  type ScenarioInput,
} from '../../../../shared/domain/criteria/costScenario';
import {
  parseDecimalInput,
  type NumberRefusal,
} from '../../../../shared/domain/common/numberInput';
import type { TenderResult } from '../../../../shared/domain/criteria/compareTenders';
import type { Traced } from '../../../../shared/domain/criteria/scoring';
import type { Tender, TenderComparison } from '../../../../shared/domain/criteria/tenderComparison';

/**
 * Small pure helpers of the criteria UI: which set an edit goes to, new rows with their
 * defaults, and the parsing of a score typed in the comparison grid. No scoring rule lives
 * here (those are in shared/domain/criteria).
 */

/** The set that an edit of `lotId` changes: the lot's own set, or the common one. */
export function setOf(plan: CriteriaPlan, lotId: string | null): CriteriaSet {
  if (lotId === null) return plan.common;
  return plan.lotOverrides.find((o) => o.lotId === lotId)?.set ?? plan.common;
}

/** A lot has criteria of its own. */
export function hasOwnSet(plan: CriteriaPlan, lotId: string | null): boolean {
  return lotId !== null && plan.lotOverrides.some((o) => o.lotId === lotId);
}

/** A new yes/no quality criterion with no name and weight 0. */
export function newQualityCriterion(id: string): ScoredCriterion {
  return {
    id,
    kind: 'quality',
    name: { fi: '', sv: '', en: '' },
    weightPercent: 0,
    scoring: { kind: 'yesNo' },
  };
}

/** The scoring method after choosing `kind`, keeping the levels already written. */
export function scoringOfKind(current: ScoringMethod, kind: ScoringMethod['kind']): ScoringMethod {
  if (current.kind === kind) return current;
  switch (kind) {
    case 'yesNo':
      return { kind: 'yesNo' };
    case 'scale':
      return { kind: 'scale', maxLevel: 4, levels: scaleLevels(4, []) };
    case 'measured':
      return {
        kind: 'measured',
        direction: 'higherIsBetter',
        unit: { fi: '', sv: '', en: '' },
      };
  }
}

/** Levels 0…maxLevel, keeping the descriptions already written for the levels that remain. */
export function scaleLevels(
  maxLevel: number,
  existing: Extract<ScoringMethod, { kind: 'scale' }>['levels'],
): Extract<ScoringMethod, { kind: 'scale' }>['levels'] {
  return Array.from({ length: maxLevel + 1 }, (_, level) => {
    const found = existing.find((l) => l.level === level);
    return found ?? { level, description: { fi: '', sv: '', en: '' } };
  });
}

/** A new tender with an empty tenderer, nothing answered. */
export function newTender(id: string, name: string): Tender {
  return {
    id,
    tenderer: { name, businessId: '' },
    prices: [],
    answers: [],
    requirements: [],
    exclusion: null,
  };
}

/** Sets one unit price (cents) of a tender, adding the price row when missing. */
export function setPrice(tender: Tender, itemId: string, cents: number): void {
  const found = tender.prices.find((p) => p.itemId === itemId);
  if (found) found.unitPriceCents = cents;
  else tender.prices.push({ itemId, unitPriceCents: cents });
}

/** Sets one answer's value (null = not answered), adding the answer row when missing. */
export function setAnswerValue(tender: Tender, criterionId: string, value: number | null): void {
  const found = tender.answers.find((a) => a.criterionId === criterionId);
  if (found) found.value = value;
  else tender.answers.push({ criterionId, value, reason: '' });
}

/** Sets the evaluator's reason of one answer. */
export function setAnswerReason(tender: Tender, criterionId: string, reason: string): void {
  const found = tender.answers.find((a) => a.criterionId === criterionId);
  if (found) found.reason = reason;
  else tender.answers.push({ criterionId, value: null, reason });
}

/** Sets whether a tender meets one minimum requirement (and why not). */
export function setRequirement(
  tender: Tender,
  requirementId: string,
  patch: { met?: boolean; reason?: string },
): void {
  const found = tender.requirements.find((r) => r.requirementId === requirementId);
  if (found) Object.assign(found, patch);
  else
    tender.requirements.push({ requirementId, met: patch.met ?? true, reason: patch.reason ?? '' });
}

/** The tender with `id` in a record (draft), or undefined. */
export function tenderIn(record: TenderComparison, id: string): Tender | undefined {
  return record.tenders.find((t) => t.id === id);
}

/**
 * A score or measured value as typed in the grid: empty = not answered (null); otherwise read
 * by the shared number conventions (`parseDecimalInput`: comma decimals, `1 500` / `1.500`
 * grouped, `1,500` ambiguous), at most four decimals; a refusal says why.
 */
export function parseScoreInput(
  text: string,
): { ok: true; value: number | null } | { ok: false; refusal: NumberRefusal } {
  if (text.trim() === '') return { ok: true, value: null };
  return parseDecimalInput(text, { maxDecimals: 4 });
}

/** A scenario to start from: every level empty, no prices. */
export function emptyScenario(): ScenarioInput {
  return {
    priceCents: 0,
    capitationPriceCents: { easy: 0, average: 0, hard: 0 },
    levels: {
      low: emptyScenarioLevel(),
      expected: emptyScenarioLevel(),
      high: emptyScenarioLevel(),
    },
  };
}

/** A figure of a tender's result: a named total, or a criterion's points by its id. */
export type FigureKey =
  'comparisonPrice' | 'pricePoints' | 'qualityPoints' | 'totalPoints' | string;

/** The traced figure `key` of a result (null when the tender was not compared). */
export function tracedOf(result: TenderResult, key: FigureKey): Traced | null {
  switch (key) {
    case 'comparisonPrice':
      return result.comparisonPrice;
    case 'pricePoints':
      return result.pricePoints;
    case 'qualityPoints':
      return result.qualityPoints;
    case 'totalPoints':
      return result.totalPoints;
    default:
      return result.criterionPoints.find((p) => p.criterionId === key)?.points ?? null;
  }
}
