import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import type { Procurement } from '../../../shared/domain/procurement/procurement';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';
import { makeTempDir, namesIn, removeTempDirs, snapshotTree } from '../support/tempDir';

afterEach(removeTempDirs);

const NOW = new Date('2027-03-01T08:00:00.000Z');
const STAMP = '20270301-080000';

function setup() {
  const root = join(makeTempDir(), 'workspace');
  const now = () => NOW;
  return {
    root,
    /** A new instance over the same folder: what the app sees after a restart. */
    open: async () => {
      const ws = new FileWorkspace(root, now);
      await ws.open();
      return ws;
    },
    file: (id: string) => join(root, 'procurements', `${id}.json`),
  };
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('saving procurements', () => {
  it('creates the workspace folders on first open', async () => {
    const w = setup();
    await w.open();
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

  it('writes atomically and leaves no temporary files behind', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    const b = sampleProcurement({ title: 'Koulukuljetukset' });
    await ws.put(a);
    await ws.put({ ...a, revision: 1, description: 'Päivitetty' });
    await ws.put(b);
    expect(namesIn(join(w.root, 'procurements'))).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    expect(readdirSync(w.root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(w.file(a.id), 'utf8'))).toEqual(
      toProcurementFile({ ...a, revision: 1, description: 'Päivitetty' }),
    );
  });

  it('does not rewrite other procurement files when one is saved', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    const b = sampleProcurement({ title: 'Koulukuljetukset' });
    await ws.put(a);
    await ws.put(b);
    const before = { a: statSync(w.file(a.id)), b: statSync(w.file(b.id)) };
    await sleep(30);
    await ws.put({ ...a, revision: 1, title: 'Siivous, päivitetty' });
    const after = { a: statSync(w.file(a.id)), b: statSync(w.file(b.id)) };
    expect(after.b.mtimeMs).toBe(before.b.mtimeMs);
    expect(after.b.ino).toBe(before.b.ino);
    expect(after.a.mtimeMs).toBeGreaterThan(before.a.mtimeMs);
  });

  it('reads every procurement back after a restart', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement({ updatedAt: '2027-02-01T08:00:00.000Z' });
    const b = sampleProcurement({
      title: 'Koulukuljetukset',
      updatedAt: '2027-02-02T08:00:00.000Z',
    });
    await ws.put(a);
    await ws.put(b);
    const reopened = await w.open();
    const { items, problems } = await reopened.list();
    expect(items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(problems).toEqual([]);
    expect(await reopened.get(a.id)).toEqual(a);
  });

  it('hands out copies, so changing a returned procurement does not change the stored one', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    await ws.put(a);
    const got = await ws.get(a.id);
    got.title = 'Muutettu muistissa';
    expect((await ws.get(a.id)).title).toBe(a.title);
  });

  it('reports a procurement whose file was deleted outside the app as not found and drops it', async () => {
    const w = setup();
    const a = sampleProcurement();
    await (await w.open()).put(a);
    const ws = await w.open();
    rmSync(w.file(a.id));
    await expect(ws.get(a.id)).rejects.toMatchObject({ code: 'notFound' });
    expect((await ws.list()).items).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('moves an invalid file to quarantine with a reason file and keeps listing the others', async () => {
    const w = setup();
    const good = sampleProcurement();
    await (await w.open()).put(good);
    const bad = sampleProcurement({ status: 'valmis' as Procurement['status'] });
    writeJson(w.file(bad.id), toProcurementFile(bad));
    const badBytes = readFileSync(w.file(bad.id));

    const ws = await w.open();
    const { items, problems } = await ws.list();
    expect(items.map((i) => i.id)).toEqual([good.id]);
    const movedTo = `quarantine/${bad.id}.${STAMP}.rejected.json`;
    expect(problems).toContainEqual({
      kind: 'invalidFile',
      file: `procurements/${bad.id}.json`,
      movedTo,
      version: CURRENT_PROCUREMENT_SCHEMA_VERSION,
      issues: [expect.objectContaining({ path: 'procurement.status', kind: 'notAllowed' })],
    });
    expect(existsSync(w.file(bad.id))).toBe(false);
    expect(readFileSync(join(w.root, movedTo)).equals(badBytes)).toBe(true);
    expect(readFileSync(join(w.root, `${movedTo}.reason.txt`), 'utf8')).toContain(
      'procurement.status: notAllowed',
    );
  });

  it('quarantines a file that is not JSON, with the parser’s reason', async () => {
    const w = setup();
    await w.open();
    const id = randomUUID();
    writeFileSync(w.file(id), '{"schemaVersion": 1, "procurement": {');
    const ws = await w.open();
    const { problems } = await ws.list();
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'invalidFile',
        file: `procurements/${id}.json`,
        detail: expect.any(String),
      }),
    ]);
    const reason = readFileSync(
      join(w.root, 'quarantine', `${id}.${STAMP}.rejected.json.reason.txt`),
      'utf8',
    );
    expect(reason).toMatch(/^Not valid JSON: /);
  });

  it('quarantines a file whose procurement id does not match its file name', async () => {
    const w = setup();
    await w.open();
    const other = randomUUID();
    writeJson(w.file(other), toProcurementFile(sampleProcurement()));
    const { items, problems } = await (await w.open()).list();
    expect(items).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'invalidFile',
        issues: [expect.objectContaining({ path: 'procurement.id' })],
      }),
    ]);
  });

  it('does not report a quarantined file again on the next start', async () => {
    const w = setup();
    await w.open();
    writeFileSync(w.file(randomUUID()), 'rikki');
    await w.open();
    const quarantined = snapshotTree(join(w.root, 'quarantine'));
    const { problems } = await (await w.open()).list();
    expect(problems).toEqual([]);
    expect(snapshotTree(join(w.root, 'quarantine'))).toEqual(quarantined);
  });

  it('leaves a file from a newer app version in place, reports it and never overwrites it', async () => {
    const w = setup();
    await w.open();
    const newer = sampleProcurement();
    writeJson(w.file(newer.id), { schemaVersion: 99, procurement: { ...newer, lots: 'future' } });
    const bytes = readFileSync(w.file(newer.id));

    const ws = await w.open();
    const { items, problems } = await ws.list();
    expect(items).toEqual([]);
    expect(problems).toContainEqual({
      kind: 'newerVersion',
      file: `procurements/${newer.id}.json`,
      version: 99,
    });
    await expect(ws.put(newer)).rejects.toMatchObject({
      code: 'storageFailure',
      params: { reason: 'newerVersion', id: newer.id },
    });
    await expect(ws.get(newer.id)).rejects.toMatchObject({ code: 'notFound' });
    expect(readFileSync(w.file(newer.id)).equals(bytes)).toBe(true);
    expect(namesIn(join(w.root, 'quarantine'))).toEqual([]);
  });

  it('does not claim the index was rebuilt on every start because of a newer-version file', async () => {
    const w = setup();
    await (await w.open()).put(sampleProcurement());
    const newer = sampleProcurement();
    writeJson(w.file(newer.id), { schemaVersion: 99, procurement: newer });
    await w.open();
    const { problems } = await (await w.open()).list();
    expect(problems).toEqual([
      { kind: 'newerVersion', file: `procurements/${newer.id}.json`, version: 99 },
    ]);
  });
});

