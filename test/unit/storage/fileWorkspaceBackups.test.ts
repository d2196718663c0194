import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import { toProcurementFile } from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';
import { makeTempDir, namesIn, removeTempDirs, snapshotTree } from '../support/tempDir';

afterEach(removeTempDirs);

function setup(startIso = '2027-03-01T08:00:00.000Z') {
  const root = join(makeTempDir(), 'workspace');
  let now = new Date(startIso);
  return {
    root,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
    open: async () => {
      const ws = new FileWorkspace(root, () => now);
      await ws.open();
      return ws;
    },
    file: (id: string) => join(root, 'procurements', `${id}.json`),
  };
}

describe('daily automatic backup', () => {
  it('creates one backup per day only', async () => {
    const w = setup('2027-03-01T06:00:00.000Z');
    const ws = await w.open();
    await ws.put(sampleProcurement());
    const first = await ws.ensureDailyBackup();
    expect(first).toMatchObject({ reason: 'daily', createdAt: '2027-03-01T06:00:00.000Z' });

    w.setNow('2027-03-01T15:30:00.000Z');
    expect(await ws.ensureDailyBackup()).toBeNull();

    w.setNow('2027-03-02T06:00:00.000Z');
    expect(await ws.ensureDailyBackup()).toMatchObject({ reason: 'daily' });
    expect((await ws.listBackups()).map((b) => b.createdAt)).toEqual([
      '2027-03-02T06:00:00.000Z',
      '2027-03-01T06:00:00.000Z',
    ]);
  });

  it('counts only daily backups: a manual backup does not replace today’s daily one', async () => {
    const w = setup();
    const ws = await w.open();
    await ws.put(sampleProcurement());
    await ws.createBackup('manual', '2027-03-01T07:00:00.000Z');
    expect(await ws.ensureDailyBackup()).toMatchObject({ reason: 'daily' });
  });

  it('does not back up an empty workspace', async () => {
    const w = setup();
    const ws = await w.open();
    expect(await ws.ensureDailyBackup()).toBeNull();
    expect(await ws.listBackups()).toEqual([]);
  });
});

describe('creating backups', () => {
  it('stores every procurement as saved, with a meta file marking the backup complete', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    const b = sampleProcurement({ title: 'Koulukuljetukset' });
    await ws.put(a);
    await ws.put(b);
    const info = await ws.createBackup('manual', '2027-03-01T08:00:00.000Z');
    expect(info).toMatchObject({ id: '20270301-080000-manual', procurementCount: 2 });
    expect(namesIn(join(w.root, 'backups'))).toEqual([
      '20270301-080000-manual.json',
      '20270301-080000-manual.meta.json',
    ]);
    const body = JSON.parse(readFileSync(join(w.root, 'backups', `${info.id}.json`), 'utf8'));
    expect(body.procurements).toEqual(
      expect.arrayContaining([toProcurementFile(a), toProcurementFile(b)]),
    );
  });

  it('gives two backups in the same second different ids', async () => {
    const w = setup();
    const ws = await w.open();
    const at = '2027-03-01T08:00:00.000Z';
    const ids = [
      (await ws.createBackup('manual', at)).id,
      (await ws.createBackup('manual', at)).id,
      (await ws.createBackup('manual', at)).id,
    ];
    expect(ids).toEqual([
      '20270301-080000-manual',
      '20270301-080000-manual-2',
      '20270301-080000-manual-3',
    ]);
  });

  it('keeps the newest 10 manual, 14 daily and 5 before-restore backups and deletes older files', async () => {
    const w = setup();
    const ws = await w.open();
    await ws.put(sampleProcurement());
    const at = (day: number, hour: number) =>
      new Date(Date.UTC(2027, 2, day, hour, 0, 0)).toISOString();
    for (let day = 1; day <= 16; day++) await ws.createBackup('daily', at(day, 6));
    for (let i = 1; i <= 12; i++) await ws.createBackup('manual', at(i, 12));
    for (let i = 1; i <= 6; i++) await ws.createBackup('beforeRestore', at(i, 18));

    const listed = await ws.listBackups();
    const count = (reason: string) => listed.filter((b) => b.reason === reason).length;
    expect([count('daily'), count('manual'), count('beforeRestore')]).toEqual([14, 10, 5]);
    expect(listed.map((b) => b.id)).not.toContain('20270301-060000-daily');
    expect(listed.map((b) => b.id)).not.toContain('20270302-120000-manual');
    expect(listed.map((b) => b.id)).toContain('20270303-120000-manual');
    const files = readdirSync(join(w.root, 'backups'));
    expect(files).toHaveLength(2 * (14 + 10 + 5));
    expect(files.filter((n) => n.startsWith('20270301-060000-daily'))).toEqual([]);
  });

  it('does not offer a backup whose data file is missing', async () => {
    const w = setup();
    const ws = await w.open();
    const info = await ws.createBackup('manual', '2027-03-01T08:00:00.000Z');
    rmSync(join(w.root, 'backups', `${info.id}.json`));
    expect(await ws.listBackups()).toEqual([]);
  });
});

