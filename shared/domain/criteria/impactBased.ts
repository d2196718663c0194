import { productCents, withTotal, type FormulaLine, type FormulaView } from './formulaLine';
import { OUTCOME_TYPES, type ImpactBasedModel, type OutcomeType } from './paymentModel';

/** One month of an impact-based contract: client-days delivered and outcomes verified. */
export interface ImpactMonth {
  clientDayPriceCents: number;
  clientDays: number;
  /** Outcomes verified this month (for services that ended `verificationDelayMonths` earlier). */
  verifiedOutcomes: Partial<Record<OutcomeType, number>>;
}

/**
 * Invoice of one month in the impact-based model (Tampere 2017, product 1A; DOMAIN.md § 4):
 * base = client-days × offered client-day price × base share (85 %), plus for each verified
 * outcome type: count × multiple × offered client-day price (defaults 70, 50, 30, 20, 20).
 * Each line is rounded to the cent once; the total is the sum of the lines.
 */
export function impactBasedMonth(model: ImpactBasedModel, month: ImpactMonth): FormulaView {
  const price = month.clientDayPriceCents;
  const lines: FormulaLine[] = [
    {
      labelKey: 'impactBase',
      params: {
        clientDays: month.clientDays,
        clientDayPriceCents: price,
        baseSharePercent: model.baseSharePercent,
      },
      valueCents: productCents(month.clientDays, price, model.baseSharePercent / 100),
    },
  ];
  for (const outcome of OUTCOME_TYPES) {
    const count = month.verifiedOutcomes[outcome] ?? 0;
    if (count === 0) continue;
    const multiple = model.outcomeMultiples[outcome];
    lines.push({
      labelKey: `impactOutcome.${outcome}`,
      params: {
        count,
        multiple,
        clientDayPriceCents: price,
        delayMonths: model.verificationDelayMonths,
      },
      valueCents: productCents(count, multiple, price),
    });
  }
  return withTotal(lines);
}
