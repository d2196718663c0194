import { describe, expect, it } from 'vitest';
import {
  normaliseForSearch,
  prepareSearchIndex,
  searchIndex,
} from '../../../shared/domain/procurement/listSearch';
import { summarizeProcurement } from '../../../shared/domain/procurement/procurement';
import { sampleProcurement } from '../support/procurements';

const items = [
  summarizeProcurement(
    sampleProcurement({
      title: 'Kotihoidon tukipalvelut',
      referenceNumber: 'TRE:1234/02.08.01/2026',
      responsiblePerson: 'Aino Ääninen',
    }),
  ),
  summarizeProcurement(
    sampleProcurement({
      title: 'Toimitilojen SIIVOUS',
      referenceNumber: 'HEL 2026-012345',
      responsiblePerson: 'Liisa Virtanen',
    }),
  ),
];
const index = prepareSearchIndex(items);
const titles = (query: string) => searchIndex(index, query).map((e) => e.summary.title);

describe('list search over the prepared index', () => {
  it('ignores case by the Finnish rules: "ääninen" finds "Ääninen"', () => {
    expect(titles('ääninen')).toEqual(['Kotihoidon tukipalvelut']);
  });

  it('finds by reference number with its dots and slashes', () => {
    expect(titles('1234/02.08')).toEqual(['Kotihoidon tukipalvelut']);
  });

  it('every word must match, in any order and any field: "siivous virtanen"', () => {
    expect(titles('virtanen siivous')).toEqual(['Toimitilojen SIIVOUS']);
    expect(titles('siivous aino')).toEqual([]);
  });

  it('a word does not match across two fields', () => {
    expect(titles('siivoushel')).toEqual([]);
  });

  it('invisible characters, no-break spaces and decomposed letters still match', () => {
    expect(titles('koti\u200bhoidon')).toEqual(['Kotihoidon tukipalvelut']);
    expect(titles('HEL\u00a02026')).toEqual(['Toimitilojen SIIVOUS']);
    expect(titles('A\u0308a\u0308ninen')).toEqual(['Kotihoidon tukipalvelut']);
  });

  it('an empty or blank query keeps every procurement', () => {
    expect(titles('   ')).toHaveLength(2);
  });

  it('normalises full-width digits and runs of spaces', () => {
    expect(normaliseForSearch('  ＨＥＬ   ２０２６ ')).toBe('hel 2026');
  });
});
