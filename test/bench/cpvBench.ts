import { performance } from 'node:perf_hooks';
import {
  buildCpvIndex,
  mergeCpvEntries,
  searchCpv,
  shippedCpvEntries,
} from '../../shared/domain/cpv/cpvCatalog';
import type { CpvEntry } from '../../shared/domain/cpv/cpvCode';

/**
 * CPV search speed over a catalog the size of the full EU list (9 454 codes in fi, sv and
 * en): how long building the index takes (once per catalog, after start or import) and the
 * median and 95th percentile of one search (each keystroke, after the debounce). Figures in
 * milliseconds, for the main bench script to print and check against its goals.
 */

const CATALOG_SIZE = 9_454;
const BUILD_RUNS = 7;
const SEARCH_RUNS = 300;

const FI_WORDS = [
  'siivous',
  'palvelut',
  'lasten',
  'päivähoito',
  'rakennus',
  'toimisto',
  'kuljetus',
  'tarvikkeet',
  'laitteet',
  'huolto',
  'korjaus',
  'koulutus',
  'terveys',
  'sosiaali',
  'ateria',
  'elintarvike',
  'maatalous',
  'metsä',
  'kalastus',
  'ohjelmisto',
  'tietokone',
  'vesi',
  'sähkö',
  'lämpö',
];
const SV_WORDS = [
  'städning',
  'tjänster',
  'barn',
  'förskola',
  'byggnad',
  'kontor',
  'transport',
  'material',
  'utrustning',
  'underhåll',
  'reparation',
  'utbildning',
  'hälsa',
  'social',
  'måltid',
  'livsmedel',
  'jordbruk',
  'skog',
  'fiske',
  'programvara',
  'dator',
  'vatten',
  'el',
  'värme',
];
const EN_WORDS = [
  'cleaning',
  'services',
  'child',
  'day-care',
  'building',
  'office',
  'transport',
  'supplies',
  'equipment',
  'maintenance',
  'repair',
  'training',
  'health',
  'social',
  'catering',
  'food',
  'agricultural',
  'forestry',
  'fishing',
  'software',
  'computer',
  'water',
  'electricity',
  'heating',
];

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same catalog. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function label(words: readonly string[], picks: readonly number[]): string {
  const text = picks.map((i) => words[i]!).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 9 454 distinct codes with two- to five-word labels in three languages. */
export function syntheticCpvCatalog(size = CATALOG_SIZE): CpvEntry[] {
  const next = random(2008);
  const entries: CpvEntry[] = [];
  const seen = new Set<string>();
  while (entries.length < size) {
    const code = String(3_000_000 + Math.floor(next() * 95_000_000)).padStart(8, '0');
    if (seen.has(code)) continue;
    seen.add(code);
    const picks = Array.from({ length: 2 + Math.floor(next() * 4) }, () =>
      Math.floor(next() * FI_WORDS.length),
    );
    entries.push({
      code,
      checkDigit: String(Math.floor(next() * 10)),
      fi: label(FI_WORDS, picks),
      sv: label(SV_WORDS, picks),
      en: label(EN_WORDS, picks),
      annexE: false,
    });
  }
  return entries;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 1000) / 1000;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Runs the CPV benchmark; every figure is in milliseconds. */
export async function benchCpv(): Promise<Record<string, number>> {
  const imported = syntheticCpvCatalog();
  let merged: CpvEntry[] = [];
  const mergeTimes = Array.from({ length: BUILD_RUNS }, () =>
    timed(() => {
      merged = mergeCpvEntries(shippedCpvEntries(), imported);
    }),
  );
  let index = buildCpvIndex(merged);
  const buildTimes = Array.from({ length: BUILD_RUNS }, () =>
    timed(() => {
      index = buildCpvIndex(merged);
    }),
  );
  const queries: Record<string, string> = {
    digits: '45',
    oneFinnishWord: 'siivous',
    twoWords: 'lasten päivä',
  };
  const figures: Record<string, number> = {
    catalogCodes: index.entries.length,
    mergeMedianMs: percentile(mergeTimes, 50),
    indexBuildMedianMs: percentile(buildTimes, 50),
    indexBuildMaxMs: percentile(buildTimes, 100),
  };
  for (const [name, query] of Object.entries(queries)) {
    for (let i = 0; i < 20; i++) searchCpv(index, query, 50); // warm up
    const times = Array.from({ length: SEARCH_RUNS }, () =>
      timed(() => searchCpv(index, query, 50)),
    );
    figures[`${name}Matches`] = searchCpv(index, query, 1).total;
    figures[`${name}SearchMedianMs`] = percentile(times, 50);
    figures[`${name}SearchP95Ms`] = percentile(times, 95);
  }
  return figures;
}
