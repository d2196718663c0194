import { describe, expect, it } from 'vitest';
import { catalogs, UI_LANGUAGES } from '../../../shared/i18n';
import { documentCatalogs } from '../../../shared/i18n/documents';
import { TERMBASE } from '../../../shared/i18n/termbase';
import { catalogLeaves } from './catalogLeaves';

// Every text of every catalog (fi.ts, sv.ts, en.ts, every feature file they import, and the
// document catalogs under the key prefix `documents.`) is
// checked against the termbase: no forbidden variant, and where the Finnish names a concept
// with an anchor (pienhankinta, suorahankinta, oikaisuvaatimus) the translation uses the
// preferred term — "direktupphandling" for pienhankinta is the false friend this catches.

const texts = Object.fromEntries(
  UI_LANGUAGES.map((language) => [
    language,
    new Map([
      ...catalogLeaves(catalogs[language]),
      ...[...catalogLeaves(documentCatalogs[language])].map(
        ([key, text]) => [`documents.${key}`, text] as const,
      ),
    ]),
  ]),
) as Record<(typeof UI_LANGUAGES)[number], Map<string, string>>;

const pattern = (source: string) => new RegExp(source, 'iu');

describe('termbase (shared/i18n/termbase.ts)', () => {
  it('has one entry per concept and a preferred term in fi, sv and en', () => {
    const ids = TERMBASE.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of TERMBASE) {
      expect([term.fi, term.sv, term.en].every((t) => t.trim() !== '')).toBe(true);
      expect(term.source.trim()).not.toBe('');
    }
  });

  it('never forbids its own preferred term', () => {
    const clashes = TERMBASE.flatMap((term) =>
      UI_LANGUAGES.flatMap((language) =>
        (term.forbidden[language] ?? [])
          .filter((variant) => pattern(variant).test(term[language]))
          .map((variant) => `${term.id}.${language}: ${variant}`),
      ),
    );
    expect(clashes).toEqual([]);
  });

  for (const language of UI_LANGUAGES) {
    it(`${language}: no catalog text uses a forbidden variant`, () => {
      const found: string[] = [];
      for (const [key, text] of texts[language]) {
        for (const term of TERMBASE) {
          for (const variant of term.forbidden[language] ?? []) {
            const match = pattern(variant).exec(text);
            if (match) found.push(`${key}: "${match[0]}" → ${term[language]} (${term.id})`);
          }
        }
      }
      expect(found).toEqual([]);
    });
  }

  for (const language of ['sv', 'en'] as const) {
    it(`${language}: where the Finnish names an anchored concept, the preferred term is used`, () => {
      const found: string[] = [];
      for (const term of TERMBASE) {
        if (!term.anchor) continue;
        for (const [key, source] of texts.fi) {
          if (!pattern(term.anchor.fi).test(source)) continue;
          const translated = texts[language].get(key) ?? '';
          if (!pattern(term.anchor[language]).test(translated)) {
            found.push(`${key}: "${translated}" lacks ${term[language]} (${term.id})`);
          }
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('catches the false friend: direktupphandling in a text about pienhankinta', () => {
    const small = TERMBASE.find((term) => term.id === 'smallProcurement');
    expect(pattern(small?.anchor?.sv ?? '').test('Direktupphandling under tröskelvärdet')).toBe(
      false,
    );
    expect(pattern(small?.anchor?.sv ?? '').test('Småupphandling')).toBe(true);
  });
});
