import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyOrganisationProfile } from '../../../shared/domain/workspace/organisationProfile';
import { removeTempDirs } from '../support/tempDir';
import { createTestService } from '../support/testService';

afterEach(removeTempDirs);

const organisation = {
  ...emptyOrganisationProfile,
  name: 'Esimerkkilän kaupunki',
  businessId: '0135457-2',
  streetAddress: 'Kaupungintalontie 1',
  postalCode: '00100',
  city: 'Esimerkkilä',
  contactPerson: 'Liisa Virtanen',
  contactEmail: 'hankinnat@esimerkkila.fi',
  contactPhone: '09 123 4567',
};

describe('app information and external links', () => {
  it('tells the version, platform and data folder', async () => {
    const t = await createTestService();
    expect(await t.ok('app:info', {})).toEqual({
      version: '0.1.0-test',
      platform: 'linux',
      dataDirectory: t.dataDirectory,
    });
  });

  it('opens an allow-listed https link to the law in the browser', async () => {
    const t = await createTestService();
    const url = 'https://www.finlex.fi/fi/laki/ajantasa/2016/20161397';
    expect(await t.ok('app:openExternal', { url })).toEqual({ opened: true });
    expect(t.opened).toEqual([url]);
  });

  it('does not open other hosts, plain http or other schemes', async () => {
    const t = await createTestService();
    for (const url of [
      'https://example.com/',
      'http://www.finlex.fi/',
      'file:///etc/passwd',
      'https://www.finlex.fi.example.com/',
    ]) {
      expect(await t.ok('app:openExternal', { url }), url).toEqual({ opened: false });
    }
    expect(t.opened).toEqual([]);
  });

  it('refuses an overlong link as an invalid request', async () => {
    const t = await createTestService();
    const url = `https://www.finlex.fi/${'a'.repeat(2000)}`;
    expect(await t.fail('app:openExternal', { url })).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'url', kind: 'tooLong', limit: 2000 }],
    });
    expect(t.opened).toEqual([]);
  });
});

describe('settings', () => {
  it('switches the language and stores it', async () => {
    const t = await createTestService();
    expect((await t.ok('settings:setLanguage', { language: 'sv' })).language).toBe('sv');
    expect((await t.ok('settings:get', {})).language).toBe('sv');
    expect(t.settingsFile.store['language']).toBe('sv');
  });

  it('refuses a language the app does not speak', async () => {
    const t = await createTestService();
    expect(await t.fail('settings:setLanguage', { language: 'de' })).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'language', kind: 'notAllowed', received: 'de' }],
    });
  });

  it('saves the organisation profile', async () => {
    const t = await createTestService();
    const settings = await t.ok('settings:saveOrganisation', { organisation });
    expect(settings.organisation).toMatchObject(organisation);
    expect(t.settingsFile.store['organisation']).toMatchObject(organisation);
  });

  it('refuses an organisation whose Business ID has a wrong check digit, storing nothing', async () => {
    const t = await createTestService();
    const error = await t.fail('settings:saveOrganisation', {
      organisation: { ...organisation, businessId: '0135457-3' },
    });
    expect(error).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'organisation.businessId', kind: 'other' }],
    });
    expect(t.settingsFile.store['organisation']).toBeUndefined();
    expect((await t.ok('settings:get', {})).organisation.name).toBe('');
  });

  it('refuses a personal identity code as contact person (laki 661/2009 11 § format)', async () => {
    const t = await createTestService();
    await t.ok('settings:saveOrganisation', { organisation });
    const error = await t.fail('settings:saveOrganisation', {
      organisation: { ...organisation, contactPerson: 'Liisa Virtanen 131052-308T' },
    });
    expect(error).toEqual({
      code: 'personalData',
      params: { count: 1, firstPath: 'organisation.contactPerson' },
      issues: [{ path: 'organisation.contactPerson', kind: 'other', detail: '1310**-****' }],
    });
    expect((await t.ok('settings:get', {})).organisation.contactPerson).toBe('Liisa Virtanen');
  });
});

describe('backups', () => {
  it('creates a manual backup of every procurement and lists it', async () => {
    const t = await createTestService();
    await t.ok('procurement:create', { title: 'Siivous' });
    await t.ok('procurement:create', { title: 'Koulukuljetukset' });
    const backup = await t.ok('backup:create', {});
    expect(backup).toMatchObject({
      id: '20270301-080000-manual',
      reason: 'manual',
      createdAt: '2027-03-01T08:00:00.000Z',
      procurementCount: 2,
    });
    expect(backup.bytes).toBe(statSync(join(t.workspaceRoot, 'backups', `${backup.id}.json`)).size);
    expect(await t.ok('backup:list', {})).toEqual([backup]);
  });

  it('restores a backup, taking a safety backup of the current state first', async () => {
    const t = await createTestService();
    const a = await t.ok('procurement:create', { title: 'Siivous' });
    const b = await t.ok('procurement:create', { title: 'Koulukuljetukset' });
    const backup = await t.ok('backup:create', {});

    t.clock.advance(3_600_000);
    const renamed = await t.ok('procurement:rename', { id: a.id, title: 'Siivous, muutettu' });
    await t.ok('procurement:delete', { id: b.id });
    const c = await t.ok('procurement:create', { title: 'Uusi hankinta' });

    t.clock.advance(3_600_000);
    const { restoredCount, safetyBackup } = await t.ok('backup:restore', { id: backup.id });
    expect(restoredCount).toBe(2);
    expect(safetyBackup).toMatchObject({
      reason: 'beforeRestore',
      createdAt: '2027-03-01T10:00:00.000Z',
      procurementCount: 2,
    });
    const titles = async () =>
      (await t.ok('procurement:list', {})).items.map((i) => i.title).sort();
    expect(await titles()).toEqual(['Koulukuljetukset', 'Siivous']);
    expect(await t.ok('procurement:get', { id: a.id })).toEqual(a);
    expect(await t.fail('procurement:get', { id: c.id })).toMatchObject({ code: 'notFound' });

    // The safety backup undoes the restore.
    t.clock.advance(60_000);
    await t.ok('backup:restore', { id: safetyBackup.id });
    expect(await titles()).toEqual(['Siivous, muutettu', 'Uusi hankinta']);
    expect(await t.ok('procurement:get', { id: a.id })).toEqual(renamed);
  });

  it('reports a backup that does not exist as invalidBackup', async () => {
    const t = await createTestService();
    expect(await t.fail('backup:restore', { id: '20200101-000000-manual' })).toEqual({
      code: 'invalidBackup',
      params: { id: '20200101-000000-manual', reason: 'unreadable' },
    });
  });

  it('refuses a backup id that could reach outside the backups folder', async () => {
    const t = await createTestService();
    expect(await t.fail('backup:restore', { id: '../index' })).toMatchObject({
      code: 'invalidRequest',
      issues: [{ path: 'id', kind: 'invalidFormat' }],
    });
  });
});
