import { describe, expect, it } from 'vitest';
import {
  fingerprintIdentityCode,
  MAX_SCAN_DEPTH,
  normaliseForScan,
  scanText,
  scanValue,
  ScanTooDeepError,
} from '../../../shared/domain/common/personalDataScan';
import {
  addExemption,
  createIncrementalScanner,
  MAX_PERSONAL_DATA_EXEMPTIONS,
  personalDataExemptionSchema,
  scanRecord,
  scannedRecordKinds,
} from '../../../shared/domain/common/personalDataRegistry';
import { newProcurement } from '../../../shared/domain/procurement/procurement';
import { identityCode } from '../support/procurements';

// Format DDMMYYCZZZQ, laki väestötietojärjestelmästä 661/2009 11 §.
const HETU = '131052-308T';

describe('normalising text before matching', () => {
  it('maps full-width forms (NFKC), dashes, minus signs and look-alike letters to ASCII', () => {
    expect(normaliseForScan('１３１０５２－３０８Ｔ')).toBe(HETU);
    expect(normaliseForScan('131052\u2212308Т')).toBe(HETU); // minus, Cyrillic Te
    expect(normaliseForScan('a\u00ADb\u200Bc\uFEFF')).toBe('ABC');
    expect(normaliseForScan('010203Χ123')).toBe('010203X123'); // Greek Chi
  });
});

describe('scanning texts', () => {
  it('finds a code split by a line break around the century sign', () => {
    expect(scanText('131052\n-\n308T')).toHaveLength(1);
  });

  it('reports one hit for one code even though candidates may overlap', () => {
    expect(scanText(`00${HETU}00`)).toHaveLength(1);
  });

  it('gives the same fingerprint for a code however it is disguised, never the code', () => {
    const [a] = scanText(HETU);
    const [b] = scanText('１３１０５２－３０８Ｔ');
    expect(a?.fingerprint).toBe(b?.fingerprint);
    expect(a?.fingerprint).toBe(fingerprintIdentityCode(HETU));
    expect(a?.fingerprint).toMatch(/^[0-9a-f]{5}$/);
  });
});

describe('walking values', () => {
  it('scans keys as well as values, with paths', () => {
    expect(scanValue({ [HETU]: 1, a: [HETU] }).map((f) => [f.path, f.where])).toEqual([
      [[HETU], 'key'],
      [['a', 0], 'value'],
    ]);
  });

  it('refuses values nested deeper than it can check', () => {
    let deep: unknown = HETU;
    for (let i = 0; i < MAX_SCAN_DEPTH + 2; i++) deep = [deep];
    expect(() => scanValue(deep)).toThrow(ScanTooDeepError);
  });
});

describe('the registry of scanned record kinds', () => {
  it('knows the procurement and refuses a kind that never registered', () => {
    expect(scannedRecordKinds()).toEqual(expect.arrayContaining(['generic', 'procurement']));
    expect(() => scanRecord('tenderComparison-unregistered', {})).toThrow(/not registered/);
  });

  it('applies a procurement’s exemptions to the same field and fingerprint only', () => {
    const p = newProcurement({ id: crypto.randomUUID(), title: 'T', now: '2027-01-01T00:00:00Z' });
    const withCode = { ...p, description: HETU, referenceNumber: HETU };
    const [first] = scanRecord('procurement', withCode);
    const exempted = {
      ...withCode,
      personalDataExemptions: addExemption([], first!, 'Asiakirjan numero', '2027-01-01T00:00:00Z'),
    };
    expect(scanRecord('procurement', exempted).map((f) => [f.path.join('.'), f.exempted])).toEqual([
      ['referenceNumber', true],
      ['description', false],
    ]);
  });

  it('keeps at most the limit of exemptions and requires a reason', () => {
    let list = addExemption(
      [],
      { path: ['a'], fingerprint: '00000' },
      'syy 0',
      '2027-01-01T00:00:00Z',
    );
    for (let i = 1; i <= MAX_PERSONAL_DATA_EXEMPTIONS + 5; i++) {
      list = addExemption(
        list,
        { path: [`f${i}`], fingerprint: '00000' },
        `syy ${i}`,
        '2027-01-01T00:00:00Z',
      );
    }
    expect(list).toHaveLength(MAX_PERSONAL_DATA_EXEMPTIONS);
    expect(personalDataExemptionSchema.safeParse({ ...list[0], reason: ' ' }).success).toBe(false);
  });
});

describe('incremental scanning while editing', () => {
  it('rescans only the changed paths and gives the same findings as a full scan', () => {
    const scanner = createIncrementalScanner('generic');
    const v1 = { lots: [{ name: 'a' }, { name: HETU }], title: 'x' };
    expect(scanner.scan(v1).map((f) => f.path.join('.'))).toEqual(['lots.1.name']);
    const v2 = { ...v1, title: identityCode('010203', 'A', '123') };
    expect(
      scanner
        .scan(v2, [['title']])
        .map((f) => f.path.join('.'))
        .sort(),
    ).toEqual(['lots.1.name', 'title']);
    const v3 = { ...v2, lots: [v2.lots[0]!, { name: 'b' }] };
    expect(scanner.scan(v3, [['lots', 1]]).map((f) => f.path.join('.'))).toEqual(['title']);
    expect(scanner.scan(v3).map((f) => f.path.join('.'))).toEqual(['title']);
  });

  it('reuses unchanged subtrees by identity', () => {
    const scanner = createIncrementalScanner('generic');
    const lot = { name: HETU };
    const first = scanner.scan({ lots: [lot] });
    const second = scanner.scan({ lots: [lot], title: 'new' });
    expect(second).toEqual(first);
  });
});
