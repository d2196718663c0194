import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, UI_LANGUAGES } from '../../../shared/i18n';
import { FIELD_LABEL_KEYS, fieldLabel, fieldPattern } from '../../../shared/i18n/fieldLabels';
import { catalogLeaves } from './catalogLeaves';

// Issue 9: error texts name fields in the user's words, never as code keys.

describe('field labels for validation messages', () => {
  it('has every label key in fi, sv and en', () => {
    for (const language of UI_LANGUAGES) {
      const keys = catalogLeaves(catalogs[language]);
      const missing = Object.values(FIELD_LABEL_KEYS).filter((key) => !keys.has(key));
      expect(missing.map((key) => `${language}:${key}`)).toEqual([]);
    }
  });

  it('takes list positions out of the path and counts them from 1', () => {
    expect(fieldPattern('lots[2].name')).toEqual({ pattern: 'lots[].name', positions: [3] });
    expect(fieldPattern('title')).toEqual({ pattern: 'title', positions: [] });
  });

  it('names "title" as the form does, in each language', () => {
    expect(fieldLabel(createTranslator('fi'), 'title')).toBe('Hankinnan nimi');
    expect(fieldLabel(createTranslator('sv'), 'title')).toBe(catalogs.sv.procurement.title);
    expect(fieldLabel(createTranslator('en'), 'lots[0].name')).toBe(
      `${catalogs.en.planning.lots.name} (1)`,
    );
  });

  it('gives the issue text "Hankinnan nimi: liian lyhyt", not "title: liian lyhyt"', () => {
    const t = createTranslator('fi');
    const path = fieldLabel(t, 'title') ?? 'title';
    expect(t('issues.tooShort', { path, limit: 1 })).toBe(
      'Hankinnan nimi: liian lyhyt (vähintään 1)',
    );
  });

  it('returns nothing for a path without a label (the caller shows the path)', () => {
    expect(fieldLabel(createTranslator('fi'), 'no.such.field')).toBeUndefined();
  });
});