describe('the index file', () => {
  async function twoProcurements() {
    const w = setup();
    const ws = await w.open();
    await ws.put(sampleProcurement({ updatedAt: '2027-02-01T08:00:00.000Z' }));
    await ws.put(sampleProcurement({ title: 'Koulukuljetukset' }));
    return { w, items: (await ws.list()).items };
  }

  it('is rebuilt from the files when deleted, with the same items', async () => {
    const { w, items } = await twoProcurements();
    rmSync(join(w.root, 'index.json'));
    const ws = await w.open();
    expect((await ws.list()).items).toEqual(items);
    expect(JSON.parse(readFileSync(join(w.root, 'index.json'), 'utf8')).entries).toHaveLength(2);
  });

  it('is rebuilt from the files when corrupted, with the same items', async () => {
    const { w, items } = await twoProcurements();
    writeFileSync(join(w.root, 'index.json'), '{"formatVersion": 1, "entr');
    expect((await (await w.open()).list()).items).toEqual(items);
    expect(() => JSON.parse(readFileSync(join(w.root, 'index.json'), 'utf8'))).not.toThrow();
  });

  it('is rebuilt when it does not match its format', async () => {
    const { w, items } = await twoProcurements();
    writeJson(join(w.root, 'index.json'), { formatVersion: 1, entries: [{ summary: 'x' }] });
    expect((await (await w.open()).list()).items).toEqual(items);
  });

  it('re-reads a procurement whose file was edited by hand (still valid)', async () => {
    const w = setup();
    const a = sampleProcurement();
    await (await w.open()).put(a);
    const file = JSON.parse(readFileSync(w.file(a.id), 'utf8'));
    file.procurement.title = 'Käsin korjattu otsikko';
    writeJson(w.file(a.id), file);
    const later = new Date(Date.now() + 60_000);
    utimesSync(w.file(a.id), later, later);

    const ws = await w.open();
    const { items, problems } = await ws.list();
    expect(items.map((i) => i.title)).toEqual(['Käsin korjattu otsikko']);
    expect(problems).toEqual([{ kind: 'indexRebuilt', file: 'index.json' }]);
    expect((await ws.get(a.id)).title).toBe('Käsin korjattu otsikko');
  });

  it('drops an entry whose file was removed by hand, and says the index was rebuilt', async () => {
    const { w, items } = await twoProcurements();
    const removed = items[0]?.id ?? '';
    rmSync(w.file(removed));
    const { items: after, problems } = await (await w.open()).list();
    expect(after.map((i) => i.id)).toEqual(items.slice(1).map((i) => i.id));
    expect(problems).toEqual([{ kind: 'indexRebuilt', file: 'index.json' }]);
  });

  it('picks up a valid procurement file copied into the folder by hand', async () => {
    const w = setup();
    await w.open();
    const copied = sampleProcurement();
    writeJson(w.file(copied.id), toProcurementFile(copied));
    const ws = await w.open();
    expect((await ws.list()).items.map((i) => i.id)).toEqual([copied.id]);
    expect(await ws.get(copied.id)).toEqual(copied);
  });
});

