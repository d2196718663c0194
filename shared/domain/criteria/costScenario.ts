import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { addMonths, type IsoDate } from '../common/calendarDate';
import { centsSchema } from '../common/money';
import { contractPeriods } from '../planning/contractPeriods';
import type { ContractTerm } from '../planning/valuation';
import { capitationMonth, type CapitationIssue } from './capitation';
import { productCents, type FormulaLine } from './formulaLine';
import { impactBasedMonth } from './impactBased';
import { OUTCOME_TYPES, RISK_GROUPS, type PaymentModel, type RiskGroup } from './paymentModel';
import { fixedPriceCost, unitPriceCost } from './unitPricing';

const count = z.number().min(0).max(10_000_000);
const perGroup = z.strictObject({ easy: count, average: count, hard: count });

/** Volumes and rates of one scenario level (low, expected or high), per month. */
export const scenarioLevelSchema = z.strictObject({
  /** Hours, client-days or months billed per month (unit price; client-days in impact-based). */
  unitsPerMonth: count,
  /** Clients whose service ends per month (impact-based: they may reach an outcome). */
  clientsEndingPerMonth: count,
  /** Share of those clients reaching each outcome type, percent. */
  outcomeRatePercent: z.strictObject({
    openMarketJob: z.number().min(0).max(100),
    degreeEducation: z.number().min(0).max(100),
    paySubsidisedCompany: z.number().min(0).max(100),
    paySubsidisedPublicOrThirdSector: z.number().min(0).max(100),
    workTrialOrPreparatory: z.number().min(0).max(100),
  }),
  /** Capitation: clients per risk group. */
  clientsByGroup: perGroup,
  /** Capitation: verified employment hours per client per month, by risk group. */
  employmentHoursPerClientMonth: perGroup,
});
/** See {@link scenarioLevelSchema}. */
export type ScenarioLevel = z.infer<typeof scenarioLevelSchema>;

/** Scenario levels. */
export const SCENARIO_LEVELS = ['low', 'expected', 'high'] as const;
/** A scenario level. */
export type ScenarioLevelKey = (typeof SCENARIO_LEVELS)[number];

/** What the simulator needs besides the payment model and the contract term. */
export const scenarioInputSchema = z.strictObject({
  /** The offered (or expected) unit, client-day or fixed monthly price. */
  priceCents: centsSchema,
  /** Capitation: offered monthly price per client by risk group. */
  capitationPriceCents: z.strictObject({
    easy: centsSchema,
    average: centsSchema,
    hard: centsSchema,
  }),
  levels: z.strictObject({
    low: scenarioLevelSchema,
    expected: scenarioLevelSchema,
    high: scenarioLevelSchema,
  }),
});
/** See {@link scenarioInputSchema}. */
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;

/** Months simulated for a contract until further notice (estimated value rule: monthly × 48). */
export const INDEFINITE_MONTHS = 48;

/** One row of the scenario table: a contract period (or payments after the end). */
export interface ScenarioPeriodRow {
  kind: 'base' | 'option' | 'extension' | 'afterEnd';
  /** Option number (1, 2, …) for options, 0 otherwise. */
  n: number;
  start: IsoDate | null;
  months: number;
  totalCents: Record<ScenarioLevelKey, number>;
  /** Period total ÷ months, rounded to the cent (0 for `afterEnd`). */
  monthlyAverageCents: Record<ScenarioLevelKey, number>;
}

/** The simulated costs: per month (behind the chart), per period and in total. */
export type ScenarioResult =
  | {
      ok: true;
      untilFurtherNotice: boolean;
      monthly: { month: number; start: IsoDate; costCents: Record<ScenarioLevelKey, number> }[];
      periods: ScenarioPeriodRow[];
      totalCents: Record<ScenarioLevelKey, number>;
      /** The arithmetic of a steady month at the expected level. */
      expectedMonth: FormulaLine[];
    }
  | { ok: false; issues: CapitationIssue[] };

