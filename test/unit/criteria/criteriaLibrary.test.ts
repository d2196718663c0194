import { describe, expect, it } from 'vitest';
import { emptyCriteriaSet } from '../../../shared/domain/criteria/criteriaPlan';
import {
  addLibraryEntry,
  copyIntoSet,
  criteriaLibrarySchema,
  editLibraryEntry,
  removeLibraryEntry,
  restoreSeeds,
  seededCriteriaLibrary,
} from '../../../shared/domain/criteria/criteriaLibrary';

const NEW_ID = '00000000-0000-4000-8000-00000000b0b1';

describe('criteria library seeded with the Tampere quality sub-criteria (DOMAIN.md § 4)', () => {
  it('holds the six sub-criteria in fi, sv and en, valid against its schema', () => {
    const lib = seededCriteriaLibrary();
    expect(criteriaLibrarySchema.parse(lib)).toEqual(lib);
    expect(lib.entries).toHaveLength(6);
    for (const e of lib.entries)
      for (const lang of ['fi', 'sv', 'en'] as const)
        expect(e.name[lang].length).toBeGreaterThan(3);
    expect(lib.entries.map((e) => e.kind === 'quality' && e.scoring.kind)).toEqual([
      'yesNo',
      'measured',
      'yesNo',
      'yesNo',
      'yesNo',
      'yesNo',
    ]);
    expect(lib.entries[2]!.description.fi).toContain('10 %');
  });

  it('restores deleted seeds without duplicating the others', () => {
    const lib = seededCriteriaLibrary();
    const removed = removeLibraryEntry(lib, lib.entries[0]!.id);
    expect(removed.ok && removed.library.entries).toHaveLength(5);
    if (removed.ok) expect(restoreSeeds(restoreSeeds(removed.library)).entries).toHaveLength(6);
  });

  it('adds, refuses a taken id, and marks an edited seed as the organisation’s own', () => {
    const lib = seededCriteriaLibrary();
    const first = lib.entries[0]!;
    expect(addLibraryEntry(lib, first)).toEqual({ ok: false, problem: 'duplicateId' });
    const added = addLibraryEntry(lib, { ...first, id: NEW_ID, seeded: false });
    expect(added.ok && added.library.entries).toHaveLength(7);
    const edited = editLibraryEntry(lib, { ...first, name: { ...first.name, fi: 'Oma' } });
    expect(edited.ok && edited.library.entries[0]).toMatchObject({
      seeded: false,
      name: { fi: 'Oma' },
    });
    expect(editLibraryEntry(lib, { ...first, id: NEW_ID })).toEqual({
      ok: false,
      problem: 'notFound',
    });
  });

  it('copies an entry into a procurement under a new id with weight 0, independent of later edits', () => {
    const lib = seededCriteriaLibrary();
    const set = copyIntoSet(emptyCriteriaSet(), lib.entries[1]!, NEW_ID);
    expect(set.criteria[0]).toMatchObject({ id: NEW_ID, kind: 'quality', weightPercent: 0 });
    lib.entries[1]!.name.fi = 'muutettu';
    expect(set.criteria[0]!.name.fi).not.toBe('muutettu');
  });
});
