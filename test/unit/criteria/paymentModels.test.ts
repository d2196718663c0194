import { describe, expect, it } from 'vitest';
import {
  admitClient,
  capitationMonth,
  resultFeeInvoice,
} from '../../../shared/domain/criteria/capitation';
import { describeFormulaLine, renderStatement } from '../../../shared/domain/criteria/criteriaText';
import { impactBasedMonth } from '../../../shared/domain/criteria/impactBased';
import {
  defaultCapitationModel,
  defaultImpactBasedModel,
  type CapitationModel,
} from '../../../shared/domain/criteria/paymentModel';
import { fixedPriceCost, unitPriceCost } from '../../../shared/domain/criteria/unitPricing';

function pohjoisSavo(): CapitationModel {
  const model = defaultCapitationModel();
  const ranges: Record<string, [number, number]> = {
    easy: [20_000, 40_000],
    average: [30_000, 50_000],
    hard: [40_000, 60_000],
  };
  return {
    ...model,
    resultFeePerHourCents: 1_000,
    riskGroups: model.riskGroups.map((g) => ({
      ...g,
      monthlyPriceMinCents: ranges[g.group]![0],
      monthlyPriceMaxCents: ranges[g.group]![1],
    })),
    bonusSanctions: [
      {
        id: '00000000-0000-4000-8000-00000000f001',
        name: { fi: 'koulutus', sv: 'utbildning', en: 'education' },
        factorPercent: 10,
      },
    ],
  };
}

describe('unit price and fixed price', () => {
  it('unit price per hour: 120 h × 55,50 € = 6 660,00 €', () => {
    const view = unitPriceCost('hour', 5_550, 120);
    expect(view.totalCents).toBe(666_000);
    expect(describeFormulaLine(view.lines[0]!, 'fi').replace(/\u00a0/g, ' ')).toBe(
      '120 h × 55,50 € = 6 660,00 €',
    );
  });

  it('fixed monthly price: 12 months × 2 500 € = 30 000 €', () => {
    expect(fixedPriceCost(250_000, 12).totalCents).toBe(3_000_000);
  });
});

describe('impact-based payment (Tampere 2017, DOMAIN.md § 4)', () => {
  it('has the Tampere defaults: 85 %, multiples 70/50/30/20/20, verified after 3 months', () => {
    const m = defaultImpactBasedModel();
    expect(m.baseSharePercent).toBe(85);
    expect(Object.values(m.outcomeMultiples)).toEqual([70, 50, 30, 20, 20]);
    expect(m.verificationDelayMonths).toBe(3);
  });

  it('monthly cost by hand: 400 client-days × 120 € × 0.85 + 2 × 70 × 120 € + 1 × 20 × 120 € = 60 000 €', () => {
    const view = impactBasedMonth(defaultImpactBasedModel(), {
      clientDayPriceCents: 12_000,
      clientDays: 400,
      verifiedOutcomes: { openMarketJob: 2, workTrialOrPreparatory: 1 },
    });
    expect(view.lines.map((l) => l.valueCents)).toEqual([4_080_000, 1_680_000, 240_000, 6_000_000]);
    expect(view.totalCents).toBe(6_000_000);
  });

  it('uses the edited multiples', () => {
    const model = {
      ...defaultImpactBasedModel(),
      outcomeMultiples: { ...defaultImpactBasedModel().outcomeMultiples, openMarketJob: 40 },
    };
    const view = impactBasedMonth(model, {
      clientDayPriceCents: 10_000,
      clientDays: 0,
      verifiedOutcomes: { openMarketJob: 1 },
    });
    expect(view.totalCents).toBe(400_000);
  });
});

describe('capitation + result fee (Pohjois-Savo sketch, DOMAIN.md § 3–4)', () => {
  it('has the sketch defaults: weights 0.9/1.0/1.2 and 0.4/0.8/1.5, invoiced every 4 months, cap 700', () => {
    const m = defaultCapitationModel();
    expect(m.riskGroups.map((g) => g.capitationWeight)).toEqual([0.9, 1.0, 1.2]);
    expect(m.riskGroups.map((g) => g.resultFeeWeight)).toEqual([0.4, 0.8, 1.5]);
    expect(m.invoicingIntervalMonths).toBe(4);
    expect(m.clientCapPerProvider).toBe(700);
  });

  it('admits client 700 and refuses client 701 with a message naming the cap', () => {
    const model = pohjoisSavo();
    expect(admitClient(model, 699)).toEqual({ ok: true, value: 700 });
    const refused = admitClient(model, 700);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues[0]).toMatchObject({
      code: 'clientCapExceeded',
      params: { clientNumber: 701, cap: 700 },
    });
    const text = renderStatement(
      { key: `capitationIssues.${refused.issues[0]!.code}`, params: refused.issues[0]!.params },
      'fi',
    );
    expect(text).toBe(
      'Asiakasta 701 ei voi ottaa: yhdellä palveluntuottajalla voi olla enintään 700 asiakasta.',
    );
  });

  it('monthly capitation by hand: 100 × 300 € × 0.9 + 200 × 400 € × 1.0 + 100 × 500 € × 1.2 = 167 000 €', () => {
    const r = capitationMonth(
      pohjoisSavo(),
      { easy: 30_000, average: 40_000, hard: 50_000 },
      { easy: 100, average: 200, hard: 100 },
    );
    expect(r.ok && r.value.totalCents).toBe(16_700_000);
  });

  it('refuses a monthly price outside the buyer’s range and more clients than the cap', () => {
    const r = capitationMonth(
      pohjoisSavo(),
      { easy: 10_000, average: 40_000, hard: 50_000 },
      { easy: 300, average: 300, hard: 101 },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code)).toEqual(['clientCapExceeded', 'priceOutsideRange']);
  });

  it('result fee by hand: (1000 × 0.4 + 500 × 0.8 + 200 × 1.5) h × 10 € = 11 000 €, +10 % bonus = 12 100 €', () => {
    const model = pohjoisSavo();
    const view = resultFeeInvoice(model, { easy: 1000, average: 500, hard: 200 }, [
      model.bonusSanctions[0]!.id,
    ]);
    expect(view.lines.map((l) => l.valueCents)).toEqual([
      400_000, 400_000, 300_000, 110_000, 1_210_000,
    ]);
    expect(resultFeeInvoice(model, { easy: 1000, average: 500, hard: 200 }).totalCents).toBe(
      1_100_000,
    );
  });
});
