import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import type { RecordRegistry } from '../../../shared/records/recordRegistry';
import { sampleProcurement } from '../support/procurements';
import { makeTempDir, removeTempDirs } from '../support/tempDir';

afterEach(removeTempDirs);

const registry = {
  ledgerRow: {
    schemaVersion: 1,
    schema: z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), hours: z.number().int() }),
  },
} satisfies RecordRegistry;

async function setup() {
  const root = join(makeTempDir(), 'workspace');
  const open = async () => {
    const ws = new FileWorkspace(root, () => new Date('2027-03-01T08:00:00.000Z'), registry);
    await ws.open();
    return ws;
  };
  const ws = await open();
  const procurement = sampleProcurement();
  await ws.put(procurement);
  const recordId = randomUUID();
  const file = join(root, 'records', procurement.id, 'ledgerRow', `${recordId}.json`);
  return { root, ws, open, procurement, pid: procurement.id, recordId, file };
}

describe('record repository: records/<procurementId>/<kind>/<recordId>.json', () => {
  it('writes { schemaVersion, kind, revision, record } and reads it back after a restart', async () => {
    const s = await setup();
    const saved = await s.ws.records.put({
      procurementId: s.pid,
      kind: 'ledgerRow',
      recordId: s.recordId,
      record: { month: '2027-03', hours: 160 },
      expectedRevision: null,
    });
    expect(saved.revision).toBe(1);
    expect(JSON.parse(readFileSync(s.file, 'utf8'))).toEqual({
      schemaVersion: 1,
      kind: 'ledgerRow',
      revision: 1,
      record: { month: '2027-03', hours: 160 },
    });
    const again = await s.open();
    expect(await again.records.get(s.pid, 'ledgerRow', s.recordId)).toEqual(saved);
    expect((await again.records.list(s.pid, 'ledgerRow')).items).toEqual([saved]);
  });

  it('refuses a stale revision with a conflict and keeps the stored record', async () => {
    const s = await setup();
    const base = { procurementId: s.pid, kind: 'ledgerRow' as const, recordId: s.recordId };
    await s.ws.records.put({
      ...base,
      record: { month: '2027-03', hours: 1 },
      expectedRevision: null,
    });
    await s.ws.records.put({
      ...base,
      record: { month: '2027-03', hours: 2 },
      expectedRevision: 1,
    });
    await expect(
      s.ws.records.put({ ...base, record: { month: '2027-03', hours: 3 }, expectedRevision: 1 }),
    ).rejects.toMatchObject({ code: 'conflict', params: { stored: 2, given: 1 } });
    await expect(
      s.ws.records.put({ ...base, record: { month: '2027-03', hours: 3 }, expectedRevision: null }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(s.ws.records.remove(s.pid, 'ledgerRow', s.recordId, 1)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await s.ws.records.get(s.pid, 'ledgerRow', s.recordId)).record.hours).toBe(2);
  });

  it('refuses an invalid record, an unknown kind, a non-UUID id and a missing procurement', async () => {
    const s = await setup();
    const put = (over: Record<string, unknown>) =>
      s.ws.records.put({
        procurementId: s.pid,
        kind: 'ledgerRow',
        recordId: s.recordId,
        record: { month: '2027-03', hours: 1 },
        expectedRevision: null,
        ...over,
      } as Parameters<typeof s.ws.records.put>[0]);
    await expect(put({ record: { month: 'maaliskuu', hours: 1 } })).rejects.toMatchObject({
      code: 'invalidRequest',
    });
    await expect(put({ kind: 'toString' })).rejects.toMatchObject({ code: 'invalidRequest' });
    await expect(put({ recordId: '../../x' })).rejects.toMatchObject({ code: 'invalidRequest' });
    await expect(put({ procurementId: randomUUID() })).rejects.toMatchObject({ code: 'notFound' });
    expect(existsSync(join(s.root, 'records', s.pid))).toBe(false);
  });

  it('quarantines a record file that fails its schema, with the reason, and lists the rest', async () => {
    const s = await setup();
    const good = await s.ws.records.put({
      procurementId: s.pid,
      kind: 'ledgerRow',
      recordId: s.recordId,
      record: { month: '2027-03', hours: 1 },
      expectedRevision: null,
    });
    const badId = randomUUID();
    writeFileSync(
      join(s.root, 'records', s.pid, 'ledgerRow', `${badId}.json`),
      JSON.stringify({ schemaVersion: 1, kind: 'ledgerRow', revision: 1, record: { hours: 'x' } }),
    );
    mkdirSync(join(s.root, 'records', s.pid, 'ledgerRow', `${randomUUID()}.json`));
    const { items, problems } = await s.ws.records.list(s.pid, 'ledgerRow');
    expect(items).toEqual([good]);
    expect(problems.map((p) => p.kind).sort()).toEqual(['entrySetAside', 'invalidFile']);
    const quarantined = readdirSync(join(s.root, 'quarantine'));
    expect(quarantined.some((n) => n.startsWith(`${s.pid}_ledgerRow_${badId}`))).toBe(true);
    expect(quarantined.some((n) => n.endsWith('.reason.txt'))).toBe(true);
  });

  it('leaves a record of a newer schema version alone and never overwrites it', async () => {
    const s = await setup();
    mkdirSync(join(s.file, '..'), { recursive: true });
    const newer = JSON.stringify({ schemaVersion: 2, kind: 'ledgerRow', revision: 4, record: {} });
    writeFileSync(s.file, newer);
    await expect(s.ws.records.get(s.pid, 'ledgerRow', s.recordId)).rejects.toMatchObject({
      code: 'notFound',
    });
    await expect(
      s.ws.records.put({
        procurementId: s.pid,
        kind: 'ledgerRow',
        recordId: s.recordId,
        record: { month: '2027-03', hours: 1 },
        expectedRevision: null,
      }),
    ).rejects.toMatchObject({ code: 'storageFailure', params: { reason: 'newerVersion' } });
    expect(readFileSync(s.file, 'utf8')).toBe(newer);
  });

  it('moves records to the trash with their procurement and back when it is restored', async () => {
    const s = await setup();
    const saved = await s.ws.records.put({
      procurementId: s.pid,
      kind: 'ledgerRow',
      recordId: s.recordId,
      record: { month: '2027-03', hours: 7 },
      expectedRevision: null,
    });
    const trashId = await s.ws.moveToTrash(s.pid, '2027-03-01T09:00:00.000Z');
    expect(existsSync(join(s.root, 'records', s.pid))).toBe(false);
    expect(existsSync(join(s.root, 'trash', `${trashId}.records`))).toBe(true);
    await s.ws.restoreFromTrash(trashId);
    expect(await s.ws.records.get(s.pid, 'ledgerRow', s.recordId)).toEqual(saved);
  });

  it('is included in backups and restored with them, all or nothing', async () => {
    const s = await setup();
    const base = { procurementId: s.pid, kind: 'ledgerRow' as const, recordId: s.recordId };
    await s.ws.records.put({
      ...base,
      record: { month: '2027-03', hours: 1 },
      expectedRevision: null,
    });
    const backup = await s.ws.createBackup('manual', '2027-03-01T08:30:00.000Z');
    await s.ws.records.put({
      ...base,
      record: { month: '2027-03', hours: 2 },
      expectedRevision: 1,
    });
    const other = randomUUID();
    await s.ws.records.put({
      ...base,
      recordId: other,
      record: { month: '2027-04', hours: 3 },
      expectedRevision: null,
    });

    await s.ws.restoreBackup(backup.id);
    const after = await s.open();
    const { items } = await after.records.list(s.pid, 'ledgerRow');
    expect(items.map((i) => [i.recordId, i.revision, i.record.hours])).toEqual([
      [s.recordId, 1, 1],
    ]);
  });
});
