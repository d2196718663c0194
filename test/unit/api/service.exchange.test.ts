import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT,
  MAX_IMPORT_BYTES,
  type ProcurementExchangeFile,
} from '../../../shared/records/procurementExchange';
import { CURRENT_PROCUREMENT_SCHEMA_VERSION } from '../../../shared/records/procurementFile';
import { removeTempDirs, snapshotTree } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

async function exportOne(t: TestService, title = 'Toimitilojen ylläpitosiivous 2027–2030') {
  const p = await t.ok('procurement:create', { title });
  const saved = await t.ok('procurement:save', {
    procurement: { ...p, description: 'Kolme toimipistettä, optiona kaksi vuotta.' },
  });
  const path = join(t.exportDirectory, 'siivous.hankinta.json');
  t.dialogs.saves.push(path);
  const result = await t.ok('procurement:export', { id: p.id });
  return { saved, path, result };
}

describe('exporting a procurement', () => {
  it('writes a .hankinta.json with the marker, version, time and the procurement', async () => {
    const t = await createTestService();
    const { saved, path, result } = await exportOne(t);
    expect(result).toEqual({ status: 'saved', path });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      format: EXCHANGE_FORMAT,
      schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION,
      exportedAt: '2027-03-01T08:00:00.000Z',
      appVersion: '0.1.0-test',
      procurement: saved,
    });
  });

  it('suggests the title as the file name and leaves no temporary file', async () => {
    const t = await createTestService();
    await exportOne(t, 'Siivous: A/B');
    expect(t.dialogs.saveRequests[0]?.defaultName).toBe('Siivous A B.hankinta.json');
    expect(readdirSync(t.exportDirectory)).toEqual(['siivous.hankinta.json']);
  });

  it('remembers the export in the recent files', async () => {
    const t = await createTestService();
    const { path } = await exportOne(t);
    expect((await t.ok('settings:get', {})).recentExports).toEqual([
      { path, kind: 'procurement', at: '2027-03-01T08:00:00.000Z' },
    ]);
    expect(t.settingsFile.store['recentExports']).toEqual([
      { path, kind: 'procurement', at: '2027-03-01T08:00:00.000Z' },
    ]);
  });

  it('writes nothing and remembers nothing when the officer cancels the dialog', async () => {
    const t = await createTestService();
    const p = await t.ok('procurement:create', { title: 'Peruttu vienti' });
    expect(await t.ok('procurement:export', { id: p.id })).toEqual({ status: 'cancelled' });
    expect(readdirSync(t.exportDirectory)).toEqual([]);
    expect((await t.ok('settings:get', {})).recentExports).toEqual([]);
  });
});

describe('importing a procurement', () => {
  it('imports an export of an existing procurement as a copy, never overwriting it', async () => {
    const t = await createTestService();
    const { saved, path } = await exportOne(t);
    t.clock.advance(86_400_000);
    t.dialogs.opens.push(path);
    const result = await t.ok('procurement:import', {});
    if (result.status !== 'imported') throw new Error('expected an import');
    expect(result.asCopy).toBe(true);
    expect(result.migratedFrom).toBeNull();
    expect(result.procurement.id).not.toBe(saved.id);
    expect(result.procurement).toMatchObject({
      title: `${saved.title} (tuotu kopio)`,
      description: saved.description,
      revision: 0,
      createdAt: '2027-03-02T08:00:00.000Z',
      updatedAt: '2027-03-02T08:00:00.000Z',
    });
    expect(await t.ok('procurement:get', { id: saved.id })).toEqual(saved);
    expect(await t.ok('procurement:get', { id: result.procurement.id })).toEqual(
      result.procurement,
    );
    expect((await t.ok('procurement:list', {})).items).toHaveLength(2);
  });

  it('keeps the copy title within 200 characters', async () => {
    const t = await createTestService();
    const { path } = await exportOne(t, 'H'.repeat(195));
    t.dialogs.opens.push(path);
    const result = await t.ok('procurement:import', {});
    if (result.status !== 'imported') throw new Error('expected an import');
    expect(result.procurement.title.length).toBeLessThanOrEqual(200);
  });

  it('imports under the same id when the procurement is not in the workspace', async () => {
    const t = await createTestService();
    const { saved, path } = await exportOne(t);
    await t.ok('procurement:delete', { id: saved.id });
    t.clock.advance(60_000);
    t.dialogs.opens.push(path);
    const result = await t.ok('procurement:import', {});
    expect(result).toMatchObject({
      status: 'imported',
      asCopy: false,
      procurement: {
        id: saved.id,
        title: saved.title,
        revision: 0,
        createdAt: saved.createdAt,
        updatedAt: '2027-03-01T08:01:00.000Z',
      },
    });
    expect((await t.ok('procurement:get', { id: saved.id })).description).toBe(saved.description);
  });

  it('does nothing when the officer cancels the dialog', async () => {
    const t = await createTestService();
    const before = snapshotTree(t.workspaceRoot);
    expect(await t.ok('procurement:import', {})).toEqual({ status: 'cancelled' });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });
});

