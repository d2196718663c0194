import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Procurement } from '../../../shared/domain/procurement/procurement';
import { identityCode } from '../support/procurements';
import { removeTempDirs } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

const HETU = '131052-308T';

function fileOf(t: TestService, id: string): string {
  return join(t.workspaceRoot, 'procurements', `${id}.json`);
}

async function created(
  t: TestService,
  title = 'Toimitilojen ylläpitosiivous',
): Promise<Procurement> {
  return t.ok('procurement:create', { title });
}

describe('creating and listing procurements', () => {
  it('creates a procurement in planning, revision 0, stamped with the current time', async () => {
    const t = await createTestService();
    const p = await created(t, 'Koulukuljetukset 2027');
    expect(p).toMatchObject({
      title: 'Koulukuljetukset 2027',
      revision: 0,
      status: 'planning',
      archived: false,
      createdAt: '2027-03-01T08:00:00.000Z',
      updatedAt: '2027-03-01T08:00:00.000Z',
    });
    expect(existsSync(fileOf(t, p.id))).toBe(true);
  });

  it('lists procurements newest first with their summaries', async () => {
    const t = await createTestService();
    const first = await created(t, 'Ensimmäinen');
    t.clock.advance(60_000);
    const second = await created(t, 'Toinen');
    const { items, problems } = await t.ok('procurement:list', {});
    expect(items.map((i) => [i.id, i.title])).toEqual([
      [second.id, 'Toinen'],
      [first.id, 'Ensimmäinen'],
    ]);
    expect(problems).toEqual([]);
  });

  it('gets a procurement by id exactly as created', async () => {
    const t = await createTestService();
    const p = await created(t);
    expect(await t.ok('procurement:get', { id: p.id })).toEqual(p);
  });

  it('reports an id that does not exist as notFound', async () => {
    const t = await createTestService();
    const id = randomUUID();
    expect(await t.fail('procurement:get', { id })).toEqual({ code: 'notFound', params: { id } });
  });

  it('refuses an id that is not a uuid before touching the disk', async () => {
    const t = await createTestService();
    expect(await t.fail('procurement:get', { id: '../../etc/passwd' })).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'id', kind: 'invalidFormat', expected: 'uuid' }],
    });
  });

  it('shows settings problems found at start in the list, so the officer sees them', async () => {
    const t = await createTestService({ settingsStore: { language: 'klingon' } });
    const { problems } = await t.ok('procurement:list', {});
    expect(problems).toEqual([
      { kind: 'settingsReset', file: 'settings.json', detail: 'language' },
    ]);
  });
});

