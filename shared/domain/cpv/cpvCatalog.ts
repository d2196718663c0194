import { z } from 'zod';
import shippedList from '../../data/cpv-social-services.json';
import { cpvCodeSchema, type CpvCode, type CpvEntry, type CpvLanguage } from './cpvCode';

/**
 * The CPV catalog the search covers: the 115 social and other specific services codes
 * shipped with the app (liite E / Annex XIV, from the eForms SDK; see shared/data/README.md)
 * merged with the full EU list when the user has imported it.
 */

/** One code of the shipped list as the eForms SDK gives it (no check digit). */
export const shippedCpvItemSchema = z.object({
  code: cpvCodeSchema,
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});

/** An imported row before it is marked as liite E or not. */
export type ImportedCpvRow = Omit<CpvEntry, 'annexE'>;

let shipped: readonly CpvEntry[] | undefined;

/** The shipped liite E codes as entries (parsed and checked once). */
export function shippedCpvEntries(): readonly CpvEntry[] {
  shipped ??= z
    .array(shippedCpvItemSchema)
    .parse(shippedList)
    .map((item) => ({ ...item, checkDigit: null, annexE: true }));
  return shipped;
}

let annexECodes: ReadonlySet<CpvCode> | undefined;

/** Whether a code is one of the social and other specific services (liite E). */
export function isAnnexECode(code: CpvCode): boolean {
  annexECodes ??= new Set(shippedCpvEntries().map((e) => e.code));
  return annexECodes.has(code);
}

/** Imported rows as entries, marked liite E when the code is in the shipped list. */
export function importedCpvEntries(rows: readonly ImportedCpvRow[]): CpvEntry[] {
  return rows.map((row) => ({ ...row, annexE: isAnnexECode(row.code) }));
}

/**
 * The shipped and imported entries as one list sorted by code. Every shipped code is present;
 * for a code in both, the imported labels win language by language (an imported list with
 * only English keeps the shipped Finnish and Swedish), and the imported check digit is kept.
 * `annexE` is always decided by the shipped list, never by what a stored file says.
 */
export function mergeCpvEntries(
  shippedEntries: readonly CpvEntry[],
  imported: readonly CpvEntry[],
): CpvEntry[] {
  const byCode = new Map<CpvCode, CpvEntry>();
  for (const entry of shippedEntries) byCode.set(entry.code, entry);
  for (const entry of imported) {
    const base = byCode.get(entry.code);
    byCode.set(entry.code, {
      code: entry.code,
      checkDigit: entry.checkDigit ?? base?.checkDigit ?? null,
      fi: entry.fi || (base?.fi ?? ''),
      sv: entry.sv || (base?.sv ?? ''),
      en: entry.en || (base?.en ?? ''),
      annexE: isAnnexECode(entry.code),
    });
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Folds text for matching: lower case, diacritics removed (ä → a, ö → o, å → a, é → e) and
 * the few letters Unicode does not decompose mapped by hand. Folding ä/ö/å is deliberate:
 * officers often type without them (a foreign keyboard, a habit from file names), and in a
 * list of CPV labels the false matches it allows (e.g. "maara" for both "määrä" and
 * "maara") are rare and harmless, while a missed "paivahoito" → "päivähoito" is not.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øœæßđł]/g, (c) => FOLD_EXTRA[c] ?? c);
}

const FOLD_EXTRA: Record<string, string> = {
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
};

/** The words of a text, folded ("Verkko-opiskelupalvelut" → verkko, opiskelupalvelut). */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

const LANGUAGES: readonly CpvLanguage[] = ['fi', 'sv', 'en'];

/**
 * A catalog prepared for searching: built once per catalog (about 50 ms for the full EU
 * list; test/bench/cpvBench.ts) so a search only scans precomputed strings (1–3 ms).
 */
