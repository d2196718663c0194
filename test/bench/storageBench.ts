import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { FileWorkspace } from '../../electron/storage/fileWorkspace';
import { newProcurement, type Procurement } from '../../shared/domain/procurement/procurement';
import { percentile, timeAsync } from './measure';

/** A procurement of about 70 kB, so 500 of them make a workspace of ~36 MB. */
function bulkyProcurement(i: number): Procurement {
  const p = newProcurement({
    id: randomUUID(),
    title: `Hankinta ${i}`,
    now: new Date().toISOString(),
  });
  const text = 'Palvelukuvauksen tarkennus ja laatuvaatimukset. '.repeat(12);
  return {
    ...p,
    description: text.repeat(4),
    lots: Array.from({ length: 100 }, (_, n) => ({
      id: randomUUID(),
      code: String(n + 1),
      name: `Osa ${n + 1}`,
      description: text,
      value: { basis: 'annual' as const, amountCents: 10_000_000 + n, additionalPurchasesCents: 0 },
    })),
  };
}

/** Storage figures: open, list, get, save with many procurements, backup, vs one big store. */
export async function benchStorage(count = 500): Promise<Record<string, number>> {
  const root = mkdtempSync(join(tmpdir(), 'hp-bench-'));
  const figures: Record<string, number> = {};
  try {
    const seed = new FileWorkspace(join(root, 'ws'));
    await seed.open();
    const all = Array.from({ length: count }, (_, i) => bulkyProcurement(i));
    const bytes = Buffer.byteLength(JSON.stringify(all));
    figures['workspaceMegabytes'] = Math.round((bytes / 1_048_576) * 10) / 10;
    figures['procurements'] = count;
    for (const p of all) await seed.put(p);

    const fresh = new FileWorkspace(join(root, 'ws'));
    figures['openWithIndexMs'] = await timeAsync(() => fresh.open());
    figures['listMs'] = await timeAsync(() => fresh.list());
    const target = all[Math.floor(count / 2)]!;
    figures['getColdMs'] = await timeAsync(() => fresh.get(target.id));
    figures['getWarmMs'] = await timeAsync(() => fresh.get(target.id));
    const saves: number[] = [];
    let current = await fresh.get(target.id);
    for (let i = 0; i < 50; i++) {
      current = {
        ...current,
        description: `${current.description.slice(0, 100)} ${i}`,
        revision: current.revision + 1,
      };
      const next = current;
      saves.push(await timeAsync(() => fresh.put(next)));
    }
    figures['saveOneP50Ms'] = percentile(saves, 50);
    figures['saveOneP95Ms'] = percentile(saves, 95);
    figures['backupMs'] = await timeAsync(() =>
      fresh.createBackup('manual', new Date().toISOString()),
    );

    rmSync(join(root, 'ws', 'index.json'));
    const rebuilt = new FileWorkspace(join(root, 'ws'));
    figures['openRebuildIndexMs'] = await timeAsync(() => rebuilt.open());

    // For comparison: the same data as one electron-store/conf store (what we avoid).
    const store = new Conf<Record<string, unknown>>({ cwd: join(root, 'conf'), configName: 'big' });
    store.store = Object.fromEntries(all.map((p) => [p.id, p]));
    figures['oneBigStoreSetMs'] = await timeAsync(async () =>
      store.set(target.id, { ...target, title: 'x' }),
    );
    figures['oneBigStoreGetMs'] = await timeAsync(async () => store.get(target.id));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
}
