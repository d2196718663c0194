import type { UiLanguage } from '../workspace/organisationProfile';
import type { CriteriaSet } from './criteriaPlan';
import { renderStatement } from './criteriaText';
import { checkComparable, scoreFractions, type ComparisonOutcome } from './compareTenders';
import {
  compareEntries,
  drawingIndex,
  POINTS_TOLERANCE,
  rankTenders,
  type RankEntry,
} from './ranking';
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
 * meet; the chosen winner's whole winning interval is solved exactly for the ±10 flag.
 * Uses unrounded points (rounding is for presentation) and the stated tie-break.
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
  const drawn = drawingIndex(record.drawingOrder);
  const entries: RankEntry[] = ids.map((id, ti) => ({
    tenderId: id,
    totalPoints: 0,
    qualityPoints: 0,
    comparisonPriceCents: prices[ti]!,
  }));
  for (const p of weights) {
    // Only the winner and runner-up are needed per step: one pass instead of a sort.
    let first: RankEntry | null = null;
    let second: RankEntry | null = null;
    for (let ti = 0; ti < n; ti++) {
      const e = entries[ti]!;
      e.totalPoints = totalAt(ti, p);
      e.qualityPoints = (100 - p) * qualityShare[ti]!;
      if (first === null || compareEntries(e, first, set.tieBreak, drawn) < 0) {
        second = first;
        first = e;
      } else if (second === null || compareEntries(e, second, set.tieBreak, drawn) < 0) {
        second = e;
      }
    }
    if (first === null) break;
    const winner = first.tenderId;
    const runnerUp = second?.tenderId ?? null;
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
  // The chosen weight's winner W wins on one interval [from, to] of price weights (the upper
  // envelope of straight lines): against each other tender b, total_W − total_b =
  // 100·(qW − qb) + p·((pW − pb) − (qW − qb)) ≥ 0 bounds p from below or above. Exact, so a
  // change between two sweep steps is not missed.
  const chosenRanked = rankTenders(
    ids.map((id, ti) => ({
      tenderId: id,
      totalPoints: totalAt(ti, chosen),
      qualityPoints: (100 - chosen) * qualityShare[ti]!,
      comparisonPriceCents: prices[ti]!,
    })),
    set.tieBreak,
    record.drawingOrder,
  );
  const w = index.get(chosenRanked[0]!.tenderId)!;
  let from = 0;
  let to = 100;
  let fromRival: number | null = null;
  let toRival: number | null = null;
  for (let b = 0; b < n; b++) {
    if (b === w) continue;
    const c0 = 100 * (qualityShare[w]! - qualityShare[b]!);
    const c1 = priceShare[w]! - priceShare[b]! - (qualityShare[w]! - qualityShare[b]!);
    if (Math.abs(c1) < POINTS_TOLERANCE) continue;
    const cross = -c0 / c1;
    if (c1 > 0 && cross > from) [from, fromRival] = [cross, b];
    if (c1 < 0 && cross < to) [to, toRival] = [cross, b];
  }
  const name = (ti: number) => f.compared[ti]!.tenderer.name;
  const show = (p: number) => roundPoints(p, 1);
  const candidates = [
    ...(fromRival !== null && from > 0 ? [{ at: from, rival: fromRival }] : []),
    ...(toRival !== null && to < 100 ? [{ at: to, rival: toRival }] : []),
  ].sort((x, y) => Math.abs(x.at - chosen) - Math.abs(y.at - chosen));
  const nearest = candidates[0];
  const winnerFlipsNear =
    nearest !== undefined && Math.abs(nearest.at - chosen) <= SENSITIVITY_WINDOW;
  let finding: SensitivityFinding;
  if (nearest && winnerFlipsNear) {
    finding = {
      code: 'winnerFlipsNear',
      params: {
        chosen,
        at: show(nearest.at),
        from: name(w),
        to: name(nearest.rival),
        window: SENSITIVITY_WINDOW,
      },
    };
  } else if (pairsFlippingNear > 0) {
    finding = {
      code: 'orderFlipsNear',
      params: { chosen, pairs: pairsFlippingNear, window: SENSITIVITY_WINDOW },
    };
  } else if (!nearest) {
    finding = { code: 'stableEverywhere', params: { chosen, winner: name(w) } };
  } else {
    finding = {
      code: 'stableNear',
      params: { chosen, at: show(nearest.at), window: SENSITIVITY_WINDOW },
    };
  }
  return { ...base, rows, changes, winnerFlipsNear, pairsFlippingNear, finding };
}

/** The finding in words for the evaluation report, in fi, sv or en. */
export function describeSensitivity(finding: SensitivityFinding, language: UiLanguage): string {
  return renderStatement({ key: `sensitivity.${finding.code}`, params: finding.params }, language);
}
