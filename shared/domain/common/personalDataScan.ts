/**
 * Hardened scanning for Finnish personal identity codes (henkilötunnus, laki
 * väestötietojärjestelmästä 661/2009 11 §). The guard is a privacy control, so a code must be
 * found however it is disguised: Unicode compatibility forms (NFKC: full-width digits and
 * letters), invisible characters (zero-width spaces and joiners, soft hyphens, word joiners,
 * BOM), dash and minus variants, Cyrillic and Greek look-alike letters, codes glued to words
 * and codes split by spaces or a line break around the century sign.
 *
 * False alarms stay low because a candidate is a code only when its birth date is real and
 * its check character matches (a date-like document number almost never passes both); when
 * one does, the officer may record that it is not a personal code (see
 * {@link personalDataExemptionSchema}).
 */

/** Characters removed before matching: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, invisible operators. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Dash and minus variants read as the century sign `-`. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u2043\u02D7]/g;

/**
 * Letters that look like the Latin letters used as century signs and check characters:
 * Cyrillic and Greek capitals and small letters. Only look-alikes of letters that can appear
 * in a code are listed (A B C D E F H J K L M N P R S T U V W X Y).
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A',
  а: 'A',
  В: 'B',
  в: 'B',
  С: 'C',
  с: 'C',
  Е: 'E',
  е: 'E',
  Н: 'H',
  н: 'H',
  Ј: 'J',
  ј: 'J',
  К: 'K',
  к: 'K',
  М: 'M',
  м: 'M',
  Р: 'P',
  р: 'P',
  Ѕ: 'S',
  ѕ: 'S',
  Т: 'T',
  т: 'T',
  Х: 'X',
  х: 'X',
  У: 'Y',
  у: 'Y',
  Ү: 'Y',
  ү: 'Y',
  Ԁ: 'D',
  ԁ: 'D',
  Ԝ: 'W',
  ԝ: 'W',
  // Greek
  Α: 'A',
  α: 'A',
  Β: 'B',
  β: 'B',
  Ε: 'E',
  ε: 'E',
  Η: 'H',
  Κ: 'K',
  κ: 'K',
  Μ: 'M',
  Ν: 'N',
  ν: 'V',
  Ρ: 'P',
  ρ: 'P',
  Τ: 'T',
  τ: 'T',
  Υ: 'Y',
  υ: 'U',
  Χ: 'X',
  χ: 'X',
  Ϲ: 'C',
  ϲ: 'C',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/**
 * The text as the scanner reads it: NFKC, invisible characters removed, dashes and minus
 * signs as `-`, look-alike letters as Latin capitals, everything upper case. Length may
 * differ from the input, so indexes refer to the normalised text.
 */
export function normaliseForScan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKES[c] ?? c)
    .toUpperCase();
}

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * A candidate in normalised text: six digits, a century sign with up to three spaces or
 * line breaks on either side, three digits and a check character. No word boundary is
 * required, so a code glued to letters or digits (`abc010190-123Xdef`) is still found; the
 * date and check character keep glued document numbers from matching. The lookahead makes
 * overlapping candidates possible (`0010190-123X` holds `010190-123X`).
 */
const CANDIDATE = /(?=(\d{6})[ \t\r\n]{0,3}([-+A-FU-Y])[ \t\r\n]{0,3}(\d{3})([0-9A-Y]))/g;

/** The code in canonical form (`DDMMYYCZZZQ`) when the parts form a valid code, else null. */
export function validIdentityCode(
  ddmmyy: string,
  sign: string,
  individual: string,
  check: string,
): string | null {
  const century = CENTURY_BY_SIGN[sign];
  if (century === undefined) return null;
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const year = century + Number(ddmmyy.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  if (CHECK_CHARS[Number(`${ddmmyy}${individual}`) % 31] !== check) return null;
  return `${ddmmyy}${sign}${individual}${check}`;
}

/** One code found in a text: where it starts in the normalised text, masked form, fingerprint. */
export interface ScanHit {
  /** Index in the normalised text. */
  index: number;
  /** All but the first four digits and the century sign hidden. */
  masked: string;
  /** See {@link fingerprintIdentityCode}. */
  fingerprint: string;
}

/** Hides all but the first four digits and the century sign of a canonical code. */
export function maskCanonicalCode(code: string): string {
  return `${code.slice(0, 4)}**${code.charAt(6)}****`;
}

/**
 * A short fingerprint of a canonical code: FNV-1a (32 bit) kept to 20 bits, five hex digits.
 * Deliberately short: about a million fingerprints for hundreds of millions of possible codes,
 * so a stored fingerprint cannot be turned back into the code (dozens of plausible codes share
 * each one), while another code in the same field matches an exemption only about once in a
 * million times.
 */
export function fingerprintIdentityCode(canonical: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 12).toString(16).padStart(5, '0');
}

