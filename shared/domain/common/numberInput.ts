/**
 * Numbers as officers type them: amounts in euros, whole numbers (months, counts, days) and
 * percentages. Pure parsers: text in, a value or a {@link NumberRefusal} out. A refusal names
 * the problem (the UI turns it into words with `describeNumberRefusal`), never a guess.
 *
 * Conventions read (DOMAIN.md "Numbers"; Kielitoimiston ohjepankki "Numerot ja luvut":
 * the Finnish decimal mark is a comma, thousands are grouped with a space):
 * - Groups of thousands: a space (also no-break U+00A0, narrow no-break U+202F, thin U+2009
 *   and figure space U+2007) or a dot, each group after the first exactly three digits:
 *   `1 200 000`, `1.200.000`, `1.200.000,50`.
 * - The decimal mark is the comma: `1200000,50`, `12,` and `1 200,-` (the ",-" of whole euros).
 * - A single dot followed by exactly three digits (`1.200`) is a thousands separator: a Finnish
 *   officer writes 1.200 for one thousand two hundred, and a price never has three decimals.
 * - A single dot followed by one or two digits (`12.05`, `1200000.5`) is read as a decimal:
 *   it cannot be a thousands group (those always have three digits), and it is how the
 *   English UI shows an amount for editing (`centsToInput`). The value is echoed beside the
 *   field formatted (= 12,05 €), so a slip is visible at once.
 * - Truly ambiguous, so refused: a comma followed by exactly three digits (`1,200`: Finnish
 *   1,2 or English 1 200?), commas as thousands (`1,200,000`), several decimal marks
 *   (`1,2,3`), groups that are not three digits (`1 20 000`, `1.20.000`), dots with a
 *   multiplier (`1.2 milj.`).
 * - Words for multiples: `milj.`, `miljoonaa`, `M`, `M€`, `mn`, `million` (× 1 000 000) and
 *   `t€`, `k€`, `t`, `k`, `tuhatta`, `tuh.`, `tusen` (× 1 000): `1,2 milj. €`, `250 t€`.
 * - The euro sign or word before or after: `€`, `e`, `eur`, `euro`, `euroa`, `euros`.
 * - Invisible characters pasted from documents (zero-width space, soft hyphen, BOM,
 *   direction marks) are dropped; full-width digits are read as digits (Unicode NFKC).
 */
import { MAX_CENTS } from './money';

/** Why a typed number was not accepted; the UI has one message for each kind. */
export type NumberRefusal =
  | { kind: 'empty' }
  | { kind: 'negative' }
  | { kind: 'letterForDigit'; character: string }
  | { kind: 'unexpectedCharacter'; character: string }
  | { kind: 'exponent' }
  | { kind: 'severalDecimalMarks' }
  | { kind: 'ambiguousComma'; text: string }
  | { kind: 'misplacedGroup'; text: string }
  | { kind: 'dotWithMultiplier' }
  | { kind: 'tooManyDecimals'; maxDecimals: number }
  | { kind: 'notWhole' }
  | { kind: 'tooLarge'; max: number }
  | { kind: 'belowMin'; min: number }
  | { kind: 'aboveMax'; max: number }
  | { kind: 'noDigits' };

/** An amount read: whole cents. */
export type MoneyParse = { ok: true; cents: number } | { ok: false; refusal: NumberRefusal };
/** A whole number read. */
export type IntegerParse = { ok: true; value: number } | { ok: false; refusal: NumberRefusal };

const INVISIBLE = /[\u200b-\u200f\u00ad\ufeff\u2060\u202a-\u202e]/g;
const GROUP_SPACE = /[ \u00a0\u202f\u2009\u2007]/;
const CURRENCY = /^(?:€|e|eur|euro|euroa|euros|euron)$/i;
const MILLION = /^(?:milj\.?|miljoona|miljoonaa|miljoner|miljon|m|mn|million|millions|meur)$/i;
const THOUSAND = /^(?:t|k|tuh\.?|tuhatta|tuhat|tusen|thousand|teur|keur)$/i;
const LOOKS_LIKE_DIGIT = new Set(['O', 'o', 'l', 'I']);