describe('editing a procurement', () => {
  it('renames, bumping the revision and the update time', async () => {
    const t = await createTestService();
    const p = await created(t);
    t.clock.advance(5 * 60_000);
    const renamed = await t.ok('procurement:rename', { id: p.id, title: 'Siivous ja ikkunanpesu' });
    expect(renamed).toMatchObject({
      title: 'Siivous ja ikkunanpesu',
      revision: 1,
      createdAt: p.createdAt,
      updatedAt: '2027-03-01T08:05:00.000Z',
    });
    expect(await t.ok('procurement:get', { id: p.id })).toEqual(renamed);
  });

  it('duplicates under a new id and title, unarchived, with everything else copied', async () => {
    const t = await createTestService();
    const p = await created(t);
    const saved = await t.ok('procurement:save', {
      procurement: { ...p, description: 'Kolme toimipistettä', archived: true },
    });
    t.clock.advance(60_000);
    const copy = await t.ok('procurement:duplicate', { id: p.id, title: 'Siivous 2031' });
    expect(copy.id).not.toBe(p.id);
    expect(copy).toEqual({
      ...saved,
      id: copy.id,
      title: 'Siivous 2031',
      revision: 0,
      archived: false,
      createdAt: '2027-03-01T08:01:00.000Z',
      updatedAt: '2027-03-01T08:01:00.000Z',
    });
    expect((await t.ok('procurement:list', {})).items).toHaveLength(2);
    expect(await t.ok('procurement:get', { id: p.id })).toEqual(saved);
  });

  it('archives and unarchives, each as a new revision', async () => {
    const t = await createTestService();
    const p = await created(t);
    const archived = await t.ok('procurement:setArchived', { id: p.id, archived: true });
    expect(archived).toMatchObject({ archived: true, revision: 1 });
    const back = await t.ok('procurement:setArchived', { id: p.id, archived: false });
    expect(back).toMatchObject({ archived: false, revision: 2 });
    const [summary] = (await t.ok('procurement:list', {})).items;
    expect(summary).toMatchObject({ archived: false, revision: 2 });
  });

  it('saves the edited procurement, bumping revision and update time but keeping createdAt', async () => {
    const t = await createTestService();
    const p = await created(t);
    t.clock.advance(3_600_000);
    const saved = await t.ok('procurement:save', {
      procurement: {
        ...p,
        description: 'Ylläpitosiivous kolmeen toimipisteeseen.',
        status: 'marketDialogue',
        createdAt: '2020-01-01T00:00:00.000Z',
      },
    });
    expect(saved).toMatchObject({
      revision: 1,
      status: 'marketDialogue',
      createdAt: p.createdAt,
      updatedAt: '2027-03-01T09:00:00.000Z',
    });
    const onDisk = JSON.parse(readFileSync(fileOf(t, p.id), 'utf8'));
    expect(onDisk.procurement).toMatchObject({
      revision: 1,
      description: 'Ylläpitosiivous kolmeen toimipisteeseen.',
    });
  });

  it('refuses a save based on an older revision instead of overwriting newer work', async () => {
    const t = await createTestService();
    const p = await created(t);
    await t.ok('procurement:rename', { id: p.id, title: 'Toisen käyttäjän nimi' });
    const before = readFileSync(fileOf(t, p.id));
    const error = await t.fail('procurement:save', {
      procurement: { ...p, description: 'Vanhentunut muokkaus' },
    });
    expect(error).toEqual({ code: 'conflict', params: { stored: 1, given: 0 } });
    expect(readFileSync(fileOf(t, p.id)).equals(before)).toBe(true);
  });

  it('of two saves sent at once from the same revision, stores one and refuses the other', async () => {
    const t = await createTestService();
    const p = await created(t);
    const results = await Promise.all([
      t.call('procurement:save', { procurement: { ...p, description: 'Ikkuna 1' } }),
      t.call('procurement:save', { procurement: { ...p, description: 'Ikkuna 2' } }),
    ]);
    const [won, lost] = results[0]?.ok ? results : [...results].reverse();
    expect(won).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(lost).toEqual({
      ok: false,
      error: { code: 'conflict', params: { stored: 1, given: 0 } },
    });
    const stored = await t.ok('procurement:get', { id: p.id });
    expect(stored.description).toBe(won?.ok ? (won.value as Procurement).description : '');
  });

  it('refuses to save a procurement that does not exist', async () => {
    const t = await createTestService();
    const p = await created(t);
    const ghost = { ...p, id: randomUUID() };
    expect(await t.fail('procurement:save', { procurement: ghost })).toMatchObject({
      code: 'notFound',
    });
    expect(existsSync(fileOf(t, ghost.id))).toBe(false);
  });
});

