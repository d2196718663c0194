import type {
  ObligationResult,
  PeriodRef,
} from '../../../../shared/domain/employmentClause/obligation';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { formatNumber } from '../../../../shared/format';

/**
 * Presentation of the calculator's figures in the obligation table (no rule here: the
 * numbers are the calculator's, only their display is decided).
 */

/** A quantity as the calculator gives it: whole, one decimal, or two decimals at most. */
export function quantityText(n: number, language: UiLanguage): string {
  if (Number.isInteger(n)) return formatNumber(n, language, 0);
  return formatNumber(n, language, Math.abs(n * 10 - Math.round(n * 10)) < 1e-9 ? 1 : 2);
}

/** "=" when two decimals show the quotient whole, "≈" when they round it. */
export function equalsSign(exact: number): '=' | '≈' {
  return Math.abs(exact * 100 - Math.round(exact * 100)) < 1e-9 ? '=' : '≈';
}

/** Each period by its key, options numbered 1, 2… in contract order (as the clause text does). */
export function periodLabels(
  result: ObligationResult,
): Map<string, PeriodRef & { number: number }> {
  const labels = new Map<string, PeriodRef & { number: number }>();
  let option = 0;
  for (const period of result.periods) {
    if (period.period.kind === 'option') option += 1;
    labels.set(period.periodKey, { ...period.period, number: option });
  }
  return labels;
}