describe('refusing broken import files', () => {
  /** Writes `content` as the file the officer picks, imports it and returns the error. */
  async function importBroken(t: TestService, content: string | Buffer) {
    const path = join(t.exportDirectory, 'tuonti.hankinta.json');
    writeFileSync(path, content);
    t.dialogs.opens.push(path);
    return t.fail('procurement:import', {});
  }

  async function withWorkspace() {
    const t = await createTestService();
    const { saved, path } = await exportOne(t);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as ProcurementExchangeFile;
    return { t, saved, exported, before: snapshotTree(t.workspaceRoot) };
  }

  it('refuses a file that is not JSON and leaves the workspace byte-for-byte unchanged', async () => {
    const { t, before } = await withWorkspace();
    expect(await importBroken(t, 'Hankinta: siivous\nArvo: 100 000 €')).toMatchObject({
      code: 'invalidImport',
      params: { reason: 'notJson' },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses a UTF-16 file (as Excel may save), naming the encoding', async () => {
    const { t, exported, before } = await withWorkspace();
    const utf16 = Buffer.from(`\ufeff${JSON.stringify(exported)}`, 'utf16le');
    expect(await importBroken(t, utf16)).toMatchObject({
      params: { reason: 'otherEncoding', encoding: 'UTF-16LE' },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses the workspace’s own stored file, which is not an export', async () => {
    const { t, saved, before } = await withWorkspace();
    const stored = readFileSync(join(t.workspaceRoot, 'procurements', `${saved.id}.json`));
    expect(await importBroken(t, stored)).toEqual({
      code: 'invalidImport',
      params: { reason: 'notAnExport' },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses an export without a valid export time', async () => {
    const { t, exported, before } = await withWorkspace();
    const broken = { ...exported, exportedAt: 'eilen' };
    expect(await importBroken(t, JSON.stringify(broken))).toEqual({
      code: 'invalidImport',
      params: { reason: 'badExportDate' },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses an export without a schema version', async () => {
    const { t, exported, before } = await withWorkspace();
    const { schemaVersion: _dropped, ...broken } = exported;
    expect(await importBroken(t, JSON.stringify(broken))).toEqual({
      code: 'invalidImport',
      params: { reason: 'noSchemaVersion' },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses an export from a newer app version, naming the version', async () => {
    const { t, exported, before } = await withWorkspace();
    expect(await importBroken(t, JSON.stringify({ ...exported, schemaVersion: 99 }))).toEqual({
      code: 'invalidImport',
      params: { reason: 'newerVersion', version: 99 },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses an export with an invalid field, naming it', async () => {
    const { t, exported, before } = await withWorkspace();
    const broken = { ...exported, procurement: { ...exported.procurement, title: '' } };
    expect(await importBroken(t, JSON.stringify(broken))).toEqual({
      code: 'invalidImport',
      params: { reason: 'invalid', version: CURRENT_PROCUREMENT_SCHEMA_VERSION },
      issues: [{ path: 'procurement.title', kind: 'tooShort', limit: 1 }],
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses an export holding a personal identity code, naming the field', async () => {
    const { t, exported, before } = await withWorkspace();
    const broken = {
      ...exported,
      procurement: { ...exported.procurement, description: 'Yhteyshenkilö 131052-308T' },
    };
    expect(await importBroken(t, JSON.stringify(broken))).toMatchObject({
      code: 'personalData',
      issues: [{ path: 'procurement.description', detail: '1310**-****' }],
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });

  it('refuses a file over the 50 MB limit without reading it', async () => {
    const { t, before } = await withWorkspace();
    const path = join(t.exportDirectory, 'valtava.hankinta.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_IMPORT_BYTES + 1); // sparse: no 50 MB written
    t.dialogs.opens.push(path);
    expect(await t.fail('procurement:import', {})).toEqual({
      code: 'invalidImport',
      params: { reason: 'tooLarge', megabytes: 51, limitMegabytes: 50 },
    });
    expect(snapshotTree(t.workspaceRoot)).toEqual(before);
  });
});
