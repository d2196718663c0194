import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import { sampleProcurement } from '../support/procurements';
import { makeTempDir, removeTempDirs } from '../support/tempDir';

afterEach(removeTempDirs);

function setup() {
  const root = join(makeTempDir(), 'workspace');
  return {
    root,
    open: async () => {
      const ws = new FileWorkspace(root, () => new Date('2027-03-01T08:00:00.000Z'));
      await ws.open();
      return ws;
    },
    journal: () => readFileSync(join(root, 'index.journal'), 'utf8'),
    snapshot: () => JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')),
  };
}

describe('list index: snapshot + append-only journal (issue 8 §2)', () => {
  it('appends one journal line per save instead of rewriting index.json', async () => {
    const w = setup();
    const ws = await w.open();
    const before = statSync(join(w.root, 'index.json'));
    const a = sampleProcurement();
    await ws.put(a);
    await ws.put({ ...a, revision: 1, title: 'Toinen versio' });
    const after = statSync(join(w.root, 'index.json'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    const lines = w
      .journal()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.put.summary.title)).toEqual([a.title, 'Toinen versio']);
  });

  it('folds the journal into index.json at the next start', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    await ws.put(a);
    const reopened = await w.open();
    expect((await reopened.list()).problems).toEqual([]);
    expect(w.journal()).toBe('');
    expect(w.snapshot().entries.map((e: { summary: { id: string } }) => e.summary.id)).toEqual([
      a.id,
    ]);
  });

  it('ignores a journal line torn by a crash and reads that file again', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    await ws.put(a);
    const text = w.journal();
    writeFileSync(join(w.root, 'index.journal'), text.slice(0, text.length - 20));
    const reopened = await w.open();
    expect((await reopened.list()).items.map((i) => i.title)).toEqual([a.title]);
  });

  it('is rebuilt from the files when the summary rules version differs', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    await ws.put(a);
    await w.open();
    const index = w.snapshot();
    index.rulesVersion = 0;
    index.entries[0].summary.estimatedTotalCents = 1;
    writeFileSync(join(w.root, 'index.json'), JSON.stringify(index));
    const reopened = await w.open();
    expect((await reopened.list()).items[0]?.estimatedTotalCents).not.toBe(1);
  });

  it('keeps a deletion recorded in the journal', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    const b = sampleProcurement({ title: 'Jää' });
    await ws.put(a);
    await ws.put(b);
    await ws.moveToTrash(a.id, '2027-03-01T08:00:00.000Z');
    expect(w.journal()).toContain(`"del":"${a.id}"`);
    expect((await (await w.open()).list()).items.map((i) => i.id)).toEqual([b.id]);
  });
});

describe('derived values are computed before a file is written (issue 6)', () => {
  it('refuses a procurement whose summary cannot be computed, writing nothing', async () => {
    const w = setup();
    const ws = await w.open();
    const a = sampleProcurement();
    a.planning.timeline.contractStart = '9999-12-31';
    await expect(ws.put(a)).rejects.toMatchObject({
      code: 'storageFailure',
      params: { reason: 'unsummarisable' },
    });
    expect((await (await w.open()).list()).items).toEqual([]);
  });
});

describe('backups do not hold the save queue for the whole copy (issue 8)', () => {
  it('lets a save issued during a backup finish before the backup does', async () => {
    const w = setup();
    const ws = await w.open();
    const all = Array.from({ length: 80 }, (_, i) => sampleProcurement({ title: `H ${i}` }));
    for (const p of all) await ws.put(p);
    const order: string[] = [];
    const backup = ws
      .createBackup('manual', '2027-03-01T08:00:00.000Z')
      .then(() => order.push('backup'));
    await new Promise((r) => setTimeout(r, 5));
    await ws.put({ ...all[0]!, revision: 1, title: 'Tallennettu varmuuskopioinnin aikana' });
    order.push('save');
    await backup;
    expect(order).toEqual(['save', 'backup']);
  });
});
