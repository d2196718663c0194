import { describe, expect, it } from 'vitest';
import {
  buildCpvIndex,
  foldForSearch,
  importedCpvEntries,
  isAnnexECode,
  mergeCpvEntries,
  searchCpv,
  searchWords,
  shippedCpvEntries,
} from '../../../shared/domain/cpv/cpvCatalog';
import {
  cpvEntryLabel,
  cpvEntrySchema,
  formatCpvCode,
  type CpvEntry,
} from '../../../shared/domain/cpv/cpvCode';

function entry(
  code: string,
  fi: string,
  sv = '',
  en = '',
  checkDigit: string | null = null,
): CpvEntry {
  return { code, checkDigit, fi, sv, en, annexE: false };
}

/** A small catalog in the EU list's shape (labels from CPV 2008). */
const CATALOG: CpvEntry[] = [
  entry(
    '90900000',
    'Siivous- ja puhtaanapitopalvelut',
    'Städ- och saneringstjänster',
    'Cleaning and sanitation services',
    '6',
  ),
  entry('90910000', 'Siivouspalvelut', 'Rengöring', 'Cleaning services', '9'),
  entry(
    '90911000',
    'Asuntojen, rakennusten ja ikkunoiden siivouspalvelut',
    'Rengöring av bostäder, byggnader och fönster',
    'Accommodation, building and window cleaning services',
    '6',
  ),
  entry(
    '90911200',
    'Rakennusten siivouspalvelut',
    'Byggnadsrengöring',
    'Building-cleaning services',
    '8',
  ),
  entry(
    '90919200',
    'Toimistojen siivouspalvelut',
    'Kontorsstädning',
    'Office cleaning services',
    '4',
  ),
  entry(
    '85312110',
    'Lasten päivähoitopalvelut',
    'Barnomsorg inom förskola',
    'Child day-care services',
    '3',
  ),
  entry('85312100', 'Päivähoitopalvelut', 'Tjänster för dagcentrer', 'Daycare services', '0'),
  entry('55520000', 'Ateriapalvelut', 'Cateringtjänster', 'Catering services', '1'),
  entry('09091000', 'Siivousaineet (testi)', '', 'Cleaning agents (test)', null),
];

describe('the shipped liite E codes', () => {
  it('are the 115 social and other specific services codes with fi, sv and en labels', () => {
    const shipped = shippedCpvEntries();
    expect(shipped).toHaveLength(115);
    expect(new Set(shipped.map((e) => e.code)).size).toBe(115);
    for (const e of shipped) {
      expect(cpvEntrySchema.parse(e)).toEqual(e);
      expect(e.annexE).toBe(true);
      expect(e.checkDigit).toBeNull();
      expect([e.fi, e.sv, e.en].every((label) => label.length > 0)).toBe(true);
    }
    expect(shipped.find((e) => e.code === '85312110')).toMatchObject({
      fi: 'Lasten päivähoitopalvelut',
      en: 'Child daycare services',
    });
  });

  it('tells liite E codes from others', () => {
    expect(isAnnexECode('85312110')).toBe(true);
    expect(isAnnexECode('80110000')).toBe(true);
    expect(isAnnexECode('90910000')).toBe(false);
  });
});

describe('merging the shipped and the imported list', () => {
  it('keeps every shipped code, adds imported ones and sorts by code', () => {
    const merged = mergeCpvEntries(shippedCpvEntries(), importedCpvEntries(CATALOG));
    expect(merged).toHaveLength(115 + CATALOG.length - 2); // 85312100 and 85312110 are in both
    expect(merged.map((e) => e.code)).toEqual([...merged.map((e) => e.code)].sort());
    for (const shipped of shippedCpvEntries()) {
      expect(merged.some((e) => e.code === shipped.code)).toBe(true);
    }
  });

  it('marks imported codes liite E by the shipped list, whatever the file said', () => {
    const imported = importedCpvEntries([
      { code: '85312110', checkDigit: '3', fi: 'Lasten päivähoito', sv: '', en: '' },
      { code: '90910000', checkDigit: '9', fi: 'Siivouspalvelut', sv: '', en: '' },
    ]);
    expect(imported.map((e) => e.annexE)).toEqual([true, false]);
    const tampered = { ...imported[1]!, annexE: true };
    const merged = mergeCpvEntries(shippedCpvEntries(), [tampered]);
    expect(merged.find((e) => e.code === '90910000')?.annexE).toBe(false);
  });

  it('lets imported labels win language by language and keeps the imported check digit', () => {
    const merged = mergeCpvEntries(shippedCpvEntries(), [
      {
        code: '85312110',
        checkDigit: '3',
        fi: '',
        sv: '',
        en: 'Child day-care services (2013)',
        annexE: true,
      },
    ]);
    expect(merged.find((e) => e.code === '85312110')).toEqual({
      code: '85312110',
      checkDigit: '3',
      fi: 'Lasten päivähoitopalvelut',
      sv: 'Barnomsorg inom förskola',
      en: 'Child day-care services (2013)',
      annexE: true,
    });
  });
});

