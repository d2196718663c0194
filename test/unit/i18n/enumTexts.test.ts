import { describe, expect, it } from 'vitest';
import { catalogs, UI_LANGUAGES } from '../../../shared/i18n';
import { ENUM_TEXTS } from '../../../shared/i18n/enumTexts';
import { catalogLeaves } from './catalogLeaves';

// Issue 7 § 2: every code of every enum shown to the user has its text in fi, sv and en.

describe('enum-valued texts', () => {
  for (const language of UI_LANGUAGES) {
    it(`every code of every enum has a ${language} text`, () => {
      const texts = catalogLeaves(catalogs[language]);
      const missing: string[] = [];
      for (const [name, entry] of Object.entries(ENUM_TEXTS)) {
        const key = entry.key as (code: string) => string;
        for (const code of entry.codes) {
          const text = texts.get(key(code)) ?? texts.get(`${key(code)}_other`);
          if (text === undefined || text.trim() === '')
            missing.push(`${name}.${code}: ${key(code)}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('gives literal keys', () => {
    expect(ENUM_TEXTS.status.key('evaluation')).toBe('status.evaluation');
    expect(ENUM_TEXTS.procedureKind.key('smallProcurement')).toBe(
      'planning.procedure.kinds.smallProcurement.name',
    );
  });
});
