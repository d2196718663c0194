import { round } from './measure';

/** How a figure was taken: warm = same process, caches filled; cold = a new process. */
export type BenchState = 'warm' | 'cold';

/** One benchmark figure over several runs. */
export interface Figure {
  min: number;
  median: number;
  max: number;
  runs: number;
  state: BenchState;
  unit: string;
}

/** min / median / max of `values` (median of an even count: the mean of the middle two). */
export function figure(values: readonly number[], state: BenchState, unit = 'ms'): Figure {
  if (values.length === 0) throw new Error('A figure needs at least one run');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    min: round(sorted[0]!),
    median: round(median),
    max: round(sorted.at(-1)!),
    runs: values.length,
    state,
    unit,
  };
}

/** A ratio of two figures, side by side with both (ratio of medians, and its range). */
export interface Ratio {
  ratio: number;
  /** min(a)/max(b) … max(a)/min(b): the spread the runs allow. */
  low: number;
  high: number;
  numerator: Figure;
  denominator: Figure;
}

/** `a ÷ b` over medians, with the range the runs allow. */
export function ratio(a: Figure, b: Figure): Ratio {
  return {
    ratio: round(a.median / b.median),
    low: round(a.min / b.max),
    high: round(a.max / b.min),
    numerator: a,
    denominator: b,
  };
}

/** Runs `work` `runs` times and returns each run's result. */
export async function repeat(
  runs: number,
  work: (run: number) => Promise<number>,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await work(i));
  return out;
}
