import { performance } from 'node:perf_hooks';

/** Milliseconds one async call takes, rounded to 0.01 ms. */
export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return round(performance.now() - start);
}

/** Milliseconds one sync call takes. */
export function timeSync(work: () => unknown): number {
  const start = performance.now();
  work();
  return round(performance.now() - start);
}

/** The p-th percentile (nearest rank) of a list of figures. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] ?? 0);
}

/** Rounds to two decimals. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