describe('restoring a backup', () => {
  it('replaces every procurement with the backup’s, also after a restart', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    const b = sampleProcurement({ title: 'Koulukuljetukset' });
    await ws.put(a);
    await ws.put(b);
    const info = await ws.createBackup('manual', '2027-03-01T08:00:00.000Z');
    await ws.put({ ...a, revision: 1, title: 'Muutettu' });
    await ws.moveToTrash(b.id, '2027-03-01T09:00:00.000Z');
    const c = sampleProcurement({ title: 'Uusi' });
    await ws.put(c);

    expect(await ws.restoreBackup(info.id)).toBe(2);
    expect(await ws.get(a.id)).toEqual(a);
    expect(await ws.get(b.id)).toEqual(b);
    await expect(ws.get(c.id)).rejects.toMatchObject({ code: 'notFound' });
    expect(namesIn(w.root)).toEqual([
      'backups',
      'index.journal',
      'index.json',
      'procurements',
      'quarantine',
      'records',
      'trash',
    ]);

    const after = await w.open();
    expect((await after.list()).items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect((await after.list()).problems).toEqual([]);
  });

  it('refuses a backup with an invalid entry, naming it, and leaves the workspace unchanged', async () => {
    const w = setup();
    const ws = await w.open();
    await ws.put(sampleProcurement());
    await ws.put(sampleProcurement({ title: 'Koulukuljetukset' }));
    const info = await ws.createBackup('manual', '2027-03-01T08:00:00.000Z');
    const backupFile = join(w.root, 'backups', `${info.id}.json`);
    const body = JSON.parse(readFileSync(backupFile, 'utf8'));
    body.procurements[1].procurement.status = 'valmis';
    writeFileSync(backupFile, JSON.stringify(body));
    await ws.put(sampleProcurement({ title: 'Varmuuskopion jälkeen' }));
    const before = snapshotTree(w.root);
    const listed = (await ws.list()).items;

    await expect(ws.restoreBackup(info.id)).rejects.toMatchObject({
      code: 'invalidBackup',
      params: { id: info.id, reason: 'invalidEntry', entry: 2 },
      issues: [expect.objectContaining({ path: 'procurement.status', kind: 'notAllowed' })],
    });
    expect(snapshotTree(w.root)).toEqual(before);
    expect((await ws.list()).items).toEqual(listed);
  });

  it('refuses a file that is not a backup, or not JSON, leaving the workspace unchanged', async () => {
    const w = setup();
    const ws = await w.open();
    await ws.put(sampleProcurement());
    mkdirSync(join(w.root, 'backups'), { recursive: true });
    writeFileSync(join(w.root, 'backups', 'vieras.json'), JSON.stringify({ format: 'muu' }));
    writeFileSync(join(w.root, 'backups', 'rikki.json'), '{"format":');
    const before = snapshotTree(w.root);
    await expect(ws.restoreBackup('vieras')).rejects.toMatchObject({
      code: 'invalidBackup',
      params: { reason: 'notABackup' },
    });
    await expect(ws.restoreBackup('rikki')).rejects.toMatchObject({
      code: 'invalidBackup',
      params: { reason: 'unreadable' },
    });
    expect(snapshotTree(w.root)).toEqual(before);
  });

  it('keeps a file from a newer app version through a restore (it is never deleted)', async () => {
    const w = setup();
    const a = sampleProcurement();
    const ws0 = await w.open();
    await ws0.put(a);
    const info = await ws0.createBackup('manual', '2027-03-01T08:00:00.000Z');
    const newer = sampleProcurement({ title: 'Uudemmasta versiosta' });
    writeFileSync(w.file(newer.id), JSON.stringify({ schemaVersion: 99, procurement: newer }));
    const bytes = readFileSync(w.file(newer.id));

    const ws = await w.open();
    expect(await ws.restoreBackup(info.id)).toBe(1);
    expect(readFileSync(w.file(newer.id)).equals(bytes)).toBe(true);
    await expect(ws.put(newer)).rejects.toMatchObject({ params: { reason: 'newerVersion' } });
    const { items, problems } = await (await w.open()).list();
    expect(items.map((i) => i.id)).toEqual([a.id]);
    expect(problems).toEqual([
      { kind: 'newerVersion', file: `procurements/${newer.id}.json`, version: 99 },
    ]);
  });

  it('does not let a backup entry replace a newer app version’s file with the same id', async () => {
    const w = setup();
    const a = sampleProcurement();
    const ws0 = await w.open();
    await ws0.put(a);
    const info = await ws0.createBackup('manual', '2027-03-01T08:00:00.000Z');
    writeFileSync(w.file(a.id), JSON.stringify({ schemaVersion: 99, procurement: a }));
    const bytes = readFileSync(w.file(a.id));

    const ws = await w.open();
    expect(await ws.restoreBackup(info.id)).toBe(0);
    expect(readFileSync(w.file(a.id)).equals(bytes)).toBe(true);
  });
});