/** Text after NFKC, without invisible characters, trimmed; spaces kept as typed. */
function clean(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').trim();
}

/**
 * Splits "1,2 milj. €" into the number part and the words after it (or before, for "€ 150").
 * Returns the exponent of ten the words multiply by, or a refusal for an unknown word.
 */
function splitWords(
  text: string,
): { ok: true; body: string; exponent: number } | { ok: false; refusal: NumberRefusal } {
  let rest = text;
  let exponent = 0;
  // Leading currency: "€ 150", "EUR 150".
  const lead = /^(€|eur)\s*/i.exec(rest);
  if (lead) rest = rest.slice(lead[0].length);
  // Trailing words, read right to left: "€", "milj.", "M€", "t€", "k€".
  for (let guard = 0; guard < 3; guard += 1) {
    const m = /(?:^|[\d\s,.\u00a0\u202f\u2009\u2007-])([A-Za-zÄÖÅäöå€.]+)$/.exec(rest);
    if (!m || m[1] === undefined) break;
    let word = m[1];
    // A trailing dot after digits is not a word ("1.200." is left for the number reader).
    if (/^\.+$/.test(word)) break;
    const before = rest.slice(0, rest.length - word.length);
    // "M€", "t€", "k€": the multiplier glued to the euro sign.
    if (word.length > 1 && word.endsWith('€')) {
      const head = word.slice(0, -1);
      if (MILLION.test(head)) exponent += 6;
      else if (THOUSAND.test(head)) exponent += 3;
      else return refuseWord(head);
      word = '';
    } else if (CURRENCY.test(word)) {
      // nothing to multiply
    } else if (MILLION.test(word)) {
      exponent += 6;
    } else if (THOUSAND.test(word)) {
      exponent += 3;
    } else if (word === 'e' || word === 'E') {
      // handled by CURRENCY above
    } else {
      return refuseWord(word);
    }
    rest = before.trimEnd();
  }
  if (exponent > 6) return { ok: false, refusal: { kind: 'unexpectedCharacter', character: '×' } };
  return { ok: true, body: rest, exponent };
}

function refuseWord(word: string): { ok: false; refusal: NumberRefusal } {
  const first = word.charAt(0);
  return { ok: false, refusal: { kind: 'unexpectedCharacter', character: first } };
}

/** Finds the first character that cannot be part of a typed number, with the reason. */
function strayCharacter(body: string): NumberRefusal | null {
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charAt(i);
    if (/[\d,.]/.test(c) || GROUP_SPACE.test(c)) continue;
    if (c === '-' || c === '\u2212' || c === '\u2013') return { kind: 'negative' };
    const between = /\d/.test(body.charAt(i - 1)) || /\d/.test(body.charAt(i + 1));
    if ((c === 'e' || c === 'E') && between && /^[+-]?\d/.test(body.slice(i + 1))) {
      return { kind: 'exponent' };
    }
    if (LOOKS_LIKE_DIGIT.has(c) && between) return { kind: 'letterForDigit', character: c };
    return { kind: 'unexpectedCharacter', character: c };
  }
  return null;
}

