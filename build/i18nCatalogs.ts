import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The module id prefix the renderer imports a language's catalog parts from. */
const PREFIX = 'virtual:hp-catalog/';
const LANGUAGES = ['fi', 'sv', 'en'] as const;

/**
 * The texts the first screen (app shell, procurement list, notices, storage problems) uses,
 * as top-level keys or dotted subtrees of the UI catalog. Everything else (the phases,
 * calendar, settings, the document texts) is the `rest` part, loaded before any other screen
 * opens and in idle time after the list is painted. `test/unit/renderer/firstScreenTexts.test.ts`
 * checks that every key the first-screen files use is listed here.
 */
export const FIRST_SCREEN_TEXTS: readonly string[] = [
  'app',
  'languages',
  'nav',
  'common',
  'status',
  'list',
  'procurementList',
  'dialogs',
  'errors',
  'issues',
  'valueTypes',
  'problems',
  'units',
  'planning.sample',
  'timeline.milestones',
  'cpv.errors',
  'accessibility',
  'settings.logo.refused',
];

type Tree = { [key: string]: unknown };

/** Splits a catalog into the listed subtrees and the rest (no text in both, none lost). */
export function splitCatalog(catalog: Tree, paths: readonly string[]): { first: Tree; rest: Tree } {
  const rest = structuredClone(catalog);
  const first: Tree = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: Tree = rest;
    let to: Tree = first;
    for (const [i, key] of keys.entries()) {
      const value = from[key];
      if (value === undefined) throw new Error(`First-screen text '${path}' is not in the catalog`);
      if (i === keys.length - 1) {
        to[key] = value;
        delete from[key];
      } else {
        to = (to[key] ??= {}) as Tree;
        from = value as Tree;
      }
    }
  }
  return { first, rest };
}

/**
 * Vite plugin: `import('virtual:hp-catalog/fi/first')` is one language's first-screen texts
 * and `…/fi/rest` the rest of its UI texts plus its document texts (namespace `documents`),
 * as plain JSON evaluated from `shared/i18n` at build time. The feature catalogs
 * (`shared/i18n/features/*.ts`) keep fi, sv and en side by side in one object, which a
 * bundler cannot split; evaluating them here lets the first screen load only the active
 * language's list texts, and other languages load on a switch.
 */
export function i18nCatalogs(root: string): Plugin {
  const i18nDir = resolve(root, 'shared/i18n');
  return {
    name: 'hankintapolku-i18n-catalogs',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [language, part] = id.slice(PREFIX.length + 1).split('/');
      if (!(LANGUAGES as readonly string[]).includes(language ?? '') || !part) {
        throw new Error(`No text catalog '${id.slice(1)}'`);
      }
      // tsx evaluates the TypeScript catalogs in Node (restart the dev server after a text
      // change: Node caches the modules).
      const { require: tsxRequire } = await import('tsx/cjs/api');
      const load = (file: string) =>
        tsxRequire(resolve(i18nDir, file), resolve(i18nDir, 'index.ts')) as Tree;
      const ui = load(`${language}.ts`)[language as string] as Tree;
      const documents = (load('documents/index.ts')['documentCatalogs'] as Tree)[
        language as string
      ] as Tree;
      const { first, rest } = splitCatalog(ui, FIRST_SCREEN_TEXTS);
      const catalog = part === 'first' ? { translation: first } : { translation: rest, documents };
      const json = JSON.stringify(catalog);
      // Texts are strings only; a value JSON cannot carry would silently vanish.
      if (!isDeepEqual(JSON.parse(json), catalog)) {
        throw new Error(`The ${language} text catalog has values that are not plain JSON`);
      }
      // JSON.parse of a string literal parses faster than the same object as JS.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => isDeepEqual((a as Tree)[k], (b as Tree)[k]));
}
