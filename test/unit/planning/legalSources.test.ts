import { describe, expect, it } from 'vitest';
import { cite, LEGAL_SOURCES, localiseCitation } from '../../../shared/domain/common/legalSources';
import { PERIOD_END_SOURCE } from '../../../shared/domain/planning/deadlineCheck';
import { analysePlanning } from '../../../shared/domain/planning/planningAnalysis';
import { procedureKindSchema } from '../../../shared/domain/planning/procedureChoice';
import { PROCEDURE_GUIDE } from '../../../shared/domain/planning/procedureGuide';
import { THRESHOLD_TABLES } from '../../../shared/domain/planning/thresholds';
import { buildSampleProcurement } from '../../../shared/domain/procurement/sampleProcurement';

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

describe('citations written by the rule modules, in Swedish and English (issue 9)', () => {
  /** Every string under a key named `source`, anywhere in a value. */
  function sources(value: unknown, into: Set<string>): Set<string> {
    if (Array.isArray(value)) for (const v of value) sources(v, into);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && typeof v === 'string') into.add(v);
        else sources(v, into);
      }
    return into;
  }

  /** Finnish words a Swedish or English citation must not carry; English has no § or mom. */
  const FINNISH =
    /hankintalaki|kohta|\bja\b|asetu|direktiivi\b|optioehto|organisaation|\blaki\b|\bk\./i;
  const NOT_ENGLISH = /§|mom\./;

  it('translates the time limits, timeline findings, procedure guide and threshold tables', () => {
    const found = new Set<string>([PERIOD_END_SOURCE]);
    for (const entry of PROCEDURE_GUIDE) found.add(entry.source);
    for (const table of THRESHOLD_TABLES) found.add(table.source);
    const sample = buildSampleProcurement({
      ids: {
        procurement: '00000000-0000-4000-8000-000000000001',
        lots: [2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
        options: '00000000-0000-4000-8000-000000000009',
      },
      now: '2026-11-22T10:00:00.000Z',
      today: '2026-11-22',
      texts: {
        title: 'Näyte',
        referenceNumber: 'N-1',
        description: '',
        responsiblePerson: '',
        lots: ['1A', '1B', '1C', '2'].map((code) => ({ code, name: code, description: '' })),
        valuationNotes: '',
        screeningNotes: '',
      },
    });
    for (const kind of procedureKindSchema.options)
      for (const [amount, tenderDeadline] of [
        [10_000_00, '2027-01-02'],
        [100_000_00, '2027-01-09'],
        [100_000_000_00, '2026-12-05'],
      ] as const) {
        const p = structuredClone(sample);
        p.planning.procedure.kind = kind;
        p.lots = [];
        p.planning.valuation.undivided = {
          basis: 'total',
          amountCents: amount,
          additionalPurchasesCents: 0,
        };
        p.planning.timeline.tenderDeadline = tenderDeadline;
        p.planning.timeline.optionDecisions = {};
        const analysis = analysePlanning(
          p,
          { employmentClauseValueLimitCents: 0, nationalMinimumTenderDays: 21 },
          '2026-11-22',
        );
        sources(analysis, found);
      }
    expect(found.size).toBeGreaterThan(20);
    for (const text of found) {
      for (const language of ['sv', 'en'] as const) {
        const localised = localiseCitation(text, language);
        expect(localised, `${language}: ${text}`).not.toMatch(FINNISH);
        if (language === 'en') expect(localised, text).not.toMatch(NOT_ENGLISH);
      }
      expect(localiseCitation(text, 'fi')).toBe(text);
    }
  });

  it('writes sections, paragraphs and points as each language does', () => {
    expect(localiseCitation('Hankintalaki 1397/2016 56 § 2 mom., 70 §', 'sv')).toBe(
      'Upphandlingslagen 1397/2016 56 § 2 mom., 70 §',
    );
    expect(localiseCitation('Hankintalaki 1397/2016 56 § 2 mom., 70 §', 'en')).toBe(
      'Act on Public Procurement and Concession Contracts 1397/2016 section 56(2), section 70',
    );
    expect(localiseCitation('Hankintalaki 1397/2016 102 § 1 mom. 10 k.', 'en')).toContain(
      'section 102(1)(10)',
    );
    expect(localiseCitation(PERIOD_END_SOURCE, 'sv')).toBe(
      'Förordning (EEG, Euratom) nr 1182/71 artikel 3.4; lagen 150/1930 5 §',
    );
  });
});
