import { describe, expect, it } from 'vitest';
import { cite } from '../../../shared/domain/common/legalSources';
import {
  determineRegime,
  regimeConsequences,
  regimeFrame,
} from '../../../shared/domain/planning/regime';
import { tableCoverage, tableInForce } from '../../../shared/domain/planning/thresholds';

const euros = (e: number) => e * 100;
const today = '2026-11-22';

function regimeOf(input: Partial<Parameters<typeof determineRegime>[0]> & { totalCents: number }) {
  const result = determineRegime({
    authorityType: 'subCentral',
    category: 'services',
    noticeDate: '2027-03-01',
    today,
    ...input,
  });
  if (!result.ok) throw new Error('expected a regime');
  return result;
}

describe('threshold tables as dated data', () => {
  it('uses the 2026–2027 EU thresholds from 1.1.2026 (delegated regulation (EU) 2025/2152)', () => {
    expect(tableInForce('eu', '2026-01-01')?.id).toBe('eu-2026');
    expect(tableInForce('eu', '2027-12-31')?.id).toBe('eu-2026');
  });

  it('uses the 2024–2025 EU thresholds on the last day before the change (delegated regulation (EU) 2023/2495)', () => {
    expect(tableInForce('eu', '2025-12-31')?.id).toBe('eu-2024');
  });

  it('has no EU table after 31.12.2027 and says which period it covers', () => {
    expect(tableInForce('eu', '2028-01-01')).toBeNull();
    expect(tableCoverage('eu')).toEqual({ from: '2024-01-01', to: '2027-12-31' });
  });
});