describe('an interrupted restore', () => {
  async function workspaceWith(titles: string[]) {
    const w = setup();
    const ws = await w.open();
    const procurements = titles.map((title) => sampleProcurement({ title }));
    for (const p of procurements) await ws.put(p);
    return { w, procurements };
  }

  it('is finished on the next open when the complete staging folder was not yet swapped in', async () => {
    const { w } = await workspaceWith(['Vanha A', 'Vanha B']);
    const restored = sampleProcurement({ title: 'Varmuuskopiosta' });
    const staging = join(w.root, 'procurements.restoring');
    mkdirSync(staging);
    writeFileSync(
      join(staging, `${restored.id}.json`),
      JSON.stringify(toProcurementFile(restored)),
    );
    renameSync(join(w.root, 'procurements'), join(w.root, 'procurements.replaced-20270301-080000'));

    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.title)).toEqual(['Varmuuskopiosta']);
    expect(await ws.get(restored.id)).toEqual(restored);
    expect(namesIn(w.root)).toEqual([
      'backups',
      'index.journal',
      'index.json',
      'procurements',
      'quarantine',
      'records',
      'trash',
    ]);
  });

  it('is rolled back when only the replaced folder is left', async () => {
    const { w, procurements } = await workspaceWith(['Vanha A']);
    renameSync(join(w.root, 'procurements'), join(w.root, 'procurements.replaced-20270301-080000'));
    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.id)).toEqual(procurements.map((p) => p.id));
    expect(existsSync(join(w.root, 'procurements.replaced-20270301-080000'))).toBe(false);
  });

  it('is discarded when it stopped before the swap, keeping the live procurements', async () => {
    const { w, procurements } = await workspaceWith(['Vanha A']);
    const staging = join(w.root, 'procurements.restoring');
    mkdirSync(staging);
    writeFileSync(join(staging, 'puolikas.json'), '{');
    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.id)).toEqual(procurements.map((p) => p.id));
    expect(existsSync(staging)).toBe(false);
  });

  it('cleans up a replaced folder left after a completed swap', async () => {
    const { w, procurements } = await workspaceWith(['Vanha A']);
    const leftover = join(w.root, 'procurements.replaced-20270301-080000');
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'vanha.json'), '{}');
    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.id)).toEqual(procurements.map((p) => p.id));
    expect(existsSync(leftover)).toBe(false);
  });
});

describe('an interrupted restore with records (commit marker)', () => {
  it('is rolled forward when the marker was written, procurements and records together', async () => {
    const w = setup();
    const old = sampleProcurement({ title: 'Vanha' });
    await (await w.open()).put(old);
    const restored = sampleProcurement({ title: 'Varmuuskopiosta' });
    const recordPath = `${restored.id}/note/${restored.id}.json`;
    mkdirSync(join(w.root, 'procurements.restoring'));
    writeFileSync(
      join(w.root, 'procurements.restoring', `${restored.id}.json`),
      JSON.stringify(toProcurementFile(restored)),
    );
    mkdirSync(join(w.root, 'records.restoring', restored.id, 'note'), { recursive: true });
    writeFileSync(join(w.root, 'records.restoring', ...recordPath.split('/')), '{}');
    writeFileSync(join(w.root, 'restore.commit'), 'x');
    // Stopped after the records were swapped in but before the procurements were.
    renameSync(join(w.root, 'records'), join(w.root, 'records.replaced-20270301-080000'));
    renameSync(join(w.root, 'records.restoring'), join(w.root, 'records'));

    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.title)).toEqual(['Varmuuskopiosta']);
    expect(existsSync(join(w.root, 'records', ...recordPath.split('/')))).toBe(true);
    expect(namesIn(w.root)).not.toContain('restore.commit');
    expect(namesIn(w.root).filter((n) => n.includes('.re'))).toEqual([]);
  });

  it('is discarded without the marker, keeping the live procurements and records', async () => {
    const w = setup();
    const live = sampleProcurement({ title: 'Elävä' });
    await (await w.open()).put(live);
    mkdirSync(join(w.root, 'procurements.restoring'));
    mkdirSync(join(w.root, 'records.restoring'));
    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.id)).toEqual([live.id]);
    expect(namesIn(w.root).filter((n) => n.endsWith('.restoring'))).toEqual([]);
  });
});
