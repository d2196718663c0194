import type { UiLanguage } from '../workspace/organisationProfile';
import type { CriteriaSet } from './criteriaPlan';
import { renderStatement } from './criteriaText';
import { checkComparable, scoreFractions, type ComparisonOutcome } from './compareTenders';
import { POINTS_TOLERANCE, rankTenders } from './ranking';
import { roundPoints } from './scoring';
import type { TenderComparison } from './tenderComparison';

/** How far from the chosen price weight a flip is flagged (± points; issue 10). */
export const SENSITIVITY_WINDOW = 10;

/** One row of the sweep table: the winner at this price weight. */
export interface SweepRow {
  priceWeightPercent: number;
  qualityWeightPercent: number;
  winnerTenderId: string;
  winnerTotalPoints: number;
  runnerUpTenderId: string | null;
  /** Winner's lead over the runner-up (points, unrounded). */
  marginPoints: number;
  /** The winner differs from the previous row's. */
  winnerChanged: boolean;
}

/** A price weight where the winner changes, exactly where the two totals are equal. */
export interface WinnerChange {
  atPriceWeightPercent: number;
  fromTenderId: string;
  toTenderId: string;
}

/** Plain-words finding for the evaluation report; text `criteria.sensitivity.<code>`. */
export interface SensitivityFinding {
  code:
    | 'noQuality'
    | 'noTenders'
    | 'stableEverywhere'
    | 'stableNear'
    | 'winnerFlipsNear'
    | 'orderFlipsNear';
  params: Record<string, string | number>;
}

/** The sweep, or the comparison's refusal when it cannot be made. */
export type SensitivityOutcome =
  | {
      ok: true;
      chosenPriceWeightPercent: number;
      rows: SweepRow[];
      changes: WinnerChange[];
      /** A winner change within ±{@link SENSITIVITY_WINDOW} of the chosen weight. */
      winnerFlipsNear: boolean;
      /** Pairs of tenders that change places within the window (any rank). */
      pairsFlippingNear: number;
      finding: SensitivityFinding;
    }
  | Extract<ComparisonOutcome, { ok: false }>;

/**
 * Sweeps the price weight p from 0 to 100 in `step` points, scaling the quality weights
 * proportionally (each wᵢ × (100 − p) / Σw), and finds where the winner changes. With
 * proportional scaling a tender's total is linear in p: total(p) = p × priceShare +
 * (100 − p) × qualityPoints / Σw, so each change point is solved exactly where two totals
 * meet. Uses unrounded points (rounding is for presentation) and the stated tie-break.
 */