export interface CpvIndex {
  /** Every entry, sorted by code. */
  readonly entries: readonly CpvEntry[];
  readonly byCode: ReadonlyMap<CpvCode, CpvEntry>;
  /**
   * Per entry and language (index `i * 3 + language`): the label's folded words joined with
   * spaces and with a leading space, so "a word starts with w" is `includes(' ' + w)`.
   */
  readonly wordKeys: readonly string[];
}

/** Prepares entries for {@link searchCpv}; sorts them by code. */
export function buildCpvIndex(entries: readonly CpvEntry[]): CpvIndex {
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const wordKeys: string[] = [];
  for (const entry of sorted) {
    for (const lang of LANGUAGES) {
      const words = searchWords(entry[lang]);
      wordKeys.push(words.length === 0 ? '' : ` ${words.join(' ')}`);
    }
  }
  return { entries: sorted, byCode: new Map(sorted.map((e) => [e.code, e])), wordKeys };
}

/** What a search found: the best `limit` entries and how many matched in all. */
export interface CpvSearchResult {
  results: CpvEntry[];
  total: number;
}

/** How well an entry matched; lower is better. */
const RANK_EXACT_CODE = 0;
const RANK_CODE_PREFIX = 1;
const RANK_LABEL_START = 2;
const RANK_OTHER = 3;

/** A query read as a code: its digits, when it is only digits (hyphen, check digit, spaces). */
function codeQuery(query: string): string | null {
  const m = /^(\d{1,8})(?:-\d?)?$/.exec(query.replace(/\s+/g, ''));
  return m?.[1] ?? null;
}

/**
 * The significant part of an eight-digit code: CPV is a hierarchy in which trailing zeros
 * mean "the whole group" (90900000 cleaning and sanitation → 909xxxxx), keeping at least the
 * two digits of the division.
 */
function hierarchyPrefix(code: string): string {
  const trimmed = code.replace(/0+$/, '');
  return trimmed.length >= 2 ? trimmed : code.slice(0, 2);
}

/**
 * Searches the catalog.
 * - A query of digits (`9091`, `90910000`, `90910000-9`, `9091 0000`) matches codes starting
 *   with them; a full eight-digit code comes first and its sub-codes follow.
 * - Otherwise each word must start a word of the label in one language (fi, sv or en),
 *   folded as {@link foldForSearch} says; a word of digits in a mixed query must start the
 *   code.
 * Order: exact code, code prefix, label starting with the query, other label matches; within
 * a rank, by code (so a group comes before its members).
 */
export function searchCpv(
  catalog: CpvIndex | readonly CpvEntry[],
  query: string,
  limit: number,
): CpvSearchResult {
  const index = 'wordKeys' in catalog ? catalog : buildCpvIndex(catalog);
  const { entries, wordKeys } = index;
  const buckets: CpvEntry[][] = [[], [], [], []];

  const digits = codeQuery(query);
  if (digits !== null) {
    const prefix = digits.length === 8 ? hierarchyPrefix(digits) : digits;
    for (const entry of entries) {
      if (entry.code === digits) buckets[RANK_EXACT_CODE]!.push(entry);
      else if (entry.code.startsWith(prefix)) buckets[RANK_CODE_PREFIX]!.push(entry);
    }
  } else {
    const words = searchWords(query);
    if (words.length === 0) return { results: [], total: 0 };
    const codeWords = words.filter((w) => /^\d+$/.test(w));
    const textWords = words.filter((w) => !/^\d+$/.test(w)).map((w) => ` ${w}`);
    const phrase = textWords.join('');
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (!codeWords.every((w) => entry.code.startsWith(w))) continue;
      let rank = -1;
      for (let lang = 0; lang < 3; lang++) {
        const key = wordKeys[i * 3 + lang]!;
        if (!textWords.every((w) => key.includes(w))) continue;
        rank = key.startsWith(phrase) ? RANK_LABEL_START : RANK_OTHER;
        if (rank === RANK_LABEL_START) break;
      }
      if (rank >= 0) buckets[rank]!.push(entry);
    }
  }
  const all = buckets.flat();
  return { results: all.slice(0, limit), total: all.length };
}
