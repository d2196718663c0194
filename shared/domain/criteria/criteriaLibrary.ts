import { z } from 'zod';
import { translate } from '../../i18n';
import {
  scoringMethodSchema,
  type CriteriaSet,
  type ScoredCriterion,
  type ScoringMethod,
} from './criteriaPlan';
import {
  localizedDescriptionSchema,
  localizedNameSchema,
  type LocalizedText,
} from './localizedText';

/** Most entries in the library. */
export const MAX_LIBRARY_ENTRIES = 500;

/** A reusable criterion: a scored quality criterion or a minimum requirement. */
export const libraryEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.uuid(),
    kind: z.literal('quality'),
    name: localizedNameSchema,
    description: localizedDescriptionSchema,
    scoring: scoringMethodSchema,
    /** Seeded from DOMAIN.md § 4 (true) or written by the organisation. */
    seeded: z.boolean(),
  }),
  z.strictObject({
    id: z.uuid(),
    kind: z.literal('minimumRequirement'),
    name: localizedNameSchema,
    description: localizedDescriptionSchema,
    seeded: z.boolean(),
  }),
]);
/** See {@link libraryEntrySchema}. */
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

/** The organisation's criteria library, shared across procurements (workspace data). */
export const criteriaLibrarySchema = z.strictObject({
  schemaVersion: z.literal(1),
  entries: z.array(libraryEntrySchema).max(MAX_LIBRARY_ENTRIES),
});
/** See {@link criteriaLibrarySchema}. */
export type CriteriaLibrary = z.infer<typeof criteriaLibrarySchema>;

/** Why a library change was refused; text `criteria.libraryIssues.<code>`. */
export type LibraryProblem = 'libraryFull' | 'duplicateId' | 'notFound';

/** A library change: the new library, or why nothing changed. */
export type LibraryChange =
  { ok: true; library: CriteriaLibrary } | { ok: false; problem: LibraryProblem };

type SeedKey =
  | 'certificate'
  | 'fields'
  | 'workAbility'
  | 'immigrants'
  | 'clientParticipation'
  | 'establishedMethod';

/**
 * The seeded quality sub-criteria (Tampere 2017, DOMAIN.md § 4: "keep the scoring simple"),
 * with fixed ids so that seeding twice adds nothing. All yes/no except the number of fields,
 * a measured value where more is better.
 */
const SEEDS: readonly { key: SeedKey; id: string }[] = [
  { key: 'certificate', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e01' },
  { key: 'fields', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e02' },
  { key: 'workAbility', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e03' },
  { key: 'immigrants', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e04' },
  { key: 'clientParticipation', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e05' },
  { key: 'establishedMethod', id: '6f1c2a5e-3b1d-4c47-9a0e-1d2b3c4d5e06' },
];

function seedText(key: string): LocalizedText {
  return {
    fi: translate('fi', `criteria.library.seed.${key}`),
    sv: translate('sv', `criteria.library.seed.${key}`),
    en: translate('en', `criteria.library.seed.${key}`),
  };
}

/** The seeded entries, texts in fi, sv and en from the catalog. */
export function seedLibraryEntries(): LibraryEntry[] {
  return SEEDS.map(({ key, id }) => {
    const scoring: ScoringMethod =
      key === 'fields'
        ? { kind: 'measured', direction: 'higherIsBetter', unit: seedText(`${key}.unit`) }
        : { kind: 'yesNo' };
    return {
      id,
      kind: 'quality',
      name: seedText(`${key}.name`),
      description: seedText(`${key}.description`),
      scoring,
      seeded: true,
    };
  });
}

/** A new library holding the seeded entries. */
export function seededCriteriaLibrary(): CriteriaLibrary {
  return { schemaVersion: 1, entries: seedLibraryEntries() };
}

/** Adds the seeded entries that are missing (by id), e.g. after the user deleted one by mistake. */
export function restoreSeeds(library: CriteriaLibrary): CriteriaLibrary {
  const have = new Set(library.entries.map((e) => e.id));
  const missing = seedLibraryEntries().filter((e) => !have.has(e.id));
  return { ...library, entries: [...library.entries, ...missing].slice(0, MAX_LIBRARY_ENTRIES) };
}

/** Adds an entry; refused when the library is full or the id is taken. */
export function addLibraryEntry(library: CriteriaLibrary, entry: LibraryEntry): LibraryChange {
  if (library.entries.length >= MAX_LIBRARY_ENTRIES) return { ok: false, problem: 'libraryFull' };
  if (library.entries.some((e) => e.id === entry.id)) return { ok: false, problem: 'duplicateId' };
  return { ok: true, library: { ...library, entries: [...library.entries, entry] } };
}

/** Replaces an entry with the edited one (same id); an edited seed is the organisation's own. */
export function editLibraryEntry(library: CriteriaLibrary, entry: LibraryEntry): LibraryChange {
  const index = library.entries.findIndex((e) => e.id === entry.id);
  if (index < 0) return { ok: false, problem: 'notFound' };
  const entries = [...library.entries];
  entries[index] = { ...entry, seeded: false };
  return { ok: true, library: { ...library, entries } };
}

/** Removes an entry. */
export function removeLibraryEntry(library: CriteriaLibrary, id: string): LibraryChange {
  if (!library.entries.some((e) => e.id === id)) return { ok: false, problem: 'notFound' };
  return { ok: true, library: { ...library, entries: library.entries.filter((e) => e.id !== id) } };
}

/**
 * Copies a library entry into a procurement's criteria set under a new id: a quality entry
 * becomes a scored criterion with weight 0 (the officer sets the weight, so the 100-point
 * check then tells what is left), a requirement becomes a minimum requirement. The copy is
 * independent: later library edits do not change a published procurement.
 */
export function copyIntoSet(set: CriteriaSet, entry: LibraryEntry, newId: string): CriteriaSet {
  if (entry.kind === 'minimumRequirement') {
    return {
      ...set,
      minimumRequirements: [
        ...set.minimumRequirements,
        { id: newId, text: structuredClone(entry.name) },
      ],
    };
  }
  const criterion: ScoredCriterion = {
    id: newId,
    kind: 'quality',
    name: structuredClone(entry.name),
    weightPercent: 0,
    scoring: structuredClone(entry.scoring),
  };
  return { ...set, criteria: [...set.criteria, criterion] };
}

/** Saves a procurement's quality criterion to the library under a new id. */
export function libraryEntryFromCriterion(
  criterion: ScoredCriterion,
  newId: string,
): LibraryEntry | null {
  if (criterion.kind !== 'quality') return null;
  return {
    id: newId,
    kind: 'quality',
    name: structuredClone(criterion.name),
    description: { fi: '', sv: '', en: '' },
    scoring: structuredClone(criterion.scoring),
    seeded: false,
  };
}
