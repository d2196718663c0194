import { describe, expect, it } from 'vitest';
import {
  emptyScenarioLevel,
  simulateCost,
  type ScenarioInput,
} from '../../../shared/domain/criteria/costScenario';
import {
  defaultCapitationModel,
  defaultImpactBasedModel,
} from '../../../shared/domain/criteria/paymentModel';
import type { ContractTerm } from '../../../shared/domain/planning/valuation';

const OPTION = '00000000-0000-4000-8000-00000000a0a1';

function impactInput(): ScenarioInput {
  const level = (endingPerMonth: number) => ({
    ...emptyScenarioLevel(),
    unitsPerMonth: 400,
    clientsEndingPerMonth: endingPerMonth,
    outcomeRatePercent: { ...emptyScenarioLevel().outcomeRatePercent, openMarketJob: 10 },
  });
  return {
    priceCents: 12_000,
    capitationPriceCents: { easy: 0, average: 0, hard: 0 },
    levels: { low: level(5), expected: level(10), high: level(20) },
  };
}

describe('cost scenario simulator (issue 10; periods from planning contractPeriods)', () => {
  it('impact-based, 12 months: base every month, outcome fees 3 months later, the last three paid after the end', () => {
    const term: ContractTerm = { kind: 'fixed', baseMonths: 12, options: [], extensionMonths: 0 };
    const r = simulateCost(defaultImpactBasedModel(), term, '2027-01-01', impactInput());
    if (!r.ok) throw new Error('refused');
    // Base 400 × 120 € × 0.85 = 40 800 €/month; expected 10 ending × 10 % × 70 × 120 € = 8 400 € from month 4.
    expect(r.monthly[0]!.costCents.expected).toBe(4_080_000);
    expect(r.monthly[3]!.costCents.expected).toBe(4_920_000);
    expect(r.periods[0]).toMatchObject({
      kind: 'base',
      months: 12,
      totalCents: { expected: 12 * 4_080_000 + 9 * 840_000 },
    });
    expect(r.periods[1]).toMatchObject({ kind: 'afterEnd', totalCents: { expected: 3 * 840_000 } });
    expect(r.totalCents.expected).toBe(59_040_000);
    expect(r.totalCents.low).toBe(48_960_000 + 12 * 420_000);
    expect(r.expectedMonth.at(-1)!.valueCents).toBe(4_920_000);
  });

  it('counts option periods as rows of their own, dated from the planning term', () => {
    const term: ContractTerm = {
      kind: 'fixed',
      baseMonths: 24,
      options: [{ id: OPTION, count: 2, months: 12, likely: true, note: '' }],
      extensionMonths: 0,
    };
    const r = simulateCost(
      { kind: 'unitPrice', unit: 'clientDay' },
      term,
      '2027-01-01',
      impactInput(),
    );
    if (!r.ok) throw new Error('refused');
    expect(r.periods.map((p) => [p.kind, p.n, p.start, p.months])).toEqual([
      ['base', 0, '2027-01-01', 24],
      ['option', 1, '2029-01-01', 12],
      ['option', 2, '2030-01-01', 12],
    ]);
    // 400 client-days × 120 € = 48 000 €/month × 48 months.
    expect(r.totalCents.expected).toBe(48 * 4_800_000);
    expect(r.periods[1]!.monthlyAverageCents.expected).toBe(4_800_000);
  });

  it('simulates a contract until further notice for 48 months', () => {
    const term: ContractTerm = {
      kind: 'indefinite',
      baseMonths: 12,
      options: [],
      extensionMonths: 0,
    };
    const r = simulateCost({ kind: 'fixedPrice' }, term, '2027-01-01', {
      ...impactInput(),
      priceCents: 100_000,
    });
    expect(r.ok && r.untilFurtherNotice && r.monthly.length).toBe(48);
    expect(r.ok && r.totalCents.expected).toBe(4_800_000);
  });

  it('capitation: result fee invoiced every 4 months; a scenario over the client cap is refused', () => {
    const model = {
      ...defaultCapitationModel(),
      resultFeePerHourCents: 1_000,
      riskGroups: defaultCapitationModel().riskGroups.map((g) => ({
        ...g,
        monthlyPriceMaxCents: 100_000,
      })),
    };
    const level = {
      ...emptyScenarioLevel(),
      clientsByGroup: { easy: 10, average: 0, hard: 0 },
      employmentHoursPerClientMonth: { easy: 10, average: 0, hard: 0 },
    };
    const input: ScenarioInput = {
      priceCents: 0,
      capitationPriceCents: { easy: 30_000, average: 40_000, hard: 50_000 },
      levels: { low: level, expected: level, high: level },
    };
    const term: ContractTerm = { kind: 'fixed', baseMonths: 6, options: [], extensionMonths: 0 };
    const r = simulateCost(model, term, '2027-01-01', input);
    if (!r.ok) throw new Error('refused');
    // Capitation 10 × 300 € × 0.9 = 2 700 €/month; fee 10 × 10 h × 10 € × 0.4 = 400 €/month,
    // invoiced in month 4 (4 months) and at the end, month 6 (2 months).
    expect(r.monthly.map((m) => m.costCents.expected)).toEqual([
      270_000, 270_000, 270_000, 430_000, 270_000, 350_000,
    ]);
    const tooMany = { ...level, clientsByGroup: { easy: 701, average: 0, hard: 0 } };
    const refused = simulateCost(model, term, '2027-01-01', {
      ...input,
      levels: { ...input.levels, high: tooMany },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues[0]).toMatchObject({
        code: 'clientCapExceeded',
        params: { cap: 700, level: 'high' },
      });
  });
});
