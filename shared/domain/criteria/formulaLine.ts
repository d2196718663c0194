/**
 * One line of a formula view: the arithmetic of a payment model with the user's numbers, as
 * a text key (`criteria.formulaLines.<labelKey>`), the numbers it shows and the amount it
 * gives. Amounts are integer cents, each line rounded to the nearest cent (half away from
 * zero) once; a total is the sum of its rounded lines.
 */
export interface FormulaLine {
  labelKey: string;
  params: Record<string, string | number>;
  valueCents: number;
}

/** A computed amount with the lines that show how it was reached. */
export interface FormulaView {
  totalCents: number;
  lines: FormulaLine[];
}

/** `a × b × … ` in cents, rounded once to the nearest cent (half away from zero). */
export function productCents(...factors: number[]): number {
  const exact = factors.reduce((p, f) => p * f, 1);
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/** Sums lines into a view with a closing total line. */
export function withTotal(lines: FormulaLine[], totalKey = 'total'): FormulaView {
  const totalCents = lines.reduce((s, l) => s + l.valueCents, 0);
  return {
    totalCents,
    lines: [...lines, { labelKey: totalKey, params: {}, valueCents: totalCents }],
  };
}