describe('personal identity codes are never stored (laki 661/2009 11 § format)', () => {
  it('refuses a save with an identity code in a field, names the field, and leaves the file unchanged', async () => {
    const t = await createTestService();
    const p = await created(t);
    const before = readFileSync(fileOf(t, p.id));
    const error = await t.fail('procurement:save', {
      procurement: { ...p, description: `Työllistettävä: Matti Meikäläinen ${HETU}` },
    });
    expect(error).toEqual({
      code: 'personalData',
      params: { count: 1, firstPath: 'description' },
      issues: [{ path: 'description', kind: 'other', detail: '1310**-****' }],
    });
    expect(JSON.stringify(error)).not.toContain(HETU);
    expect(readFileSync(fileOf(t, p.id)).equals(before)).toBe(true);
    expect((await t.ok('procurement:get', { id: p.id })).revision).toBe(0);
  });

  it('checks every text field, reporting each one', async () => {
    const t = await createTestService();
    const p = await created(t);
    const error = await t.fail('procurement:save', {
      procurement: {
        ...p,
        responsiblePerson: `Liisa ${identityCode('010203', 'A', '123')}`,
        referenceNumber: HETU,
      },
    });
    expect(error.code).toBe('personalData');
    expect(error.issues?.map((i) => i.path).sort()).toEqual([
      'referenceNumber',
      'responsiblePerson',
    ]);
  });

  it('refuses a rename to a title holding an identity code and leaves the file unchanged', async () => {
    const t = await createTestService();
    const p = await created(t);
    const before = readFileSync(fileOf(t, p.id));
    expect(
      await t.fail('procurement:rename', { id: p.id, title: `Henkilöstövuokraus ${HETU}` }),
    ).toMatchObject({ code: 'personalData', params: { firstPath: 'title' } });
    expect(readFileSync(fileOf(t, p.id)).equals(before)).toBe(true);
  });

  it('refuses to create or duplicate under a title holding an identity code', async () => {
    const t = await createTestService();
    const p = await created(t);
    expect(await t.fail('procurement:create', { title: HETU })).toMatchObject({
      code: 'personalData',
    });
    expect(
      await t.fail('procurement:duplicate', { id: p.id, title: `Kopio ${HETU}` }),
    ).toMatchObject({ code: 'personalData' });
    expect(readdirSync(join(t.workspaceRoot, 'procurements'))).toEqual([`${p.id}.json`]);
  });

  it('accepts look-alikes that are not identity codes (Business ID, invalid date)', async () => {
    const t = await createTestService();
    const p = await created(t);
    const saved = await t.ok('procurement:save', {
      procurement: {
        ...p,
        description: `Toimittaja 0135457-2, viite ${identityCode('310299', '-', '123')}`,
      },
    });
    expect(saved.revision).toBe(1);
  });
});

describe('deleting and restoring', () => {
  it('moves a deleted procurement to the trash and brings it back unchanged', async () => {
    const t = await createTestService();
    const p = await created(t, 'Poistettava hankinta');
    const saved = await t.ok('procurement:save', { procurement: { ...p, description: 'Tärkeä' } });
    const { trashId, title } = await t.ok('procurement:delete', { id: p.id });
    expect(title).toBe('Poistettava hankinta');
    expect(existsSync(fileOf(t, p.id))).toBe(false);
    expect((await t.ok('procurement:list', {})).items).toEqual([]);
    expect(await t.fail('procurement:get', { id: p.id })).toMatchObject({ code: 'notFound' });

    const restored = await t.ok('procurement:restoreDeleted', { trashId });
    expect(restored).toEqual(saved);
    expect(await t.ok('procurement:get', { id: p.id })).toEqual(saved);
    expect((await t.ok('procurement:list', {})).items.map((i) => i.id)).toEqual([p.id]);
  });

  it('restores a trash entry only once', async () => {
    const t = await createTestService();
    const p = await created(t);
    const { trashId } = await t.ok('procurement:delete', { id: p.id });
    await t.ok('procurement:restoreDeleted', { trashId });
    expect(await t.fail('procurement:restoreDeleted', { trashId })).toEqual({
      code: 'notFound',
      params: { trashId },
    });
  });

  it('refuses a trash id that could reach outside the trash folder', async () => {
    const t = await createTestService();
    expect(
      await t.fail('procurement:restoreDeleted', { trashId: '../procurements/x' }),
    ).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'trashId', kind: 'invalidFormat' }],
    });
  });

  it('reports deleting a procurement that does not exist as notFound', async () => {
    const t = await createTestService();
    expect(await t.fail('procurement:delete', { id: randomUUID() })).toMatchObject({
      code: 'notFound',
    });
  });
});
