import { describe, expect, it } from 'vitest';
import { analysePlanning } from '../../../shared/domain/planning/planningAnalysis';
import { newProcurement } from '../../../shared/domain/procurement/procurement';
import {
  emptyOrganisationProfile,
  organisationProfileSchema,
} from '../../../shared/domain/workspace/organisationProfile';

/** A 20 000 € services procurement: below the national threshold (hankintalaki 25 §). */
function small() {
  const p = newProcurement({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Pieni palvelu',
    now: '2026-12-04T10:00:00.000Z',
  });
  p.planning.valuation.undivided = {
    basis: 'total',
    amountCents: 2_000_000,
    additionalPurchasesCents: 0,
  };
  return p;
}

describe('redress below the national threshold follows the kind of organisation in the profile', () => {
  it.each([
    ['municipality', 'municipalRectification'],
    ['wellbeingServicesCounty', 'wellbeingRectification'],
    ['municipalCompany', 'noStatutoryRedress'],
  ] as const)('%s → %s', (organisationKind, redress) => {
    const analysis = analysePlanning(
      small(),
      { ...emptyOrganisationProfile, organisationKind },
      '2026-12-04',
    );
    expect(analysis.regime.ok && analysis.regime.regime).toBe('belowNational');
    expect(analysis.consequences?.redress.kind).toBe(redress);
  });

  it('reads a profile saved before the field existed as a municipality', () => {
    const { organisationKind: _, ...old } = emptyOrganisationProfile;
    expect(organisationProfileSchema.parse(old).organisationKind).toBe('municipality');
  });
});