describe('leftovers of a crash', () => {
  it('removes stale temporary files on open and keeps everything else', async () => {
    const w = setup();
    const a = sampleProcurement();
    await (await w.open()).put(a);
    const stale = [
      join(w.root, 'procurements', `.${a.id}.json.0a1b2c3d4e5f.tmp`),
      join(w.root, '.index.json.abcdef123456.tmp'),
      join(w.root, 'backups', '.20270301-080000-manual.json.123456abcdef.tmp'),
    ];
    for (const path of stale) writeFileSync(path, '{"half": ');
    writeFileSync(join(w.root, 'procurements', 'muistiinpanot.tmp'), 'oma tiedosto');

    const ws = await w.open();
    for (const path of stale) expect(existsSync(path), path).toBe(false);
    expect(existsSync(join(w.root, 'procurements', 'muistiinpanot.tmp'))).toBe(true);
    expect(await ws.get(a.id)).toEqual(a);
  });
});

describe('the trash', () => {
  it('restores a deleted procurement, refusing while one with the same id exists', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    await ws.put(a);
    const trashId = await ws.moveToTrash(a.id, '2027-03-01T09:00:00.000Z');
    expect(trashId).toBe(`20270301-090000-${a.id.slice(0, 8)}`);
    await ws.put(a);
    await expect(ws.restoreFromTrash(trashId)).rejects.toMatchObject({ code: 'conflict' });
    expect(existsSync(join(w.root, 'trash', `${trashId}.json`))).toBe(true);
  });

  it('keeps at most the 50 newest deleted procurements', async () => {
    const w = setup();
    const ws = await w.open();
    const trashIds: string[] = [];
    for (let i = 0; i < 52; i++) {
      const p = sampleProcurement({ title: `Hankinta ${i}` });
      await ws.put(p);
      const deletedAt = new Date(Date.UTC(2027, 2, 1, 8, 0, i)).toISOString();
      trashIds.push(await ws.moveToTrash(p.id, deletedAt));
    }
    expect(readdirSync(join(w.root, 'trash'))).toHaveLength(50);
    for (const gone of trashIds.slice(0, 2)) {
      await expect(ws.restoreFromTrash(gone)).rejects.toMatchObject({ code: 'notFound' });
    }
    expect((await ws.restoreFromTrash(trashIds[2] ?? '')).title).toBe('Hankinta 2');
    expect((await ws.restoreFromTrash(trashIds[51] ?? '')).title).toBe('Hankinta 51');
  });

  it('reports an unreadable trash entry as not found', async () => {
    const w = setup();
    const ws = await w.open();
    mkdirSync(join(w.root, 'trash'), { recursive: true });
    writeJson(join(w.root, 'trash', 'rikki.json'), { deletedAt: 'x', file: { schemaVersion: 1 } });
    await expect(ws.restoreFromTrash('rikki')).rejects.toMatchObject({ code: 'notFound' });
  });
});
