import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, UI_LANGUAGES } from '../../../shared/i18n';
import type { UiLanguage } from '../../../shared/domain/workspace/organisationProfile';
import { catalogLeaves } from './catalogLeaves';

// Plurals go through i18next plural keys (`_one` / `_other`, CLDR rules for fi, sv and en):
// either on the text itself or through a nested counted unit, `$t(units.days, …)`.
// This test renders every text of every catalog (feature files included, found through the
// catalogs) with every number placeholder set to 0, 1, 2 and 21 and looks for a noun that
// disagrees with its number ("1 upphandlingar", "1 codes", "2 hankinta").

/** Nouns that must not follow the number 1 (plural forms), per language. */
const PLURAL_AFTER_ONE: Record<UiLanguage, RegExp> = {
  fi: /(?<![\d\s])\b1 (päivää|kuukautta|hankintaa|koodia|osaa|riviä|merkkiä|osumaa)(?![\wåäö])/u,
  sv: /(?<![\d\s])\b1 (dagar|månader|upphandlingar|koder|delar|rader|träffar)(?![\wåäö])/u,
  en: /(?<![\d\s])\b1 (days|months|procurements|codes|lots|rows|characters|matches)\b/u,
};

/** Nouns that must not follow 0, 2 or 21 (singular forms), per language. */
const SINGULAR_AFTER_MANY: Record<UiLanguage, RegExp> = {
  fi: /\b(0|2|21) (päivä|kuukausi|hankinta|koodi|osa|rivi|merkki|osuma)(?![\wåäö])/u,
  sv: /\b(0|2|21) (dag|månad|upphandling|kod|del|rad|träff)(?![\wåäö])/u,
  en: /\b(0|2|21) (day|month|procurement|code|lot|row|character|match)\b/u,
};

/** Every key once, plural variants folded into their base key (`x_one`, `x_other` → `x`). */
function baseKeys(language: UiLanguage): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const [key, text] of catalogLeaves(catalogs[language])) {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const names = keys.get(base) ?? new Set<string>();
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) names.add(m[1] ?? '');
    keys.set(base, names);
  }
  return keys;
}

describe('plurals: every counted text agrees with its number in fi, sv and en', () => {
  for (const language of UI_LANGUAGES) {
    const t = createTranslator(language);
    for (const count of [0, 1, 2, 21]) {
      it(`${language}, count ${count}`, () => {
        const wrong: string[] = [];
        const pattern = count === 1 ? PLURAL_AFTER_ONE[language] : SINGULAR_AFTER_MANY[language];
        for (const [key, names] of baseKeys(language)) {
          const params: Record<string, number> = { count };
          for (const name of names) params[name] = count;
          const text = t(key, params);
          if (pattern.test(text) || text.includes('$t(')) wrong.push(`${key}: ${text}`);
        }
        expect(wrong).toEqual([]);
      });
    }
  }

  it('has both plural forms of every plural key in every language', () => {
    for (const language of UI_LANGUAGES) {
      const keys = [...catalogLeaves(catalogs[language]).keys()];
      const missing = keys
        .filter((k) => k.endsWith('_one'))
        .filter((k) => !keys.includes(k.replace(/_one$/, '_other')));
      expect(missing.map((k) => `${language}:${k}`)).toEqual([]);
    }
  });

  it('says "1 hankinta", "2 hankintaa", "1 upphandling", "1 procurement"', () => {
    expect(createTranslator('fi')('units.procurements', { count: 1 })).toBe('1 hankinta');
    expect(createTranslator('fi')('units.procurements', { count: 2 })).toBe('2 hankintaa');
    expect(createTranslator('fi')('units.procurements', { count: 21 })).toBe('21 hankintaa');
    expect(createTranslator('sv')('units.procurements', { count: 1 })).toBe('1 upphandling');
    expect(createTranslator('sv')('units.procurements', { count: 0 })).toBe('0 upphandlingar');
    expect(createTranslator('en')('units.procurements', { count: 1 })).toBe('1 procurement');
    expect(createTranslator('en')('units.procurements', { count: 21 })).toBe('21 procurements');
  });

  it('nests the counted unit inside a sentence', () => {
    expect(createTranslator('fi')('settings.backupCreated', { count: 1 })).toBe(
      'Varmuuskopio otettiin (1 hankinta).',
    );
    expect(createTranslator('sv')('cpv.section.resultCount', { total: 1 })).toBe('1 kod hittades.');
    expect(createTranslator('en')('planning.value.lines.totalLots', { count: 2 })).toBe(
      'Estimated value in total, 2 lots (VAT 0 %)',
    );
  });
});
