import { afterEach, describe, expect, it } from 'vitest';
import { parseMoneyInput as parseEuroInput } from '../../../shared/domain/common/numberInput';
import {
  centsToInput,
  formatBytes,
  formatDate,
  formatDateTime,
  formatEuro,
  formatNumber,
  formatTime,
} from '../../../shared/format';

// Intl's Finnish and Swedish group separator and the space before € are U+00A0 (no-break
// space), so a number never wraps across lines; the expectations spell it out.
const NBSP = '\u00a0';

const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('euro amounts', () => {
  it('prints cents as Finnish euros: 1 234 567,89 €', () => {
    expect(formatEuro(123_456_789, 'fi')).toBe(`1${NBSP}234${NBSP}567,89${NBSP}€`);
    expect(formatEuro(123_456_789, 'fi').replace(/\u00a0/g, ' ')).toBe('1 234 567,89 €');
  });

  it('prints Finland-Swedish amounts like Finnish ones', () => {
    expect(formatEuro(123_456_789, 'sv')).toBe(`1${NBSP}234${NBSP}567,89${NBSP}€`);
  });

  it('prints English amounts with the euro sign first', () => {
    expect(formatEuro(123_456_789, 'en')).toBe('€1,234,567.89');
  });

  it('always shows two decimals, also for whole euros and single cents', () => {
    expect(formatEuro(2_400_000_000, 'fi')).toBe(`24${NBSP}000${NBSP}000,00${NBSP}€`);
    expect(formatEuro(1, 'fi')).toBe(`0,01${NBSP}€`);
  });

  it('rounds to whole euros when asked, half a euro up', () => {
    expect(formatEuro(2_400_000_050, 'fi', { wholeEuros: true })).toBe(
      `24${NBSP}000${NBSP}001${NBSP}€`,
    );
    expect(formatEuro(2_400_000_049, 'fi', { wholeEuros: true })).toBe(
      `24${NBSP}000${NBSP}000${NBSP}€`,
    );
  });

  it('prints an amount that the amount field reads back to the same cents', () => {
    for (const cents of [0, 1, 1250, 123_456_789, 2_400_000_000]) {
      expect(parseEuroInput(formatEuro(cents, 'fi')), String(cents)).toEqual({ ok: true, cents });
    }
  });
});

describe('plain numbers and editable amounts', () => {
  it('groups thousands by language', () => {
    expect(formatNumber(1_234_567, 'fi')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
    expect(formatNumber(12.345, 'fi', 2)).toBe('12,35');
  });

  it('shows cents as an editable amount without grouping or currency', () => {
    expect(centsToInput(2_400_000_000, 'fi')).toBe('24000000');
    expect(centsToInput(1250, 'fi')).toBe('12,50');
    expect(centsToInput(1205, 'sv')).toBe('12,05');
    expect(centsToInput(1205, 'en')).toBe('12.05');
    expect(centsToInput(7, 'fi')).toBe('0,07');
  });

  it('gives an editable amount that reads back to the same cents', () => {
    for (const cents of [0, 7, 1205, 123_456_789]) {
      for (const language of ['fi', 'sv', 'en'] as const) {
        expect(parseEuroInput(centsToInput(cents, language))).toEqual({ ok: true, cents });
      }
    }
  });
});

describe('dates and times', () => {
  it("prints dates as d.M.yyyy in Finnish and Swedish: '2027-03-01' → 1.3.2027", () => {
    expect(formatDate('2027-03-01', 'fi')).toBe('1.3.2027');
    expect(formatDate('2027-03-01', 'sv')).toBe('1.3.2027');
    expect(formatDate('2027-12-31', 'fi')).toBe('31.12.2027');
  });

  it('spells the month out in English so 1.3. is never read as 3 January', () => {
    expect(formatDate('2027-03-01', 'en')).toBe('1 Mar 2027');
    expect(formatDate('2027-12-31', 'en')).toBe('31 Dec 2027');
  });

  it('prints a timestamp in Finnish local time with the language’s time style', () => {
    process.env['TZ'] = 'Europe/Helsinki';
    expect(formatDateTime('2026-11-22T14:04:00Z', 'fi')).toBe('22.11.2026 klo 16.04');
    expect(formatDateTime('2026-11-22T14:04:00Z', 'sv')).toBe('22.11.2026 kl. 16.04');
    expect(formatDateTime('2026-11-22T14:04:00Z', 'en')).toBe('22 Nov 2026 16:04');
  });

  it('uses the local date, not the UTC date, just after midnight', () => {
    process.env['TZ'] = 'Europe/Helsinki';
    expect(formatDateTime('2026-12-31T22:30:00Z', 'fi')).toBe('1.1.2027 klo 00.30');
    expect(formatTime('2026-12-31T22:30:00Z', 'en')).toBe('00:30');
  });
});

describe('file sizes', () => {
  it('prints bytes with Finnish and English units', () => {
    expect(formatBytes(500, 'fi')).toBe('500 t');
    expect(formatBytes(500, 'en')).toBe('500 B');
    expect(formatBytes(1536, 'fi')).toBe('1,5 kt');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(1_258_291, 'fi')).toBe('1,2 Mt');
    expect(formatBytes(3 * 1024 ** 3, 'sv')).toBe('3,0 GB');
  });
});
