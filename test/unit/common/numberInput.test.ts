import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '../../../shared/domain/common/money';
import {
  parseIntegerInput,
  parseMoneyInput,
  parsePercentInput,
  type NumberRefusal,
} from '../../../shared/domain/common/numberInput';

// Cases are what officers type (issue 7: "1.200.000" became 1,20 €, "15O 000" became 15,00 €,
// "999" months became 99). Finnish conventions: Kielitoimiston ohjepankki "Numerot ja luvut"
// (decimal comma, space-grouped thousands); the rules read are in numberInput.ts.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('amounts as Finnish officers type them', () => {
  it.each([
    ['1.200.000', 120_000_000],
    ['1 200 000', 120_000_000],
    [`1${NBSP}200${NBSP}000`, 120_000_000],
    [`1${NNBSP}200${NNBSP}000`, 120_000_000],
    ['1\u2009200\u2009000', 120_000_000],
    ['1200000,50', 120_000_050],
    ['1 200 000,50', 120_000_050],
    ['1.200.000,50', 120_000_050],
    ['1,2 milj.', 120_000_000],
    ['1,2 milj. €', 120_000_000],
    ['1,2 milj', 120_000_000],
    ['1,2milj.', 120_000_000],
    ['1,25 miljoonaa euroa', 125_000_000],
    ['3 M€', 300_000_000],
    ['1,5 M', 150_000_000],
    ['250 t€', 25_000_000],
    ['250 k€', 25_000_000],
    ['250k', 25_000_000],
    ['12,5 tuhatta euroa', 1_250_000],
    ['1,2345678 milj.', 123_456_780],
    ['1 200,-', 120_000],
    ['1 200,- €', 120_000],
    ['1200e', 120_000],
    ['1200 e', 120_000],
    ['24000000€', 2_400_000_000],
    ['€ 150', 15_000],
    ['150 EUR', 15_000],
    ['150 euros', 15_000],
    ['0', 0],
    ['0,01', 1],
    [',5', 50],
    ['12,', 1200],
    ['1200.', 120_000],
    ['  7  ', 700],
    ['007', 700],
    ['12,50', 1250],
    ['12,500000', 1250],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
  });

  it('reads a dot followed by exactly three digits as thousands: 1.200 is 1 200 €', () => {
    expect(parseMoneyInput('1.200')).toEqual({ ok: true, cents: 120_000 });
    expect(parseMoneyInput('15.000')).toEqual({ ok: true, cents: 1_500_000 });
    expect(parseMoneyInput('215.000 €')).toEqual({ ok: true, cents: 21_500_000 });
  });

  it('reads a dot followed by one or two digits as a decimal (the English editable form)', () => {
    expect(parseMoneyInput('12.05')).toEqual({ ok: true, cents: 1205 });
    expect(parseMoneyInput('1.2')).toEqual({ ok: true, cents: 120 });
    expect(parseMoneyInput('1.20')).toEqual({ ok: true, cents: 120 });
    expect(parseMoneyInput('1234567.89')).toEqual({ ok: true, cents: 123_456_789 });
  });

  it('drops invisible characters pasted from documents and reads full-width digits', () => {
    expect(parseMoneyInput('1\u200b200\u00ad000')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseMoneyInput('\ufeff150')).toEqual({ ok: true, cents: 15_000 });
    expect(parseMoneyInput('１２０')).toEqual({ ok: true, cents: 12_000 });
  });

  it('reads back what Intl prints for a Finnish euro amount', () => {
    const printed = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(
      1234567.89,
    );
    expect(parseMoneyInput(printed)).toEqual({ ok: true, cents: 123_456_789 });
  });

  it('accepts ten billion euros and refuses anything larger, with the limit', () => {
    expect(parseMoneyInput('10 000 000 000')).toEqual({ ok: true, cents: MAX_CENTS });
    expect(parseMoneyInput('10 000 000 000,01')).toEqual({
      ok: false,
      refusal: { kind: 'tooLarge', max: MAX_CENTS },
    });
    expect(parseMoneyInput('9'.repeat(30))).toMatchObject({ refusal: { kind: 'tooLarge' } });
    expect(parseMoneyInput('20 000 milj.')).toMatchObject({ refusal: { kind: 'tooLarge' } });
  });
});