/** Digits of the whole part and of the fraction, separators checked; or a refusal. */
function readDigits(
  body: string,
): { ok: true; whole: string; fraction: string } | { ok: false; refusal: NumberRefusal } {
  const text = body;
  const commas = text.split(',').length - 1;
  if (commas > 1) {
    const parts = text.split(',');
    const allThree = parts.slice(1).every((p) => /^\d{3}$/.test(p));
    return {
      ok: false,
      refusal: allThree ? { kind: 'ambiguousComma', text: body } : { kind: 'severalDecimalMarks' },
    };
  }
  let [integerPart = '', fraction = ''] = text.split(',');
  const dots = integerPart.split('.').length - 1;
  if (commas === 0 && dots === 1) {
    const [head = '', tail = ''] = integerPart.split('.');
    if (/^\d{1,2}$/.test(tail) && !GROUP_SPACE.test(head)) {
      integerPart = head;
      fraction = tail;
    } else if (tail === '') {
      integerPart = head;
    }
  }
  if (
    commas === 1 &&
    /^\d{3}$/.test(fraction) &&
    !/[.\s\u00a0\u202f\u2009\u2007]/.test(integerPart)
  ) {
    return { ok: false, refusal: { kind: 'ambiguousComma', text: body } };
  }
  if (fraction.includes('.')) return { ok: false, refusal: { kind: 'severalDecimalMarks' } };
  if (!/^\d*$/.test(fraction))
    return { ok: false, refusal: { kind: 'misplacedGroup', text: body } };
  // Groups: split on spaces and dots; each group after the first has three digits.
  const groups = integerPart.split(/[.\s\u00a0\u202f\u2009\u2007]+/);
  const separated = groups.length > 1;
  if (separated) {
    const [first = '', ...others] = groups;
    const mixed = /\./.test(integerPart) && GROUP_SPACE.test(integerPart);
    if (mixed || !/^\d{1,3}$/.test(first) || others.some((g) => !/^\d{3}$/.test(g))) {
      return { ok: false, refusal: { kind: 'misplacedGroup', text: body } };
    }
  }
  const whole = groups.join('');
  if (whole === '' && fraction === '') return { ok: false, refusal: { kind: 'noDigits' } };
  return { ok: true, whole: whole === '' ? '0' : whole, fraction };
}

/**
 * Reads a euro amount as typed (see the file comment for what is read how) into whole cents,
 * 0 … {@link MAX_CENTS}. An empty field is refused: the caller decides whether empty means 0.
 */
export function parseMoneyInput(text: string): MoneyParse {
  const cleaned = clean(text);
  if (cleaned === '' || /^(€|eur|euroa?)$/i.test(cleaned)) {
    return { ok: false, refusal: { kind: 'empty' } };
  }
  if (/^[-\u2212\u2013]/.test(cleaned)) return { ok: false, refusal: { kind: 'negative' } };
  const words = splitWords(cleaned);
  if (!words.ok) {
    const stray = strayCharacter(cleaned.replace(/[€]/g, ''));
    return { ok: false, refusal: stray ?? words.refusal };
  }
  // "1 200,-": the dash of whole euros is no minus sign.
  const body = words.body.trim().replace(/,[-\u2013]$/, ',');
  if (body === '') return { ok: false, refusal: { kind: 'empty' } };
  const stray = strayCharacter(body);
  if (stray) return { ok: false, refusal: stray };
  if (words.exponent > 0 && body.includes('.')) {
    return { ok: false, refusal: { kind: 'dotWithMultiplier' } };
  }
  const digits = readDigits(body);
  if (!digits.ok) return digits;
  const maxDecimals = 2 + words.exponent;
  const fraction = digits.fraction.replace(/0+$/, '');
  if (fraction.length > maxDecimals) {
    return { ok: false, refusal: { kind: 'tooManyDecimals', maxDecimals: 2 } };
  }
  const whole = digits.whole.replace(/^0+(?=\d)/, '');
  if (whole.length > 13) return { ok: false, refusal: { kind: 'tooLarge', max: MAX_CENTS } };
  const centsText = whole + fraction.padEnd(maxDecimals, '0');
  const cents = Number(centsText);
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) {
    return { ok: false, refusal: { kind: 'tooLarge', max: MAX_CENTS } };
  }
  return { ok: true, cents };
}

/**
 * Reads a whole number (months, counts, days) in `min … max`. Spaces group thousands
 * (`1 000`); decimals are refused (`12,5` → notWhole), and so is anything outside the range:
 * `999` where the maximum is 120 is refused with the limit, never clamped or cut.
 */
