import { call } from '../../api/client';

type ListResult = ReturnType<typeof call<'procurement:list'>>;

let pending: ListResult | null = null;

/**
 * Starts fetching the procurement list at page load, alongside the settings and the texts,
 * when the first screen is the list: the list's first paint then waits for the slowest of
 * the three instead of their sum.
 */
export function prefetchList(): void {
  pending = call('procurement:list', {});
}

/** The prefetched list (once), or a fresh fetch. */
export function takeList(): ListResult {
  const taken = pending;
  pending = null;
  return taken ?? call('procurement:list', {});
}
