import { assertNever } from '../../assertNever';
import type { TieBreakRule } from './criteriaPlan';

/** What ranking needs of one compared tender. */
export interface RankEntry {
  tenderId: string;
  totalPoints: number;
  qualityPoints: number;
  comparisonPriceCents: number;
}

/** A ranked tender: its place (shared when a tie stays unresolved) and how a tie was broken. */
export interface RankedTender {
  tenderId: string;
  rank: number;
  /** The tie-break rule that separated it from an equal neighbour, if one did. */
  tieBrokenBy: TieBreakRule | null;
  /** Equal with a neighbour after every stated rule (e.g. lots not yet drawn). */
  tieUnresolved: boolean;
}

/**
 * Points closer than this are equal: sums of the same points in another order can differ in
 * the last binary digit, and points are only rounded at presentation.
 */
export const POINTS_TOLERANCE = 1e-9;

function comparePoints(a: number, b: number): number {
  return Math.abs(a - b) <= POINTS_TOLERANCE ? 0 : b - a;
}

/** −/0/+ for one tie-break rule between two tenders (negative: `a` first). */
function compareBy(
  rule: TieBreakRule,
  a: RankEntry,
  b: RankEntry,
  drawn: Map<string, number>,
): number {
  switch (rule) {
    case 'higherQualityPoints':
      return comparePoints(a.qualityPoints, b.qualityPoints);
    case 'lowerPrice':
      return a.comparisonPriceCents - b.comparisonPriceCents;
    case 'drawingLots': {
      const da = drawn.get(a.tenderId);
      const db = drawn.get(b.tenderId);
      return da === undefined || db === undefined ? 0 : da - db;
    }
    default:
      return assertNever(rule);
  }
}

/** Position of each tender in the recorded drawing of lots. */
export function drawingIndex(drawingOrder: readonly string[]): Map<string, number> {
  return new Map(drawingOrder.map((id, i) => [id, i]));
}

/** −/0/+ between two tenders: total points, then the tie-break rules in order (negative: `a` first). */
export function compareEntries(
  a: RankEntry,
  b: RankEntry,
  rules: readonly TieBreakRule[],
  drawn: Map<string, number>,
): number {
  const byTotal = comparePoints(a.totalPoints, b.totalPoints);
  if (byTotal !== 0) return byTotal;
  for (const rule of rules) {
    const c = compareBy(rule, a, b, drawn);
    if (c !== 0) return c;
  }
  return 0;
}

/** The first rule that separates two equal totals, or null. */
function decidingRule(
  a: RankEntry,
  b: RankEntry,
  rules: readonly TieBreakRule[],
  drawn: Map<string, number>,
): TieBreakRule | null {
  for (const rule of rules) if (compareBy(rule, a, b, drawn) !== 0) return rule;
  return null;
}

/**
 * Ranks compared tenders by total points, highest first; equal totals go to the stated
 * tie-break rules in order (DOMAIN.md § 4: a rule stated in advance; none is in the law).
 * `drawingOrder` is the recorded result of drawing lots, best first.
 */
export function rankTenders(
  entries: readonly RankEntry[],
  rules: readonly TieBreakRule[],
  drawingOrder: readonly string[],
): RankedTender[] {
  const drawn = drawingIndex(drawingOrder);
  const sorted = [...entries].sort((a, b) => compareEntries(a, b, rules, drawn));
  const out: RankedTender[] = sorted.map((e, i) => ({
    tenderId: e.tenderId,
    rank: i + 1,
    tieBrokenBy: null,
    tieUnresolved: false,
  }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (comparePoints(prev.totalPoints, cur.totalPoints) !== 0) continue;
    const rule = decidingRule(prev, cur, rules, drawn);
    const [p, c] = [out[i - 1]!, out[i]!];
    if (rule === null) {
      c.rank = p.rank;
      p.tieUnresolved = true;
      c.tieUnresolved = true;
    } else {
      p.tieBrokenBy ??= rule;
      c.tieBrokenBy ??= rule;
    }
  }
  return out;
}