type Costs = { contract: number[]; afterEnd: number };

/** Month-by-month cost (cents) of one level over `months` months, each month rounded to the cent. */
function simulateLevel(
  model: PaymentModel,
  input: ScenarioInput,
  level: ScenarioLevel,
  months: number,
): Costs {
  const contract = new Array<number>(months).fill(0);
  let afterEnd = 0;
  const pay = (m: number, cents: number) => {
    if (m < months) contract[m] = (contract[m] ?? 0) + cents;
    else afterEnd += cents;
  };
  for (let m = 0; m < months; m++) {
    switch (model.kind) {
      case 'unitPrice':
        pay(m, unitPriceCost(model.unit, input.priceCents, level.unitsPerMonth).totalCents);
        break;
      case 'fixedPrice':
        pay(m, fixedPriceCost(input.priceCents, 1).totalCents);
        break;
      case 'impactBased': {
        pay(
          m,
          impactBasedMonth(model, {
            clientDayPriceCents: input.priceCents,
            clientDays: level.unitsPerMonth,
            verifiedOutcomes: {},
          }).totalCents,
        );
        const verifiedOutcomes = Object.fromEntries(
          OUTCOME_TYPES.map((o) => [
            o,
            (level.clientsEndingPerMonth * level.outcomeRatePercent[o]) / 100,
          ]),
        );
        const outcomes = impactBasedMonth(model, {
          clientDayPriceCents: input.priceCents,
          clientDays: 0,
          verifiedOutcomes,
        });
        // Outcomes of clients ending in month m are verified and paid `verificationDelayMonths` later.
        pay(m + model.verificationDelayMonths, outcomes.totalCents);
        break;
      }
      case 'capitation': {
        const cap = capitationMonth(model, input.capitationPriceCents, level.clientsByGroup);
        pay(m, cap.ok ? cap.value.totalCents : 0);
        // Result fee accrues monthly and is invoiced every `invoicingIntervalMonths` and at the end.
        const isInvoiceMonth = (m + 1) % model.invoicingIntervalMonths === 0 || m === months - 1;
        if (isInvoiceMonth) {
          const monthsCovered =
            m === months - 1
              ? (m + 1) % model.invoicingIntervalMonths || model.invoicingIntervalMonths
              : model.invoicingIntervalMonths;
          const fee = RISK_GROUPS.reduce((s, g) => {
            const weight = model.riskGroups.find((t) => t.group === g)?.resultFeeWeight ?? 0;
            const hours =
              level.clientsByGroup[g] * level.employmentHoursPerClientMonth[g] * monthsCovered;
            return s + productCents(hours, model.resultFeePerHourCents, weight);
          }, 0);
          pay(m, fee);
        }
        break;
      }
      default:
        assertNever(model);
    }
  }
  return { contract, afterEnd };
}

/** The arithmetic of one steady month at a level (the formula view of the scenario). */
function steadyMonthLines(
  model: PaymentModel,
  input: ScenarioInput,
  level: ScenarioLevel,
): FormulaLine[] {
  switch (model.kind) {
    case 'unitPrice':
      return unitPriceCost(model.unit, input.priceCents, level.unitsPerMonth).lines;
    case 'fixedPrice':
      return fixedPriceCost(input.priceCents, 1).lines;
    case 'impactBased':
      return impactBasedMonth(model, {
        clientDayPriceCents: input.priceCents,
        clientDays: level.unitsPerMonth,
        verifiedOutcomes: Object.fromEntries(
          OUTCOME_TYPES.map((o) => [
            o,
            (level.clientsEndingPerMonth * level.outcomeRatePercent[o]) / 100,
          ]),
        ),
      }).lines;
    case 'capitation': {
      const cap = capitationMonth(model, input.capitationPriceCents, level.clientsByGroup);
      return cap.ok ? cap.value.lines : [];
    }
    default:
      return assertNever(model);
  }
}