/** Longest string whose result is cached (longer ones are scanned every time). */
const CACHE_MAX_TEXT = 100_000;
const CACHE_MAX_ENTRIES = 2_000;
const textCache = new Map<string, readonly ScanHit[]>();

/** Every valid identity code in a text, after normalisation (results cached per string). */
export function scanText(text: string): readonly ScanHit[] {
  const cached = textCache.get(text);
  if (cached) return cached;
  const hits: ScanHit[] = [];
  const normalised = normaliseForScan(text);
  let lastEnd = -1;
  for (const m of normalised.matchAll(CANDIDATE)) {
    const [, ddmmyy = '', sign = '', individual = '', check = ''] = m;
    const code = validIdentityCode(ddmmyy, sign, individual, check);
    if (code === null || m.index < lastEnd) continue;
    lastEnd = m.index + 11;
    hits.push({
      index: m.index,
      masked: maskCanonicalCode(code),
      fingerprint: fingerprintIdentityCode(code),
    });
  }
  if (text.length <= CACHE_MAX_TEXT) {
    if (textCache.size >= CACHE_MAX_ENTRIES) {
      const oldest = textCache.keys().next();
      if (!oldest.done) textCache.delete(oldest.value);
    }
    textCache.set(text, hits);
  }
  return hits;
}

/** A path inside a scanned value, e.g. `['lots', 0, 'name']`. */
export type ScanPath = readonly (string | number)[];

/** One field (or object key) holding an identity code. */
export interface ScanFinding {
  path: ScanPath;
  /** `key` when the code is in an object key at `path` rather than in the value there. */
  where: 'value' | 'key';
  masked: string;
  fingerprint: string;
}

/** Deepest nesting walked: far beyond any honest record, well within the call stack. */
export const MAX_SCAN_DEPTH = 64;

/** Thrown when a value nests deeper than {@link MAX_SCAN_DEPTH}: it cannot be checked, so it must not be stored. */
export class ScanTooDeepError extends Error {}

/** Findings per object identity, for incremental scanning of immutably edited values. */
export type SubtreeCache = WeakMap<object, readonly ScanFinding[]>;

function walk(
  value: unknown,
  depth: number,
  skip: ReadonlySet<string>,
  cache: SubtreeCache | null,
): readonly ScanFinding[] {
  if (typeof value === 'string') {
    return scanText(value).map((h) => ({
      path: [],
      where: 'value',
      masked: h.masked,
      fingerprint: h.fingerprint,
    }));
  }
  if (value === null || typeof value !== 'object') return [];
  if (depth > MAX_SCAN_DEPTH) throw new ScanTooDeepError(`deeper than ${MAX_SCAN_DEPTH}`);
  const cacheable = cache !== null && skip.size === 0;
  const cached = cacheable ? cache.get(value) : undefined;
  if (cached) return cached;
  const out: ScanFinding[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  for (const [key, item] of entries) {
    if (typeof key === 'string') {
      if (skip.has(key)) continue;
      for (const h of scanText(key)) {
        out.push({ path: [key], where: 'key', masked: h.masked, fingerprint: h.fingerprint });
      }
    }
    for (const f of walk(item, depth + 1, NO_SKIP, cache)) {
      out.push({ ...f, path: [key, ...f.path] });
    }
  }
  if (cacheable) cache.set(value, out);
  return out;
}
const NO_SKIP: ReadonlySet<string> = new Set();

/**
 * Walks any JSON-like value and reports every string value and object key holding an
 * identity code, with its path. `skipTopLevel` leaves out top-level fields that are never
 * free text. `cache` (optional) reuses findings of subtrees seen before by object identity:
 * only for values that are never mutated in place.
 */
export function scanValue(
  value: unknown,
  prefix: ScanPath = [],
  skipTopLevel: ReadonlySet<string> = NO_SKIP,
  cache: SubtreeCache | null = null,
): ScanFinding[] {
  return walk(value, 0, skipTopLevel, cache).map((f) => ({ ...f, path: [...prefix, ...f.path] }));
}
