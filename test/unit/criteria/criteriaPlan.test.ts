import { describe, expect, it } from 'vitest';
import { readProcurementFileText } from '../../../shared/records/procurementFile';
import {
  criteriaForLot,
  criteriaPlanSchema,
  emptyCriteriaPlan,
  overrideForLot,
  removeLotOverride,
  withEmploymentCommitment,
} from '../../../shared/domain/criteria/criteriaPlan';
import {
  describeCriteriaText,
  renderStatement,
} from '../../../shared/domain/criteria/criteriaText';
import { validateCriteriaSet } from '../../../shared/domain/criteria/criteriaValidation';
import { defaultImpactBasedModel } from '../../../shared/domain/criteria/paymentModel';
import { CRIT_A, CRIT_B, makeSet, scale, yesNo } from './fixtures';

const LOT = '00000000-0000-4000-8000-0000000000f1';

describe('criteria plan: per procurement, per lot when lots differ', () => {
  it('starts empty and valid against its schema', () => {
    expect(criteriaPlanSchema.parse(emptyCriteriaPlan())).toEqual(emptyCriteriaPlan());
  });

  it('gives a lot its own copy of the common set and lets it follow the common set again', () => {
    const plan = overrideForLot(emptyCriteriaPlan(), LOT);
    const own = {
      ...plan,
      lotOverrides: [{ lotId: LOT, set: { ...plan.lotOverrides[0]!.set, priceWeightPercent: 70 } }],
    };
    expect(criteriaForLot(own, LOT).priceWeightPercent).toBe(70);
    expect(criteriaForLot(own, null).priceWeightPercent).toBe(100);
    expect(criteriaForLot(removeLotOverride(own, LOT), LOT).priceWeightPercent).toBe(100);
  });

  it('bounds names and refuses an unknown scoring method', () => {
    const set = makeSet(80, [
      { ...yesNo(CRIT_A, 20), name: { fi: 'x'.repeat(301), sv: '', en: '' } },
    ]);
    expect(criteriaPlanSchema.safeParse({ common: set, lotOverrides: [] }).success).toBe(false);
    const odd = makeSet(80, [{ ...yesNo(CRIT_A, 20), scoring: { kind: 'guess' } } as never]);
    expect(criteriaPlanSchema.safeParse({ common: odd, lotOverrides: [] }).success).toBe(false);
  });
});

describe('hostile numbers in the stored plan', () => {
  it.each([101, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a price weight of %s', (w) => {
    const set = makeSet(80, [yesNo(CRIT_A, 20)], { priceWeightPercent: w });
    expect(criteriaPlanSchema.safeParse({ common: set, lotOverrides: [] }).success).toBe(false);
  });

  it('refuses more than 60 criteria and a scale above 10 levels', () => {
    const many = Array.from({ length: 61 }, () => yesNo(CRIT_A, 0));
    expect(
      criteriaPlanSchema.safeParse({ common: makeSet(100, many), lotOverrides: [] }).success,
    ).toBe(false);
    const tall = makeSet(80, [scale(CRIT_B, 20, 11)]);
    expect(criteriaPlanSchema.safeParse({ common: tall, lotOverrides: [] }).success).toBe(false);
  });
});

describe('criteria validation (hankintalaki 93–94 §, DOMAIN.md § 4)', () => {
  it('refuses weights that do not add up to 100, with the numbers at the price weight field', () => {
    const issues = validateCriteriaSet(makeSet(80, [yesNo(CRIT_A, 10), scale(CRIT_B, 5, 4)]));
    expect(issues).toEqual([
      {
        path: 'priceWeightPercent',
        code: 'weightsNotHundred',
        params: { total: '95', price: '80', quality: '15', difference: '5' },
      },
    ]);
    expect(
      renderStatement({ key: `issues.${issues[0]!.code}`, params: issues[0]!.params }, 'fi'),
    ).toBe('Painoarvojen summa on 95 (hinta 80 + laatu 15); sen on oltava 100. Erotus: 5.');
  });

  it('accepts 80 / 20 and decimals that add up to 100 (33.3 + 33.3 + 33.4)', () => {
    expect(validateCriteriaSet(makeSet(80, [yesNo(CRIT_A, 10), scale(CRIT_B, 10, 4)]))).toEqual([]);
    const thirds = makeSet(33.3, [yesNo(CRIT_A, 33.3), scale(CRIT_B, 33.4, 4)]);
    expect(validateCriteriaSet(thirds)).toEqual([]);
  });

  it('requires a tie-break rule stated in advance, each rule once', () => {
    const codes = validateCriteriaSet(makeSet(80, [yesNo(CRIT_A, 20)], { tieBreak: [] })).map(
      (i) => i.code,
    );
    expect(codes).toEqual(['tieBreakMissing']);
    const twice = validateCriteriaSet(
      makeSet(80, [yesNo(CRIT_A, 20)], { tieBreak: ['lowerPrice', 'lowerPrice'] }),
    );
    expect(twice.map((i) => i.path)).toEqual(['tieBreak[1]']);
  });

  it('lowest price compares price alone; price-quality ratio needs a quality criterion', () => {
    expect(
      validateCriteriaSet(makeSet(80, [yesNo(CRIT_A, 20)], { awardBasis: 'lowestPrice' })).map(
        (i) => i.code,
      ),
    ).toEqual(['priceOnlyBasisHasQuality']);
    expect(validateCriteriaSet(makeSet(100, [])).map((i) => i.code)).toEqual(['noQualityCriteria']);
    expect(validateCriteriaSet(makeSet(100, [], { awardBasis: 'costIncludingLifeCycle' }))).toEqual(
      [],
    );
  });

  it('keeps the employment-commitment slot open until the employment clause phase fills it', () => {
    const slot = {
      id: CRIT_A,
      kind: 'employmentCommitment' as const,
      name: { fi: 'Työllistäminen', sv: '', en: '' },
      weightPercent: 20,
    };
    expect(
      validateCriteriaSet(makeSet(80, [{ ...slot, params: null }])).map((i) => i.code),
    ).toEqual(['employmentParamsMissing']);
    const reversed = makeSet(80, [
      { ...slot, params: { baselinePersonMonths: 6, capPersonMonths: 6 } },
    ]);
    expect(validateCriteriaSet(reversed).map((i) => i.code)).toEqual([
      'employmentCapNotAboveBaseline',
    ]);
  });

  it('asks for every scale level’s description and a Finnish name', () => {
    const c = scale(CRIT_B, 20, 2);
    const missing = {
      ...c,
      scoring: { kind: 'scale' as const, maxLevel: 2, levels: [] },
      name: { fi: ' ', sv: '', en: '' },
    };
    expect(validateCriteriaSet(makeSet(80, [missing])).map((i) => i.code)).toEqual([
      'nameMissing',
      'scaleLevelMissing',
      'scaleLevelMissing',
      'scaleLevelMissing',
    ]);
  });
});

