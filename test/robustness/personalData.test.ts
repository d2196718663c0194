import { afterEach, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../shared/domain/common/personalIdentityCode';
import { addExemption, scanRecord } from '../../shared/domain/common/personalDataRegistry';
import { identityCode } from '../unit/support/procurements';
import { removeTempDirs } from '../unit/support/tempDir';
import { createTestService } from '../unit/support/testService';
import type { Procurement } from '../../shared/domain/procurement/procurement';

afterEach(removeTempDirs);

/**
 * Identity-code variants the personal-data guard must catch (laki 661/2009 11 § format,
 * century signs of the 2023 reform), each disguise an attacker or a careless paste could
 * produce. Every one is put into a procurement text field and must be refused by the service.
 */
const SIGNS = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'];
const base = (sign: string) => identityCode('010203', sign, '123');
const plain = identityCode('131052', '-', '308'); // 131052-308T
const split = (c: string) => ({ date: c.slice(0, 6), sign: c.charAt(6), rest: c.slice(7) });
const { date, rest } = split(plain);
const toFullWidth = (s: string) =>
  s.replace(/[0-9A-Z-]/g, (c) =>
    c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) - 0x21 + 0xff01),
  );

const variants: [string, string][] = [
  ...SIGNS.map((sign): [string, string] => [`century sign ${sign}`, `hetu ${base(sign)}`]),
  ...SIGNS.map((sign): [string, string] => [
    `century sign ${sign}, lower case`,
    base(sign).toLowerCase(),
  ]),
  ['hyphen U+2010', `${date}\u2010${rest}`],
  ['non-breaking hyphen U+2011', `${date}\u2011${rest}`],
  ['figure dash U+2012', `${date}\u2012${rest}`],
  ['en dash', `${date}–${rest}`],
  ['em dash', `${date}—${rest}`],
  ['minus sign U+2212', `${date}\u2212${rest}`],
  ['small hyphen-minus U+FE63', `${date}\uFE63${rest}`],
  ['full-width hyphen-minus', `${date}－${rest}`],
  ['full-width digits and letters', toFullWidth(plain)],
  ['zero-width space inside', `${date.slice(0, 3)}\u200B${date.slice(3)}-${rest}`],
  ['zero-width joiner and non-joiner', `${date}\u200D-\u200C${rest}`],
  ['soft hyphens between digits', `1\u00AD3\u00AD1052-308T`],
  ['word joiner and BOM', `\uFEFF${date}\u2060-${rest}`],
  ['glued to words', `abc${plain}def`],
  ['glued to digits', `99${plain}00`],
  ['line break before the century sign', `${date}\n-${rest}`],
  ['line break after the century sign', `${date}-\r\n${rest}`],
  ['spaces around the century sign', `${date} - ${rest}`],
  ['non-breaking spaces around the sign', `${date}\u00A0-\u00A0${rest}`],
  ['Cyrillic А as century sign', base('A').replace('A', 'А')],
  ['Greek Α as century sign', base('A').replace('A', 'Α')],
  ['Cyrillic Х as century sign', base('X').replace('X', 'Х')],
  ['Greek Χ as century sign', base('X').replace('X', 'Χ')],
  ['Cyrillic С as century sign', base('C').replace('C', 'С')],
  ['Cyrillic Е as century sign', base('E').replace('E', 'Е')],
  ['Cyrillic У as century sign', base('Y').replace('Y', 'У')],
  ['Cyrillic Т as check character', plain.replace(/T$/, 'Т')],
  ['Greek Τ as check character', plain.replace(/T$/, 'Τ')],
  [
    'mathematical bold digits (NFKC)',
    plain.replace(/\d/g, (d) => String.fromCodePoint(0x1d7ce + Number(d))),
  ],
  ['superscript digits (NFKC)', `¹³¹⁰⁵²-³⁰⁸T`],
  ['temporary code 900–999', identityCode('150685', '-', '987')],
  ['two codes in one text', `${plain} ja ${base('B')}`],
];

