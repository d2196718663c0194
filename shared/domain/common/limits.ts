/**
 * Limits on stored and imported data. Each is far beyond what honest work reaches, so an
 * officer never meets one, while a hostile or broken file is refused before it can fill the
 * memory, hang the app or write something the app cannot read back.
 */

/** Longest accepted free text in a single field (characters). */
export const MAX_LONG_TEXT = 20_000;

/**
 * Years a stored calendar date may fall in. A public contract planned before 1990 or ending
 * after 2150 is a typing error (31.12.9999), never a plan; outside this window the date
 * arithmetic and the calendar would still run, but on meaningless spans.
 */
export const MIN_DATE_YEAR = 1990;
/** See {@link MIN_DATE_YEAR}. */
export const MAX_DATE_YEAR = 2150;

/**
 * Longest contract term, base period + every option + extension, in months (50 years). Even
 * long concessions stay below it; 600 months × 50 options is refused.
 */
export const MAX_TOTAL_TERM_MONTHS = 600;

/** Most planned option decisions (20 option kinds × 50 periods each). */
export const MAX_OPTION_DECISIONS = 1_000;

/**
 * Limits of the structural pre-scan that every stored or imported JSON file passes before it is
 * parsed (see shared/records/jsonPrescan.ts).
 */
export const JSON_SCAN_LIMITS = {
  /** Deepest nesting of objects and arrays; a procurement file nests about 8 levels. */
  maxDepth: 64,
  /** Entries (keys or array items) in one object or array. */
  maxEntriesPerContainer: 10_000,
  /** Values in the whole file. */
  maxValues: 500_000,
  /** Characters in one string or key, as written in the file (escapes count as written). */
  maxStringLength: 200_000,
  /** Digits and signs in one number. */
  maxNumberLength: 40,
} as const;
