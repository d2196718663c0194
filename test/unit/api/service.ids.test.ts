import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tempDir';
import { createTestService } from '../support/testService';

afterEach(removeTempDirs);

describe('ids in requests are normalised like ids in files', () => {
  it('finds, saves and lists a procurement asked for by its id in upper case', async () => {
    const t = await createTestService();
    const created = await t.ok('procurement:create', { title: 'Koulukuljetukset' });
    const upper = created.id.toUpperCase();
    expect((await t.ok('procurement:get', { id: upper })).id).toBe(created.id);
    const saved = await t.ok('procurement:save', { procurement: { ...created, id: upper } });
    expect(saved.id).toBe(created.id);
    const list = await t.ok('procurement:list', {});
    expect(list.items.map((i) => i.id)).toEqual([created.id]);
  });
});