describe('amounts refused with the problem named, never a partial number', () => {
  const refused = (text: string): NumberRefusal | null => {
    const result = parseMoneyInput(text);
    return result.ok ? null : result.refusal;
  };

  it.each<[string, NumberRefusal]>([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    [NBSP, { kind: 'empty' }],
    ['€', { kind: 'empty' }],
    ['15O 000', { kind: 'letterForDigit', character: 'O' }],
    ['1o0', { kind: 'letterForDigit', character: 'o' }],
    ['1l00', { kind: 'letterForDigit', character: 'l' }],
    ['12e5', { kind: 'exponent' }],
    ['1E6', { kind: 'exponent' }],
    ['--5', { kind: 'negative' }],
    ['-5', { kind: 'negative' }],
    ['\u22125', { kind: 'negative' }],
    [' - 5 €', { kind: 'negative' }],
    ['1,2,3', { kind: 'severalDecimalMarks' }],
    ['1,20.5', { kind: 'severalDecimalMarks' }],
    ['1,200', { kind: 'ambiguousComma', text: '1,200' }],
    ['1,200,000', { kind: 'ambiguousComma', text: '1,200,000' }],
    ['1.20.000', { kind: 'misplacedGroup', text: '1.20.000' }],
    ['1 20 000', { kind: 'misplacedGroup', text: '1 20 000' }],
    ['1200 000', { kind: 'misplacedGroup', text: '1200 000' }],
    ['1 234.567,8', { kind: 'misplacedGroup', text: '1 234.567,8' }],
    ['1.2 milj.', { kind: 'dotWithMultiplier' }],
    ['12,345', { kind: 'ambiguousComma', text: '12,345' }],
    ['12,3456', { kind: 'tooManyDecimals', maxDecimals: 2 }],
    ['0,005', { kind: 'ambiguousComma', text: '0,005' }],
    ['abc', { kind: 'unexpectedCharacter', character: 'a' }],
    ['12 %', { kind: 'unexpectedCharacter', character: '%' }],
    ["1'200'000", { kind: 'unexpectedCharacter', character: "'" }],
    ['1_200', { kind: 'unexpectedCharacter', character: '_' }],
    ['0x10', { kind: 'unexpectedCharacter', character: 'x' }],
    ['+5', { kind: 'unexpectedCharacter', character: '+' }],
    ['1 200 € 50', { kind: 'unexpectedCharacter', character: '€' }],
    ['12 kpl', { kind: 'unexpectedCharacter', character: 'k' }],
    ['.', { kind: 'noDigits' }],
  ])('refuses %j', (text, refusal) => {
    expect(refused(text)).toEqual(refusal);
  });
});

describe('whole numbers (months, counts) in a range, never clamped or cut', () => {
  const months = { min: 1, max: 120 };

  it.each([
    ['12', 12],
    [' 24 ', 24],
    ['120', 120],
    ['1', 1],
    ['012', 12],
    ['12,0', 12],
  ])('reads %j as %i', (text, value) => {
    expect(parseIntegerInput(text, months)).toEqual({ ok: true, value });
  });

  it('reads grouped thousands for larger counts', () => {
    expect(parseIntegerInput('1 000', { min: 0, max: 5000 })).toEqual({ ok: true, value: 1000 });
    expect(parseIntegerInput('1.000', { min: 0, max: 5000 })).toEqual({ ok: true, value: 1000 });
  });

  it.each<[string, NumberRefusal]>([
    ['999', { kind: 'aboveMax', max: 120 }],
    ['121', { kind: 'aboveMax', max: 120 }],
    ['0', { kind: 'belowMin', min: 1 }],
    ['', { kind: 'empty' }],
    ['-3', { kind: 'negative' }],
    ['12,5', { kind: 'notWhole' }],
    ['1.5', { kind: 'notWhole' }],
    ['1O', { kind: 'letterForDigit', character: 'O' }],
    ['12 kk', { kind: 'unexpectedCharacter', character: 'k' }],
    ['1e2', { kind: 'exponent' }],
    ['9'.repeat(20), { kind: 'aboveMax', max: 120 }],
  ])('refuses %j', (text, refusal) => {
    expect(parseIntegerInput(text, months)).toEqual({ ok: false, refusal });
  });
});

describe('percentages', () => {
  const weight = { min: 0, max: 100, maxDecimals: 1 };

  it('reads a comma or a dot as the decimal mark, with or without the per cent sign', () => {
    expect(parsePercentInput('12,5 %', weight)).toEqual({ ok: true, value: 12.5 });
    expect(parsePercentInput('12.5', weight)).toEqual({ ok: true, value: 12.5 });
    expect(parsePercentInput('40%', weight)).toEqual({ ok: true, value: 40 });
    expect(parsePercentInput('100', weight)).toEqual({ ok: true, value: 100 });
  });

  it('refuses more decimals than allowed, values out of range and stray text', () => {
    expect(parsePercentInput('12,55', weight)).toEqual({
      ok: false,
      refusal: { kind: 'tooManyDecimals', maxDecimals: 1 },
    });
    expect(parsePercentInput('101', weight)).toEqual({
      ok: false,
      refusal: { kind: 'aboveMax', max: 100 },
    });
    expect(parsePercentInput('1,2,3', weight)).toEqual({
      ok: false,
      refusal: { kind: 'severalDecimalMarks' },
    });
    expect(parsePercentInput('4O', weight)).toEqual({
      ok: false,
      refusal: { kind: 'letterForDigit', character: 'O' },
    });
    expect(parsePercentInput('', weight)).toEqual({ ok: false, refusal: { kind: 'empty' } });
  });
});
