import {
  emptyTenderComparison,
  type TenderComparison,
} from '../../domain/criteria/tenderComparison';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';
import type { KeyedQueue } from '../keyedQueue';
import type { ServiceDeps } from '../ports';
import { assertNoPersonalData } from './personalDataGuard';

type Handlers = Pick<
  ServiceHandlers,
  'record:tenderComparison:get' | 'record:tenderComparison:save'
>;

const KIND = 'tenderComparison';

/**
 * Tender comparisons and the criteria library (issue 10). Tender comparisons: one record per procurement, or per lot, stored apart from
 * the procurement file through the workspace's RecordRepository. The record's `revision`
 * mirrors the stored one (0 = not stored yet), so the renderer saves with the revision it
 * edited and a stale one is the typed `conflict`, as for procurements.
 */
export function tenderComparisonHandlers(deps: ServiceDeps, queue: KeyedQueue): Handlers {
  const find = async (procurementId: string, lotId: string | null) => {
    const { items } = await deps.records.list(procurementId, KIND);
    return items.find((s) => s.record.lotId === lotId) ?? null;
  };
  const withStored = (record: TenderComparison, revision: number): TenderComparison => ({
    ...record,
    revision,
  });

  return {
    'record:tenderComparison:get': async ({ procurementId, lotId }) => {
      // The procurement must exist (notFound otherwise), and the lot must be one of its lots.
      const procurement = await deps.procurements.get(procurementId);
      if (lotId !== null && !procurement.lots.some((l) => l.id === lotId)) {
        throw new ServiceError('notFound', { id: lotId });
      }
      const stored = await find(procurementId, lotId);
      if (stored) return withStored(stored.record, stored.revision);
      return emptyTenderComparison(deps.newId(), procurementId, lotId, deps.now().toISOString());
    },

    'record:tenderComparison:save': ({ comparison }) =>
      queue.run(`${comparison.procurementId}:${KIND}`, async () => {
        const existing = await find(comparison.procurementId, comparison.lotId);
        if (existing && existing.recordId !== comparison.id) {
          // Another comparison for the same lot was stored meanwhile (e.g. a second window).
          throw new ServiceError('conflict', { stored: existing.revision, given: 0 });
        }
        const next: TenderComparison = { ...comparison, updatedAt: deps.now().toISOString() };
        assertNoPersonalData(next, [], 'generic');
        const saved = await deps.records.put({
          procurementId: comparison.procurementId,
          kind: KIND,
          recordId: comparison.id,
          record: next,
          expectedRevision: comparison.revision === 0 ? null : comparison.revision,
        });
        return withStored(saved.record, saved.revision);
      }),
  };
}