describe('folding text for search', () => {
  it('ignores case and diacritics, so ä, ö and å may be typed as a and o', () => {
    expect(foldForSearch('PÄIVÄHOITO')).toBe('paivahoito');
    expect(foldForSearch('Vård och Omsorg')).toBe('vard och omsorg');
    expect(foldForSearch('Crème brûlée, Øl, Straße')).toBe('creme brulee, ol, strasse');
  });

  it('splits labels into words at spaces, hyphens and punctuation', () => {
    expect(searchWords('Verkko-opiskelupalvelut')).toEqual(['verkko', 'opiskelupalvelut']);
    expect(searchWords('Asuntojen, rakennusten ja ikkunoiden')).toEqual([
      'asuntojen',
      'rakennusten',
      'ja',
      'ikkunoiden',
    ]);
  });
});

describe('searching CPV codes', () => {
  const index = buildCpvIndex(CATALOG);
  const codes = (query: string, limit = 50) =>
    searchCpv(index, query, limit).results.map((e) => e.code);

  it('finds codes by their first digits, with or without check digit, hyphen or spaces', () => {
    expect(codes('9091')).toEqual(['90910000', '90911000', '90911200', '90919200']);
    expect(codes('9091 12')).toEqual(['90911200']);
    expect(codes('90911200-8')).toEqual(['90911200']);
    expect(codes('90911200-')).toEqual(['90911200']);
    expect(codes('0909')).toEqual(['09091000']);
  });

  it('puts an exact code first and then the codes under it in the hierarchy', () => {
    expect(codes('90910000')).toEqual(['90910000', '90911000', '90911200', '90919200']);
    expect(codes('90900000-6')).toEqual([
      '90900000',
      '90910000',
      '90911000',
      '90911200',
      '90919200',
    ]);
  });

  it('finds labels in Finnish, Swedish and English, ignoring case and ä/ö/å', () => {
    expect(codes('ateria')).toEqual(['55520000']);
    expect(codes('catering')).toEqual(['55520000']);
    expect(codes('kontorsstädning')).toEqual(['90919200']);
    expect(codes('KONTORSSTADNING')).toEqual(['90919200']);
    expect(codes('paivahoito')).toEqual(['85312100', '85312110']);
    expect(codes('Päivähoito')).toEqual(['85312100', '85312110']);
    expect(codes('barnomsorg')).toEqual(['85312110']);
  });

  it('requires every word to start a word of the label in one language', () => {
    expect(codes('lasten päivä')).toEqual(['85312110']);
    // "hoito" is inside the compound "päivähoitopalvelut", not at the start of a word.
    expect(codes('lasten hoito')).toEqual([]);
    expect(codes('office clean')).toEqual(['90919200']);
    expect(codes('day-care')).toEqual(['85312110']);
    expect(codes('siivous office')).toEqual([]);
  });

  it('ranks a label that starts with the query above other label matches', () => {
    const result = codes('siivous');
    expect(result.slice(0, 3)).toEqual(['09091000', '90900000', '90910000']);
    expect(result.slice(3)).toEqual(['90911000', '90911200', '90919200']);
    expect(codes('cleaning')).toEqual([
      '09091000',
      '90900000',
      '90910000',
      '90911000',
      '90911200',
      '90919200',
    ]);
  });

  it('reads a word of digits in a mixed query as the start of the code', () => {
    expect(codes('9091 siivous')).toEqual(['90910000', '90911000', '90911200', '90919200']);
    expect(codes('90 toimisto')).toEqual(['90919200']);
  });

  it('returns the best `limit` results and the total number of matches', () => {
    expect(searchCpv(index, 'siivous', 2)).toEqual({
      results: [CATALOG[8], CATALOG[0]],
      total: 6,
    });
    expect(searchCpv(index, '9', 50).total).toBe(5);
  });

  it('finds nothing for an empty query or one of punctuation only', () => {
    expect(searchCpv(index, '', 10)).toEqual({ results: [], total: 0 });
    expect(searchCpv(index, '  - , ', 10)).toEqual({ results: [], total: 0 });
  });

  it('searches a plain list of entries as well as a prepared index', () => {
    expect(searchCpv(CATALOG, 'rengöring', 10).results.map((e) => e.code)).toEqual([
      '90910000',
      '90911000',
    ]);
  });

  it('keeps the shipped catalog searchable in all three languages', () => {
    const shipped = buildCpvIndex(shippedCpvEntries());
    expect(searchCpv(shipped, 'paivahoito', 10).results.map((e) => e.code)).toContain('85312110');
    expect(searchCpv(shipped, 'child daycare', 10).results.map((e) => e.code)).toContain(
      '85312110',
    );
    expect(searchCpv(shipped, 'barnomsorg', 10).results.map((e) => e.code)).toContain('85312110');
  });
});

describe('showing an entry', () => {
  it('writes the check digit after a hyphen when it is known', () => {
    expect(formatCpvCode(CATALOG[1]!)).toBe('90910000-9');
    expect(formatCpvCode(CATALOG[8]!)).toBe('09091000');
  });

  it('uses the UI language and falls back to another when the list lacks it', () => {
    expect(cpvEntryLabel(CATALOG[1]!, 'sv')).toBe('Rengöring');
    expect(cpvEntryLabel(CATALOG[8]!, 'sv')).toBe('Siivousaineet (testi)');
    expect(cpvEntryLabel({ fi: '', sv: 'Rengöring', en: '' }, 'en')).toBe('Rengöring');
  });
});