describe('regime (hankintalaki 1397/2016 25–26 §)', () => {
  it('a sub-central services procurement of 216 000 € on 1.3.2027 is an EU procurement: a value exactly on the threshold reaches it (26 §, (EU) 2025/2152)', () => {
    const r = regimeOf({ totalCents: euros(216_000) });
    expect(r.regime).toBe('eu');
    expect(r.eu.thresholdCents).toBe(euros(216_000));
  });

  it('one cent below the EU threshold is a national procurement (25 § 1 mom. 1 k.)', () => {
    expect(regimeOf({ totalCents: euros(216_000) - 1 }).regime).toBe('national');
  });

  it('exactly 60 000 € of services is a national procurement, 59 999,99 € a small procurement (25 § 1 mom.)', () => {
    expect(regimeOf({ totalCents: euros(60_000) }).regime).toBe('national');
    expect(regimeOf({ totalCents: euros(60_000) - 1 }).regime).toBe('belowNational');
  });

  it('reads the threshold in force on the planned notice date: 220 000 € is EU on 31.12.2025 but not on 1.1.2026 ((EU) 2023/2495 → 2025/2152)', () => {
    expect(regimeOf({ totalCents: euros(220_000), noticeDate: '2025-12-31' }).regime).toBe(
      'national',
    );
    expect(regimeOf({ totalCents: euros(220_000), noticeDate: '2026-01-01' }).regime).toBe('eu');
  });

  it('uses the central government threshold of 140 000 € (26 §, (EU) 2025/2152)', () => {
    expect(regimeOf({ authorityType: 'central', totalCents: euros(140_000) }).regime).toBe('eu');
    expect(regimeOf({ authorityType: 'subCentral', totalCents: euros(140_000) }).regime).toBe(
      'national',
    );
  });

  it('social and health services (liite E 1–4) have a 400 000 € national and 750 000 € EU threshold (25 § 1 mom. 3 k.)', () => {
    const r = regimeOf({ category: 'socialHealthServices', totalCents: euros(400_000) });
    expect(r.regime).toBe('national');
    expect(r.national?.thresholdCents).toBe(euros(400_000));
    expect(regimeOf({ category: 'socialHealthServices', totalCents: euros(399_999) }).regime).toBe(
      'belowNational',
    );
    expect(regimeOf({ category: 'socialHealthServices', totalCents: euros(750_000) }).regime).toBe(
      'eu',
    );
  });

  it('other specific services (liite E 5–15) have a 300 000 € national threshold (25 § 1 mom. 4 k.)', () => {
    expect(regimeOf({ category: 'otherSpecificServices', totalCents: euros(300_000) }).regime).toBe(
      'national',
    );
  });

  it('works have a 150 000 € national and 5 404 000 € EU threshold (25 § 1 mom. 2 k., (EU) 2025/2152)', () => {
    expect(regimeOf({ category: 'works', totalCents: euros(149_999) }).regime).toBe(
      'belowNational',
    );
    expect(regimeOf({ category: 'works', totalCents: euros(5_403_999) }).regime).toBe('national');
    expect(regimeOf({ category: 'works', totalCents: euros(5_404_000) }).regime).toBe('eu');
  });

  it('concessions have a 500 000 € national threshold (25 § 1 mom. 5 k.)', () => {
    expect(regimeOf({ category: 'serviceConcession', totalCents: euros(500_000) }).regime).toBe(
      'national',
    );
  });

  it('utilities have no national threshold: below 432 000 € the utilities act does not apply (laki 1398/2016, (EU) 2025/2150)', () => {
    const below = regimeOf({ authorityType: 'utility', totalCents: euros(431_999) });
    expect(below.regime).toBe('utilityBelowEu');
    expect(below.national).toBeNull();
    expect(regimeOf({ authorityType: 'utility', totalCents: euros(432_000) }).regime).toBe('eu');
  });

  it('uses today when no notice date is planned, and says so', () => {
    const r = regimeOf({ totalCents: euros(1), noticeDate: null });
    expect(r.date).toBe(today);
    expect(r.dateIsPlannedNotice).toBe(false);
  });

  it('uses the latest table for a notice in 2028 and says the thresholds are not yet published (DOMAIN.md § 2)', () => {
    const r = determineRegime({
      authorityType: 'subCentral',
      category: 'services',
      totalCents: euros(300_000),
      noticeDate: '2028-02-01',
      today,
    });
    // 300 000 € ≥ 216 000 € (eu-2026, the latest table) → EU procurement.
    expect(r).toMatchObject({
      ok: true,
      regime: 'eu',
      thresholdsNotPublishedAfter: '2027-12-31',
      eu: { thresholdCents: euros(216_000), table: { id: 'eu-2026' }, reached: true },
      national: { thresholdCents: euros(60_000), reached: true },
    });
  });

  it('has no warning for a notice date inside a published table', () => {
    const r = regimeOf({ totalCents: euros(1), noticeDate: '2027-12-31' });
    expect(r.thresholdsNotPublishedAfter).toBeNull();
  });

  it('gives a clear problem when the date falls before every table', () => {
    const r = determineRegime({
      authorityType: 'subCentral',
      category: 'services',
      totalCents: euros(300_000),
      noticeDate: '2023-12-31',
      today,
    });
    expect(r).toEqual({
      ok: false,
      problem: 'noThresholdTable',
      kind: 'eu',
      date: '2023-12-31',
      coverage: { from: '2024-01-01', to: '2027-12-31' },
    });
  });
});

