import { describe, expect, it } from 'vitest';
import { procedureAvailability } from '../../../shared/domain/planning/procedureGuide';

describe('procedureAvailability: refusing a small procurement at choice time (hankintalaki 25 § 2 mom.; issue 7 § 1)', () => {
  it('refuses a small procurement in an EU and a national procurement, naming the regime', () => {
    expect(procedureAvailability('smallProcurement', 'eu')).toEqual({
      kind: 'refused',
      reason: 'smallProcurementUnderAct',
      regime: 'eu',
    });
    expect(procedureAvailability('smallProcurement', 'national')).toEqual({
      kind: 'refused',
      reason: 'smallProcurementUnderAct',
      regime: 'national',
    });
  });

  it('offers it below the national threshold and for utilities below the EU threshold (laki 1398/2016)', () => {
    expect(procedureAvailability('smallProcurement', 'belowNational')).toEqual({
      kind: 'available',
    });
    expect(procedureAvailability('smallProcurement', 'utilityBelowEu')).toEqual({
      kind: 'available',
    });
  });

  it('refuses nothing while the regime is unknown, and offers the open procedure everywhere', () => {
    expect(procedureAvailability('smallProcurement', null)).toEqual({ kind: 'regimeUnknown' });
    expect(procedureAvailability('open', 'eu')).toEqual({ kind: 'available' });
  });
});
