import { call } from '../../api/client';

type ListResult = ReturnType<typeof call<'procurement:list'>>;

let pending: ListResult | null = null;
let settled: Awaited<ListResult> | null = null;

/**
 * Starts fetching the procurement list at page load, alongside the settings and the texts,
 * when the first screen is the list: the list's first paint then waits for the slowest of
 * the three instead of their sum.
 */
export function prefetchList(): void {
  const started = call('procurement:list', {});
  pending = started;
  void started.then((result) => {
    if (pending === started) settled = result;
  });
}

/**
 * The prefetched list if it has already arrived: the list then renders with its rows in its
 * very first render instead of a render later. {@link takeList} forgets it.
 */
export function arrivedList(): Awaited<ListResult> | null {
  return settled;
}

/** The prefetched list (once), or a fresh fetch. */
export function takeList(): ListResult {
  const taken = pending;
  pending = null;
  settled = null;
  return taken ?? call('procurement:list', {});
}