export function sweepPriceWeight(
  set: CriteriaSet,
  record: TenderComparison,
  step = 1,
): SensitivityOutcome {
  const check = checkComparable(set, record);
  if (!check.ok) return check;
  const chosen = set.priceWeightPercent;
  const qualitySum = set.criteria.reduce((s, c) => s + c.weightPercent, 0);
  const f = scoreFractions(set, record);
  const base = { ok: true as const, chosenPriceWeightPercent: chosen, rows: [], changes: [] };
  if (qualitySum <= 0) {
    return {
      ...base,
      winnerFlipsNear: false,
      pairsFlippingNear: 0,
      finding: { code: 'noQuality', params: {} },
    };
  }
  if (f.compared.length === 0) {
    return {
      ...base,
      winnerFlipsNear: false,
      pairsFlippingNear: 0,
      finding: { code: 'noTenders', params: {} },
    };
  }
  const n = f.compared.length;
  const priceShare = f.price.map((x) => x.fraction);
  // Quality as a share of the whole quality weight: Σ wᵢ × fractionᵢ / Σ w.
  const qualityShare = f.compared.map(
    (_, ti) =>
      set.criteria.reduce((s, c, ci) => s + c.weightPercent * f.criteria[ci]![ti]!.fraction, 0) /
      qualitySum,
  );
  const totalAt = (ti: number, p: number) => p * priceShare[ti]! + (100 - p) * qualityShare[ti]!;
  const prices = f.comparisonPrices.map((c) => c.result);
  const ids = f.compared.map((t) => t.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const rows: SweepRow[] = [];
  const changes: WinnerChange[] = [];
  const weights: number[] = [];
  for (let p = 0; p < 100; p += step) weights.push(roundPoints(p, 6));
  weights.push(100);
  for (const p of weights) {
    const ranked = rankTenders(
      ids.map((id, ti) => ({
        tenderId: id,
        totalPoints: totalAt(ti, p),
        qualityPoints: (100 - p) * qualityShare[ti]!,
        comparisonPriceCents: prices[ti]!,
      })),
      set.tieBreak,
      record.drawingOrder,
    );
    const winner = ranked[0]!.tenderId;
    const runnerUp = ranked[1]?.tenderId ?? null;
    const wi = index.get(winner)!;
    const winnerTotal = totalAt(wi, p);
    const previous = rows.at(-1);
    const winnerChanged = previous !== undefined && previous.winnerTenderId !== winner;
    if (previous && winnerChanged) {
      const a = index.get(previous.winnerTenderId)!;
      const dPrice = priceShare[a]! - priceShare[wi]!;
      const dQuality = qualityShare[a]! - qualityShare[wi]!;
      // p·dPrice + (100 − p)·dQuality = 0  ⇒  p = −100·dQuality / (dPrice − dQuality)
      const denominator = dPrice - dQuality;
      const at = Math.abs(denominator) < POINTS_TOLERANCE ? p : (-100 * dQuality) / denominator;
      changes.push({
        atPriceWeightPercent: at,
        fromTenderId: previous.winnerTenderId,
        toTenderId: winner,
      });
    }
    rows.push({
      priceWeightPercent: p,
      qualityWeightPercent: roundPoints(100 - p, 6),
      winnerTenderId: winner,
      winnerTotalPoints: winnerTotal,
      runnerUpTenderId: runnerUp,
      marginPoints: runnerUp === null ? 0 : winnerTotal - totalAt(index.get(runnerUp)!, p),
      winnerChanged,
    });
  }
  const lo = Math.max(0, chosen - SENSITIVITY_WINDOW);
  const hi = Math.min(100, chosen + SENSITIVITY_WINDOW);
  let pairsFlippingNear = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const dLo = totalAt(a, lo) - totalAt(b, lo);
      const dHi = totalAt(a, hi) - totalAt(b, hi);
      if (
        (dLo > POINTS_TOLERANCE && dHi < -POINTS_TOLERANCE) ||
        (dLo < -POINTS_TOLERANCE && dHi > POINTS_TOLERANCE)
      ) {
        pairsFlippingNear++;
      }
    }
  }
  const near = changes.filter(
    (c) => Math.abs(c.atPriceWeightPercent - chosen) <= SENSITIVITY_WINDOW,
  );
  const name = (id: string) => f.compared[index.get(id)!]!.tenderer.name;
  const show = (p: number) => roundPoints(p, 1);
  let finding: SensitivityFinding;
  if (near.length > 0) {
    const c = near.reduce((x, y) =>
      Math.abs(y.atPriceWeightPercent - chosen) < Math.abs(x.atPriceWeightPercent - chosen) ? y : x,
    );
    finding = {
      code: 'winnerFlipsNear',
      params: {
        chosen,
        at: show(c.atPriceWeightPercent),
        from: name(c.fromTenderId),
        to: name(c.toTenderId),
        window: SENSITIVITY_WINDOW,
      },
    };
  } else if (pairsFlippingNear > 0) {
    finding = {
      code: 'orderFlipsNear',
      params: { chosen, pairs: pairsFlippingNear, window: SENSITIVITY_WINDOW },
    };
  } else if (changes.length === 0) {
    finding = {
      code: 'stableEverywhere',
      params: { chosen, winner: name(rows[0]!.winnerTenderId) },
    };
  } else {
    const nearest = changes.reduce((x, y) =>
      Math.abs(y.atPriceWeightPercent - chosen) < Math.abs(x.atPriceWeightPercent - chosen) ? y : x,
    );
    finding = {
      code: 'stableNear',
      params: { chosen, at: show(nearest.atPriceWeightPercent), window: SENSITIVITY_WINDOW },
    };
  }
  return { ...base, rows, changes, winnerFlipsNear: near.length > 0, pairsFlippingNear, finding };
}

/** The finding in words for the evaluation report, in fi, sv or en. */
export function describeSensitivity(finding: SensitivityFinding, language: UiLanguage): string {
  return renderStatement({ key: `sensitivity.${finding.code}`, params: finding.params }, language);
}
