import type { ProcurementSummary } from './procurement';

/** Characters that show nothing but break a match: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/**
 * Text as the list search compares it: Unicode-composed (NFKC, so a decomposed "ä" or a
 * full-width digit matches the plain one), invisible characters removed, lower-cased by the
 * Finnish rules, runs of whitespace (including no-break spaces) as one space, trimmed.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLocaleLowerCase('fi')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One list row with its search text prepared once per list load. */
export interface SearchEntry {
  summary: ProcurementSummary;
  /** Normalised title, reference number and responsible person, separated by a newline. */
  text: string;
}

/** Prepares the list's search index: one normalised string per procurement. */
export function prepareSearchIndex(items: readonly ProcurementSummary[]): SearchEntry[] {
  return items.map((summary) => ({
    summary,
    text: [summary.title, summary.referenceNumber, summary.responsiblePerson]
      .map(normaliseForSearch)
      .join('\n'),
  }));
}

/**
 * The entries whose title, reference number or responsible person contain every word of
 * `query` (in any order, each word within one field); an empty query keeps all.
 */
export function searchIndex(entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.slice();
  return entries.filter((e) => words.every((w) => e.text.includes(w)));
}
