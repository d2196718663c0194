import { describe, expect, it } from 'vitest';
import { readProcurementFileText } from '../../../shared/records/procurementFile';

/** A version 1 file goes through v1 → v2 → v3; the planning corrections get their defaults. */
describe('v2 → v3 migration: defaults of the planning rule corrections (issue 6)', () => {
  const v1 = {
    id: '3f1c2b9e-8a4d-4c1e-9b7a-2d5e6f708192',
    revision: 4,
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-20T14:40:00.000Z',
    archived: false,
    title: 'Toimitilojen ylläpitosiivous 2027–2030',
    referenceNumber: 'HEL 2026-012345',
    description: '',
    responsiblePerson: '',
    status: 'planning',
  };

  it('keeps the full-term valuation the app used before and chooses no small lots', () => {
    const result = readProcurementFileText(JSON.stringify({ schemaVersion: 1, procurement: v1 }));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.procurement.planning.valuation.longServiceBasis).toBe('fullTerm');
    expect(result.procurement.planning.valuation.smallLotsExceptionLotIds).toEqual([]);
  });
});
