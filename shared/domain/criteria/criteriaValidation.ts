import type { CriteriaSet } from './criteriaPlan';

/** Problems the criteria builder shows at the field; text `criteria.issues.<code>`. */
export type CriteriaIssueCode =
  | 'weightsNotHundred'
  | 'priceOnlyBasisHasQuality'
  | 'noQualityCriteria'
  | 'tieBreakMissing'
  | 'tieBreakRepeated'
  | 'nameMissing'
  | 'scaleLevelMissing'
  | 'employmentParamsMissing'
  | 'employmentCapNotAboveBaseline'
  | 'noPricingItems'
  | 'duplicateId'
  | 'priceRangeReversed';

/** One problem in a criteria set: the field (`criteria[1].weightPercent`), the code and values. */
export interface CriteriaIssue {
  path: string;
  code: CriteriaIssueCode;
  params: Record<string, string | number>;
}

/** Weights are compared to 100 with this tolerance (decimals such as 33.3 + 33.3 + 33.4). */
const WEIGHT_TOLERANCE = 1e-9;

/** Price weight + the weights of all scored criteria (points of a perfect tender). */
export function totalWeightPercent(set: CriteriaSet): number {
  return set.criteria.reduce((sum, c) => sum + c.weightPercent, set.priceWeightPercent);
}

/** Shows a weight with at most two decimals for a message. */
function showWeight(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Checks a criteria set before it is published or used in a comparison. Rules:
 * - the weights add up to 100 (hankintalaki 94 §, directive 2014/24 art. 67(5): the relative
 *   weighting is stated; our 100-point scale makes the weights the maximum points);
 * - lowest price and lowest cost (93 § 1 mom. 2–3 kohta) compare price or cost alone: price
 *   weight 100, no scored criteria; best price-quality ratio has at least one scored criterion;
 * - a tie-break rule is stated in advance, each rule once (DOMAIN.md § 4);
 * - every criterion is named, every scale level described, an employment-commitment criterion
 *   has its baseline and cap (filled by the employment clause phase) with the cap above it.
 */
export function validateCriteriaSet(set: CriteriaSet): CriteriaIssue[] {
  const issues: CriteriaIssue[] = [];
  const quality = set.criteria.reduce((sum, c) => sum + c.weightPercent, 0);
  const total = set.priceWeightPercent + quality;
  if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
    issues.push({
      path: 'priceWeightPercent',
      code: 'weightsNotHundred',
      params: {
        total: showWeight(total),
        price: showWeight(set.priceWeightPercent),
        quality: showWeight(quality),
        difference: showWeight(100 - total),
      },
    });
  }
  if (set.awardBasis !== 'bestPriceQuality' && set.criteria.length > 0) {
    issues.push({ path: 'criteria', code: 'priceOnlyBasisHasQuality', params: {} });
  }
  if (set.awardBasis === 'bestPriceQuality' && set.criteria.length === 0) {
    issues.push({ path: 'criteria', code: 'noQualityCriteria', params: {} });
  }
  if (set.tieBreak.length === 0)
    issues.push({ path: 'tieBreak', code: 'tieBreakMissing', params: {} });
  set.tieBreak.forEach((rule, i) => {
    if (set.tieBreak.indexOf(rule) !== i) {
      issues.push({ path: `tieBreak[${i}]`, code: 'tieBreakRepeated', params: { rule } });
    }
  });
  if (set.pricingItems.length === 0) {
    issues.push({ path: 'pricingItems', code: 'noPricingItems', params: {} });
  }
  const ids = new Set<string>();
  const checkId = (id: string, path: string) => {
    if (ids.has(id)) issues.push({ path, code: 'duplicateId', params: { id } });
    ids.add(id);
  };
  set.pricingItems.forEach((item, i) => {
    checkId(item.id, `pricingItems[${i}].id`);
    if (item.name.fi.trim() === '') {
      issues.push({ path: `pricingItems[${i}].name.fi`, code: 'nameMissing', params: {} });
    }
  });
  set.minimumRequirements.forEach((r, i) => {
    checkId(r.id, `minimumRequirements[${i}].id`);
    if (r.text.fi.trim() === '') {
      issues.push({ path: `minimumRequirements[${i}].text.fi`, code: 'nameMissing', params: {} });
    }
  });
  set.criteria.forEach((c, i) => {
    const at = `criteria[${i}]`;
    checkId(c.id, `${at}.id`);
    if (c.name.fi.trim() === '')
      issues.push({ path: `${at}.name.fi`, code: 'nameMissing', params: {} });
    if (c.kind === 'employmentCommitment') {
      if (c.params === null) {
        issues.push({ path: `${at}.params`, code: 'employmentParamsMissing', params: {} });
      } else if (c.params.capPersonMonths <= c.params.baselinePersonMonths) {
        issues.push({
          path: `${at}.params.capPersonMonths`,
          code: 'employmentCapNotAboveBaseline',
          params: { cap: c.params.capPersonMonths, baseline: c.params.baselinePersonMonths },
        });
      }
    } else if (c.scoring.kind === 'scale') {
      for (let level = 0; level <= c.scoring.maxLevel; level++) {
        const found = c.scoring.levels.find((l) => l.level === level);
        if (!found || found.description.fi.trim() === '') {
          issues.push({
            path: `${at}.scoring.levels`,
            code: 'scaleLevelMissing',
            params: { level },
          });
        }
      }
    }
  });
  if (set.paymentModel?.kind === 'capitation') {
    set.paymentModel.riskGroups.forEach((g, i) => {
      if (g.monthlyPriceMinCents > g.monthlyPriceMaxCents) {
        issues.push({
          path: `paymentModel.riskGroups[${i}].monthlyPriceMaxCents`,
          code: 'priceRangeReversed',
          params: { group: g.group },
        });
      }
    });
  }
  return issues;
}
