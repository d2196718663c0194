/** A catalog as a tree of texts. */
export type TextTree = { readonly [key: string]: string | TextTree };

/**
 * Every text of a catalog by its dotted key (`planning.sections.basics`). Feature files are
 * part of the catalogs, so a new feature file is covered as soon as fi/sv/en.ts import it.
 */
export function catalogLeaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as TextTree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of catalogLeaves(value, path)) out.set(k, v);
  }
  return out;
}