/**
 * Cost scenario simulator (issue 10): expected volumes and outcome rates at three levels →
 * cost per month, per contract period (base, each option, extension, and outcome fees paid
 * after the end) and in total, over the whole term including options (periods from
 * `contractPeriods`, planning). A contract until further notice is simulated for 48 months.
 * Money in cents, each month's lines rounded to the cent; bonus and sanction factors are left
 * out (they depend on events no scenario predicts).
 */
export function simulateCost(
  model: PaymentModel,
  term: ContractTerm,
  start: IsoDate,
  input: ScenarioInput,
): ScenarioResult {
  if (model.kind === 'capitation') {
    for (const key of SCENARIO_LEVELS) {
      const check = capitationMonth(
        model,
        input.capitationPriceCents,
        input.levels[key].clientsByGroup,
      );
      if (!check.ok)
        return {
          ok: false,
          issues: check.issues.map((i) => ({ ...i, params: { ...i.params, level: key } })),
        };
    }
  }
  const periods = contractPeriods(term, start);
  const untilFurtherNotice = term.kind === 'indefinite';
  const spans: Omit<ScenarioPeriodRow, 'totalCents' | 'monthlyAverageCents'>[] = untilFurtherNotice
    ? [{ kind: 'base', n: 0, start, months: INDEFINITE_MONTHS }]
    : [
        { kind: 'base', n: 0, start, months: term.baseMonths },
        ...periods.options.map((o, i) => ({
          kind: 'option' as const,
          n: i + 1,
          start: o.start,
          months: o.months,
        })),
        ...(periods.extension
          ? [
              {
                kind: 'extension' as const,
                n: 0,
                start: periods.extension.start,
                months: term.extensionMonths,
              },
            ]
          : []),
      ];
  const months = spans.reduce((s, p) => s + p.months, 0);
  const sim = Object.fromEntries(
    SCENARIO_LEVELS.map((k) => [k, simulateLevel(model, input, input.levels[k], months)]),
  ) as Record<ScenarioLevelKey, Costs>;
  const perLevel = (f: (k: ScenarioLevelKey) => number) =>
    Object.fromEntries(SCENARIO_LEVELS.map((k) => [k, f(k)])) as Record<ScenarioLevelKey, number>;
  let offset = 0;
  const rows: ScenarioPeriodRow[] = spans.map((span) => {
    const from = offset;
    offset += span.months;
    const totalCents = perLevel((k) =>
      sim[k].contract.slice(from, offset).reduce((a, b) => a + b, 0),
    );
    return {
      ...span,
      totalCents,
      monthlyAverageCents: perLevel((k) => Math.round(totalCents[k] / span.months)),
    };
  });
  if (SCENARIO_LEVELS.some((k) => sim[k].afterEnd > 0)) {
    rows.push({
      kind: 'afterEnd',
      n: 0,
      start: null,
      months: 0,
      totalCents: perLevel((k) => sim[k].afterEnd),
      monthlyAverageCents: perLevel(() => 0),
    });
  }
  return {
    ok: true,
    untilFurtherNotice,
    monthly: Array.from({ length: months }, (_, m) => ({
      month: m + 1,
      start: addMonths(start, m),
      costCents: perLevel((k) => sim[k].contract[m] ?? 0),
    })),
    periods: rows,
    totalCents: perLevel((k) => rows.reduce((s, r) => s + r.totalCents[k], 0)),
    expectedMonth: steadyMonthLines(model, input, input.levels.expected),
  };
}

/** A scenario level with nothing in it, to start from. */
export function emptyScenarioLevel(): ScenarioLevel {
  const zero = { easy: 0, average: 0, hard: 0 } satisfies Record<RiskGroup, number>;
  return {
    unitsPerMonth: 0,
    clientsEndingPerMonth: 0,
    outcomeRatePercent: Object.fromEntries(
      OUTCOME_TYPES.map((o) => [o, 0]),
    ) as ScenarioLevel['outcomeRatePercent'],
    clientsByGroup: { ...zero },
    employmentHoursPerClientMonth: { ...zero },
  };
}