export function parseIntegerInput(text: string, range: { min: number; max: number }): IntegerParse {
  const cleaned = clean(text);
  if (cleaned === '') return { ok: false, refusal: { kind: 'empty' } };
  if (/^[-\u2212\u2013]/.test(cleaned)) return { ok: false, refusal: { kind: 'negative' } };
  const stray = strayCharacter(cleaned);
  if (stray) return { ok: false, refusal: stray };
  const digits = readDigits(cleaned);
  if (!digits.ok) return digits;
  if (/[1-9]/.test(digits.fraction)) return { ok: false, refusal: { kind: 'notWhole' } };
  if (digits.whole.replace(/^0+(?=\d)/, '').length > 15) {
    return { ok: false, refusal: { kind: 'aboveMax', max: range.max } };
  }
  const value = Number(digits.whole);
  if (value < range.min) return { ok: false, refusal: { kind: 'belowMin', min: range.min } };
  if (value > range.max) return { ok: false, refusal: { kind: 'aboveMax', max: range.max } };
  return { ok: true, value };
}

/** A decimal read (scores and measured values). */
export type DecimalParse = { ok: true; value: number } | { ok: false; refusal: NumberRefusal };

/**
 * Reads a decimal number that is not money (a quality score, a measured value such as the
 * number of fields), by the same conventions as amounts: a comma is the decimal mark, spaces
 * or dots group thousands (`1 500`, `1.500` are one thousand five hundred), `1,500` is refused
 * as ambiguous, and at most `maxDecimals` decimals. Never negative.
 */
export function parseDecimalInput(text: string, range: { maxDecimals: number }): DecimalParse {
  const cleaned = clean(text);
  if (cleaned === '') return { ok: false, refusal: { kind: 'empty' } };
  if (/^[-\u2212\u2013]/.test(cleaned)) return { ok: false, refusal: { kind: 'negative' } };
  const stray = strayCharacter(cleaned);
  if (stray) return { ok: false, refusal: stray };
  const digits = readDigits(cleaned);
  if (!digits.ok) return digits;
  const fraction = digits.fraction.replace(/0+$/, '');
  if (fraction.length > range.maxDecimals) {
    return { ok: false, refusal: { kind: 'tooManyDecimals', maxDecimals: range.maxDecimals } };
  }
  if (digits.whole.replace(/^0+(?=\d)/, '').length > 12) {
    return { ok: false, refusal: { kind: 'tooLarge', max: 999_999_999_999 } };
  }
  return { ok: true, value: Number(`${digits.whole}.${fraction || '0'}`) };
}

/**
 * Reads a percentage in `min … max` with at most `maxDecimals` decimals (`12,5 %`, `12.5`,
 * `40`). A percentage never has thousands, so a dot here can only be a decimal mark.
 */
export function parsePercentInput(
  text: string,
  range: { min: number; max: number; maxDecimals: number },
): IntegerParse {
  const cleaned = clean(text).replace(/\s*(%|prosenttia|procent|percent)$/i, '');
  if (cleaned === '') return { ok: false, refusal: { kind: 'empty' } };
  if (/^[-\u2212\u2013]/.test(cleaned)) return { ok: false, refusal: { kind: 'negative' } };
  const stray = strayCharacter(cleaned);
  if (stray) return { ok: false, refusal: stray };
  const m = /^(\d+)(?:[.,](\d*))?$/.exec(cleaned);
  if (!m) {
    return {
      ok: false,
      refusal: /[.,].*[.,]/.test(cleaned)
        ? { kind: 'severalDecimalMarks' }
        : { kind: 'misplacedGroup', text: cleaned },
    };
  }
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > range.maxDecimals) {
    return {
      ok: false,
      refusal:
        range.maxDecimals === 0
          ? { kind: 'notWhole' }
          : { kind: 'tooManyDecimals', maxDecimals: range.maxDecimals },
    };
  }
  const value = Number(`${m[1] ?? '0'}.${fraction || '0'}`);
  if (value < range.min) return { ok: false, refusal: { kind: 'belowMin', min: range.min } };
  if (value > range.max) return { ok: false, refusal: { kind: 'aboveMax', max: range.max } };
  return { ok: true, value };
}
