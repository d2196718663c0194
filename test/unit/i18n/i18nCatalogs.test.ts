import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const fi = leaves(catalogs.fi as unknown as Tree);

describe('text catalogs (fi source, sv and en)', () => {
  for (const language of ['sv', 'en'] as const) {
    const other = leaves(catalogs[language] as unknown as Tree);

    it(`${language} has exactly the Finnish keys`, () => {
      expect([...other.keys()].sort()).toEqual([...fi.keys()].sort());
    });

    it(`${language} uses the same {{placeholders}} as Finnish in every text`, () => {
      const mismatched = [...fi].filter(([key, text]) => {
        const translated = other.get(key);
        return (
          translated !== undefined && placeholders(translated).join() !== placeholders(text).join()
        );
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });
  }

  it('has no empty text in any language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const empty = [...leaves(catalogs[language] as unknown as Tree)].filter(
        ([, text]) => text.trim() === '',
      );
      expect(empty.map(([key]) => `${language}:${key}`)).toEqual([]);
    }
  });

  it('fills placeholders and falls back to Finnish for a key a language lacks', () => {
    expect(translate('sv', 'list.created', { title: 'X' })).toBe('Upphandlingen ”X” skapades.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('document texts (namespace documents, apart from the UI catalogs)', () => {
  it('has the same keys in fi, sv and en and is read through its own translator', async () => {
    const { documentCatalogs } = await import('../../../shared/i18n/documents');
    const { createDocumentTranslator } = await import('../../../shared/i18n');
    const fiKeys = [...leaves(documentCatalogs.fi as unknown as Tree).keys()].sort();
    for (const language of ['sv', 'en'] as const) {
      expect([...leaves(documentCatalogs[language] as unknown as Tree).keys()].sort()).toEqual(
        fiKeys,
      );
    }
    expect(createDocumentTranslator('sv')('languageName')).toBe('svenska');
    expect(createDocumentTranslator('en')('app.name')).toBe('app.name');
  });
});
