import { describe, expect, it } from 'vitest';
import {
  equalsSign,
  periodLabels,
  quantityText,
} from '../../../renderer/src/features/employmentClause/obligationView';
import { computeObligation } from '../../../shared/domain/employmentClause/obligation';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('obligation table presentation', () => {
  it('shows whole numbers whole and others with one or two decimals', () => {
    expect(quantityText(68, 'fi')).toBe('68');
    expect(quantityText(1.5, 'fi')).toBe('1,5');
    expect(quantityText(85.714285, 'fi')).toBe('85,71');
    expect(nbsp(quantityText(1200.5, 'en'))).toBe('1,200.5');
  });

  it('marks a quotient that two decimals do not show whole with ≈', () => {
    expect(equalsSign(85.75)).toBe('=');
    expect(equalsSign(68)).toBe('=');
    expect(equalsSign(300_000 / 3_500)).toBe('≈');
  });

  it('numbers the options in contract order', () => {
    const result = computeObligation(
      { method: 'fixed', unit: 'persons', quantityPerYear: 1 },
      'down',
      {
        annualValueCents: 0,
        indefinite: false,
        years: [
          { contractYear: 1, period: { kind: 'base' }, periodKey: 'base', months: 12 },
          {
            contractYear: 2,
            period: { kind: 'option', optionIndex: 0, n: 1 },
            periodKey: 'option:0#1',
            months: 12,
          },
          {
            contractYear: 3,
            period: { kind: 'option', optionIndex: 0, n: 2 },
            periodKey: 'option:0#2',
            months: 12,
          },
        ],
      },
    );
    const labels = periodLabels(result);
    expect(labels.get('base')?.kind).toBe('base');
    expect(labels.get('option:0#1')?.number).toBe(1);
    expect(labels.get('option:0#2')?.number).toBe(2);
  });
});