describe('criteria in plain words for the documents (fi, sv, en)', () => {
  const set = makeSet(80, [yesNo(CRIT_A, 10), scale(CRIT_B, 10, 4)], {
    paymentModel: defaultImpactBasedModel(),
  });

  it('states basis, weights, formula, scaling, each criterion, tie-break, rounding and payment model', () => {
    const fi = describeCriteriaText(set, 'fi');
    expect(fi[0]).toBe(
      'Tarjouksista valitaan kokonaistaloudellisesti edullisin, joka on hinta-laatusuhteeltaan paras.',
    );
    expect(fi).toContain(
      'Hinnan painoarvo on 80 pistettä ja laadun 20 pistettä, yhteensä 100 pistettä.',
    );
    expect(fi).toContain('Hintapisteet = halvin vertailuhinta / tarjouksen vertailuhinta × 80.');
    expect(fi).toContain('Arvioidaan asteikolla 0–4.');
    expect(fi).toContain(
      'Jos kokonaispisteet ovat tasan, etusijalla on 1) enemmän laatupisteitä saanut tarjous, 2) vertailuhinnaltaan halvempi tarjous, 3) arvonta.',
    );
    expect(
      fi.some((t) => t.includes('85 %') && t.includes('70-kertainen') && t.includes('3 kuukauden')),
    ).toBe(true);
    expect(fi.some((t) => t.includes('2 desimaalin'))).toBe(true);
  });

  it('writes Swedish and English with the same numbers, and changes when the weights change', () => {
    expect(describeCriteriaText(set, 'sv')).toContain(
      'Priset viktas med 80 poäng och kvaliteten med 20 poäng, sammanlagt 100 poäng.',
    );
    expect(describeCriteriaText(set, 'en')).toContain(
      'Price is weighted 80 points and quality 20 points, 100 points in total.',
    );
    const changed = describeCriteriaText(
      { ...set, priceWeightPercent: 70, criteria: [yesNo(CRIT_A, 15), scale(CRIT_B, 15, 4)] },
      'fi',
    );
    expect(changed).toContain(
      'Hinnan painoarvo on 70 pistettä ja laadun 30 pistettä, yhteensä 100 pistettä.',
    );
  });
});

describe('older procurement files (migration 2 → 3)', () => {
  it('gives an upgraded version 1 file the empty criteria plan', () => {
    const v1 = {
      id: '3f1c2b9e-8a4d-4c1e-9b7a-2d5e6f708192',
      revision: 1,
      createdAt: '2026-11-02T09:15:00.000Z',
      updatedAt: '2026-11-20T14:40:00.000Z',
      archived: false,
      title: 'Kuntouttava työtoiminta',
      referenceNumber: '',
      description: '',
      responsiblePerson: '',
      status: 'planning',
    };
    const result = readProcurementFileText(JSON.stringify({ schemaVersion: 1, procurement: v1 }));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.procurement.criteria).toEqual(emptyCriteriaPlan());
  });
});

describe('employment-commitment slot (issue 11 fills it)', () => {
  it('adds the criterion once with weight 0 and then only updates its parameters', () => {
    const named = { id: CRIT_A, name: { fi: 'Työllistämissitoumus', sv: '', en: '' } };
    const added = withEmploymentCommitment(makeSet(100, []), named, null);
    expect(added.criteria).toEqual([
      { ...named, kind: 'employmentCommitment', weightPercent: 0, params: null },
    ]);
    const filled = withEmploymentCommitment(
      {
        ...added,
        priceWeightPercent: 90,
        criteria: [{ ...added.criteria[0]!, weightPercent: 10 }],
      },
      { id: CRIT_B, name: named.name },
      { baselinePersonMonths: 0, capPersonMonths: 24 },
    );
    expect(filled.criteria).toHaveLength(1);
    expect(filled.criteria[0]).toMatchObject({
      id: CRIT_A,
      weightPercent: 10,
      params: { capPersonMonths: 24 },
    });
    expect(validateCriteriaSet(filled)).toEqual([]);
  });
});
