import { assertNever } from '../../assertNever';
import { productCents, withTotal, type FormulaView } from './formulaLine';
import type { PriceUnit } from './paymentModel';

/**
 * Unit price (per hour, client-day or month): amount = unit price × quantity, rounded to
 * the cent. Formula view: `unitPrice` line and the total.
 */
export function unitPriceCost(
  unit: PriceUnit,
  unitPriceCents: number,
  quantity: number,
): FormulaView {
  return withTotal([
    {
      labelKey: unitPriceLineKey(unit),
      params: { unitPriceCents, quantity },
      valueCents: productCents(unitPriceCents, quantity),
    },
  ]);
}

/** The text key of a unit-price line for each unit. */
export function unitPriceLineKey(unit: PriceUnit): string {
  switch (unit) {
    case 'hour':
      return 'unitPricePerHour';
    case 'clientDay':
      return 'unitPricePerClientDay';
    case 'month':
      return 'unitPricePerMonth';
    default:
      return assertNever(unit);
  }
}

/**
 * Fixed price (kiinteä hinta) per month: amount = monthly price × months. The supplier
 * carries the volume risk; the formula view shows the months counted.
 */
export function fixedPriceCost(monthlyPriceCents: number, months: number): FormulaView {
  return withTotal([
    {
      labelKey: 'fixedPricePerMonth',
      params: { monthlyPriceCents, months },
      valueCents: productCents(monthlyPriceCents, months),
    },
  ]);
}