describe('what follows from the regime', () => {
  const base = {
    authorityType: 'subCentral' as const,
    category: 'services' as const,
    procedure: 'open' as const,
  };

  it('EU procurement: EU notice, 14-day standstill, rectification and Market Court instructions (58 §, 129 §, 126 §)', () => {
    const c = regimeConsequences({ ...base, regime: 'eu' });
    expect(c.notice.kind).toBe('euNotice');
    expect(c.standstill).toMatchObject({ applies: true, days: 14 });
    expect(c.redress.kind).toBe('procurementLaw');
  });

  it('national goods and services: national notice, no standstill (101 §, 129 § 1 mom.)', () => {
    const c = regimeConsequences({ ...base, regime: 'national' });
    expect(c.notice.kind).toBe('nationalNotice');
    expect(c.standstill.applies).toBe(false);
    expect(c.redress.kind).toBe('procurementLaw');
  });

  it('national liite E services and concessions do have a standstill (129 § 1 mom.)', () => {
    expect(
      regimeConsequences({ ...base, category: 'socialHealthServices', regime: 'national' })
        .standstill.applies,
    ).toBe(true);
    expect(
      regimeConsequences({ ...base, category: 'serviceConcession', regime: 'national' }).standstill
        .applies,
    ).toBe(true);
  });

  it('a direct award has no standstill and may use a direct award notice (129 § 3 mom., 131 §)', () => {
    const c = regimeConsequences({ ...base, regime: 'eu', procedure: 'directAward' });
    expect(c.standstill.applies).toBe(false);
    expect(c.notice.kind).toBe('voluntaryTransparency');
  });

  it('framework call-offs: the standstill is optional and 10 days if used (129 § 2 mom., 130 §)', () => {
    const c = regimeConsequences({ ...base, regime: 'eu', procedure: 'frameworkAgreement' });
    expect(c.standstill).toMatchObject({ applies: true, callOffOptionalDays: 10 });
  });

  it('a municipal small procurement carries the Local Government Act rectification instruction (kuntalaki 410/2015 134 §)', () => {
    const c = regimeConsequences({ ...base, regime: 'belowNational' });
    expect(c.notice.kind).toBe('none');
    expect(c.standstill.applies).toBe(false);
    expect(c.redress).toMatchObject({ kind: 'municipalRectification' });
    expect(cite(c.redress.source, 'fi')).toBe('Kuntalaki 410/2015 134 §, 138 §, 141 §');
  });

  it('a wellbeing services county gets the oikaisuvaatimus of laki 611/2021, a municipal company none', () => {
    const county = regimeConsequences({
      ...base,
      regime: 'belowNational',
      organisationKind: 'wellbeingServicesCounty',
    });
    expect(county.redress.kind).toBe('wellbeingRectification');
    expect(cite(county.redress.source, 'fi')).toContain('Laki hyvinvointialueesta 611/2021');
    expect(
      regimeConsequences({ ...base, regime: 'belowNational', organisationKind: 'municipalCompany' })
        .redress.kind,
    ).toBe('noStatutoryRedress');
  });

  it('an EU procurement and an EU direct award need a contract award notice; a national one does not', () => {
    expect(regimeConsequences({ ...base, regime: 'eu' }).awardNotice.required).toBe(true);
    expect(
      regimeConsequences({ ...base, regime: 'eu', procedure: 'directAward' }).awardNotice.required,
    ).toBe(true);
    expect(regimeConsequences({ ...base, regime: 'national' }).awardNotice.required).toBe(false);
  });

  it('a direct award without a transparency notice: 6-month appeal period, ineffectiveness risk in EU only (147 §, 155 §)', () => {
    expect(
      regimeConsequences({ ...base, regime: 'eu', procedure: 'directAward' }).directAwardRisk,
    ).toMatchObject({ appealPeriodMonths: 6, ineffectivenessRisk: true });
    expect(
      regimeConsequences({ ...base, regime: 'national', procedure: 'directAward' }).directAwardRisk,
    ).toMatchObject({ appealPeriodMonths: 6, ineffectivenessRisk: false });
    expect(regimeConsequences({ ...base, regime: 'eu' }).directAwardRisk).toBeNull();
  });

  it('notes the standstill exception for the only tenderer where a standstill applies (130 §)', () => {
    expect(regimeConsequences({ ...base, regime: 'eu' }).standstill.singleTendererException).toBe(
      true,
    );
    expect(
      regimeConsequences({ ...base, regime: 'national' }).standstill.singleTendererException,
    ).toBe(false);
  });

  it('utilities: standstill and redress cite laki 1398/2016, not hankintalaki', () => {
    const c = regimeConsequences({ ...base, authorityType: 'utility', regime: 'eu' });
    expect(cite(c.standstill.source, 'fi')).toBe(
      'Erityisalojen hankintalaki 1398/2016 (odotusaika)',
    );
    expect(c.redress.kind).toBe('utilityLaw');
    expect(cite(c.redress.source, 'fi')).toContain('1398/2016');
  });

  it('names the frame: liite E chapter 12, concessions chapter 13, utilities 1398/2016', () => {
    expect(regimeFrame('eu', 'subCentral', 'socialHealthServices')).toBe('annexE');
    expect(regimeFrame('eu', 'subCentral', 'serviceConcession')).toBe('concession');
    expect(regimeFrame('eu', 'utility', 'goods')).toBe('utility');
    expect(regimeFrame('eu', 'subCentral', 'goods')).toBe('classic');
    expect(regimeFrame('belowNational', 'subCentral', 'goods')).toBeNull();
  });

  it('a central government small procurement does not get the municipal instruction', () => {
    expect(
      regimeConsequences({ ...base, authorityType: 'central', regime: 'belowNational' }).redress
        .kind,
    ).toBe('ownRules');
  });
});