describe('identity-code variants the guard must catch (laki 661/2009 11 §)', () => {
  it('has at least 42 variants', () => {
    expect(variants.length).toBeGreaterThanOrEqual(42);
  });

  it.each(variants)('catches %s', (_name, text) => {
    expect(findPersonalData({ description: text }).length).toBeGreaterThan(0);
  });

  it('catches codes in object keys and nested arrays, reporting the path', () => {
    const value = {
      lots: [{ notes: [['ok', ['deep', `x ${plain}`]]] }],
      map: { [`abc${base('F')}`]: 'value' },
    };
    const findings = findPersonalData(value);
    expect(findings.map((f) => [f.path.join('/'), f.where])).toEqual([
      ['lots/0/notes/0/1/1', 'value'],
      [`map/abc${base('F')}`, 'key'],
    ]);
  });

  it('the service refuses every variant in a saved procurement and names the field', async () => {
    const t = await createTestService();
    const p = await t.ok('procurement:create', { title: 'Siivous' });
    let refused = 0;
    for (const [name, text] of variants) {
      const error = await t.fail('procurement:save', {
        procurement: { ...p, description: text },
      });
      expect(error.code, name).toBe('personalData');
      expect((error.params as Record<string, unknown>)['firstPath'], name).toBe('description');
      refused++;
    }
    console.log(`personal-data guard: ${refused}/${variants.length} variants refused`);
  });
});

/** Texts a procurement officer writes that look like codes but are not. */
const falseAlarms: [string, string][] = [
  ['date-like document number with wrong check character', '131052-308U'],
  ['diary number', 'HEL 2026-012345'],
  ['Business ID', '0135457-2'],
  ['phone number', '040-1234567'],
  ['date', '13.10.1952'],
  ['IBAN', 'FI21 1234 5600 0007 85'],
  ['invoice number 010190-1234 (check fails)', 'Lasku 010190-1234'],
  ['impossible date 31 February', identityCode('310299', '-', '123')],
  ['month 13', identityCode('011352', 'A', '123')],
  ['a letter that is no century sign', identityCode('131052', 'G', '308')],
  ['separated by a word', '131052 ja 308T'],
  ['too many spaces around the sign', '131052     -     308T'],
  ['CPV code', '90910000-9 Siivouspalvelut'],
  ['order number with dashes', 'TIL-2026-000123'],
  ['time range', 'klo 08.00–16.00, 1.1.–31.12.2027'],
];

describe('false alarms the guard must not raise', () => {
  it.each(falseAlarms)('does not flag %s', (_name, text) => {
    expect(findPersonalData({ description: text })).toEqual([]);
  });
});

describe('a match the officer confirms is not a personal code', () => {
  it('is saved with the recorded reason; the fingerprint never holds the code', async () => {
    const t = await createTestService();
    const p = await t.ok('procurement:create', { title: 'Siivous' });
    const text = `Asiakirjanumero ${plain}`;
    const candidate: Procurement = { ...p, referenceNumber: text };
    expect((await t.fail('procurement:save', { procurement: candidate })).code).toBe(
      'personalData',
    );
    const [finding] = scanRecord('procurement', candidate);
    const exemptions = addExemption(
      [],
      finding!,
      'Arkiston asiakirjanumero, ei henkilötunnus',
      '2027-03-01T08:00:00.000Z',
    );
    const saved = await t.ok('procurement:save', {
      procurement: { ...candidate, personalDataExemptions: exemptions },
    });
    expect(saved.referenceNumber).toBe(text);
    expect(saved.personalDataExemptions).toEqual([
      expect.objectContaining({
        path: 'referenceNumber',
        reason: 'Arkiston asiakirjanumero, ei henkilötunnus',
      }),
    ]);
    expect(JSON.stringify(saved.personalDataExemptions)).not.toContain(plain.slice(7));
    // The exemption covers only that match in that field: another code is still refused.
    const other = await t.fail('procurement:save', {
      procurement: { ...saved, description: base('A'), referenceNumber: text },
    });
    expect((other.params as Record<string, unknown>)['firstPath']).toBe('description');
    const moved = await t.fail('procurement:save', {
      procurement: { ...saved, referenceNumber: '', description: text },
    });
    expect((moved.params as Record<string, unknown>)['firstPath']).toBe('description');
  });
});
