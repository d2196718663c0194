import { describe, expect, it } from 'vitest';
import { cite, LEGAL_SOURCES } from '../../../shared/domain/common/legalSources';

describe('legal sources registry (one citation, three languages)', () => {
  it('cites a section and paragraph of the procurement act in fi, sv and en', () => {
    expect(cite(['standstill'], 'fi')).toBe('Hankintalaki 1397/2016 129 § 1 mom.');
    expect(cite(['standstill'], 'sv')).toBe('Upphandlingslagen 1397/2016 129 § 1 mom.');
    expect(cite(['standstill'], 'en')).toBe(
      'Act on Public Procurement and Concession Contracts 1397/2016 section 129(1)',
    );
  });

  it('joins sources of one act after one act name and acts with "; "', () => {
    expect(cite(['decisionServed', 'standstill'], 'fi')).toBe(
      'Hankintalaki 1397/2016 127 §, 129 § 1 mom.',
    );
    expect(cite(['longServiceValue', 'longServiceDirective'], 'fi')).toBe(
      'Hankintalaki 1397/2016 30 § (palveluhankinnan ennakoitu arvo ilman kokonaishintaa); Direktiivi 2014/24/EU 5 art. 14(b) kohta',
    );
    expect(cite(['longServiceDirective'], 'en')).toBe('Directive 2014/24/EU Article 5(14)(b)');
    expect(cite(['smallLotsDirective'], 'sv')).toBe('Direktiv 2014/24/EU artikel 5.10');
  });

  it('cites the lots rule and the ban on splitting by name, one section each', () => {
    expect(cite(['lotsValue'], 'fi')).toBe(
      'Hankintalaki 1397/2016 31 § (osiin jaetun hankinnan ennakoitu arvo)',
    );
    expect(cite(['splittingBan'], 'en')).toContain('section 27 (ban on splitting)');
  });

  it('localises "ja" in a paragraph list', () => {
    expect(cite(['indefiniteValue'], 'sv')).toBe('Upphandlingslagen 1397/2016 30 § 1 och 3 mom.');
    expect(cite(['indefiniteValue'], 'en')).toContain('section 30(1 and 3)');
  });

  it('has a Swedish and an English name for every named rule', () => {
    for (const source of Object.values(LEGAL_SOURCES)) {
      if ('rule' in source) {
        expect(source.rule.sv.length).toBeGreaterThan(0);
        expect(source.rule.en.length).toBeGreaterThan(0);
      }
    }
  });
});
