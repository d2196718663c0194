import { afterEach, describe, expect, it } from 'vitest';
import type { Tender } from '../../../shared/domain/criteria/tenderComparison';
import { removeTempDirs } from '../support/tempDir';
import { createTestService } from '../support/testService';

afterEach(removeTempDirs);

const tender: Tender = {
  id: '00000000-0000-4000-8000-000000000101',
  tenderer: { name: 'Palvelu Oy', businessId: '0135457-2' },
  prices: [],
  answers: [],
  requirements: [],
  exclusion: null,
};

describe('record:tenderComparison channels (issue 10)', () => {
  it('gives an empty comparison at revision 0, saves it, reads it back and refuses a stale revision', async () => {
    const t = await createTestService();
    const p = await t.ok('procurement:create', { title: 'Työllisyyspalvelut' });
    const empty = await t.ok('record:tenderComparison:get', { procurementId: p.id, lotId: null });
    expect(empty).toMatchObject({ revision: 0, procurementId: p.id, lotId: null, tenders: [] });

    const saved = await t.ok('record:tenderComparison:save', {
      comparison: { ...empty, tenders: [tender] },
    });
    expect(saved.revision).toBe(1);
    const again = await t.ok('record:tenderComparison:get', { procurementId: p.id, lotId: null });
    expect(again).toEqual(saved);

    const second = await t.ok('record:tenderComparison:save', { comparison: saved });
    expect(second.revision).toBe(2);
    const stale = await t.fail('record:tenderComparison:save', { comparison: saved });
    expect(stale.code).toBe('conflict');
  });

  it('refuses an unknown lot, an invalid Y-tunnus and a personal identity code', async () => {
    const t = await createTestService();
    const p = await t.ok('procurement:create', { title: 'Työllisyyspalvelut' });
    const lot = '00000000-0000-4000-8000-0000000009aa';
    expect(
      (await t.fail('record:tenderComparison:get', { procurementId: p.id, lotId: lot })).code,
    ).toBe('notFound');
    const empty = await t.ok('record:tenderComparison:get', { procurementId: p.id, lotId: null });
    const badId = { ...tender, tenderer: { name: 'X Oy', businessId: '0135457-3' } };
    expect(
      (
        await t.fail('record:tenderComparison:save', {
          comparison: { ...empty, tenders: [badId] },
        })
      ).code,
    ).toBe('invalidRequest');
    const hetu = { ...tender, exclusion: { reason: 'Henkilö 131052-308T' } };
    expect(
      (
        await t.fail('record:tenderComparison:save', {
          comparison: { ...empty, tenders: [hetu] },
        })
      ).code,
    ).toBe('personalData');
  });
});

describe('criteriaLibrary channels (issue 10)', () => {
  it('gives the seeded library at revision 0, saves an edit for every procurement and refuses a stale revision', async () => {
    const t = await createTestService();
    const seeded = await t.ok('criteriaLibrary:get', {});
    expect(seeded.revision).toBe(0);
    expect(seeded.library.entries).toHaveLength(6);
    const edited = {
      ...seeded.library,
      entries: seeded.library.entries.filter((e) => e.id !== seeded.library.entries[0]!.id),
    };
    const saved = await t.ok('criteriaLibrary:save', { revision: 0, library: edited });
    expect(saved.revision).toBe(1);
    expect(await t.ok('criteriaLibrary:get', {})).toEqual(saved);
    expect((await t.fail('criteriaLibrary:save', { revision: 0, library: edited })).code).toBe(
      'conflict',
    );
  });
});
