import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { FileWorkspace } from '../../electron/storage/fileWorkspace';
import type { Procurement } from '../../shared/domain/procurement/procurement';
import { benchProcurement } from './fixtures';
import { figure, ratio, repeat, type Figure, type Ratio } from './stats';

/**
 * Storage figures that can be compared: a save against a raw atomic write of the same bytes
 * on the same disk (so the disk's own speed cancels out), saves at 10 and 1 000
 * procurements, growth when adding 2 000 one by one, a cold open in a new process, a save
 * issued during a backup, and how long a backup blocks the event loop. Uses whatever API
 * `FileWorkspace` offers (open, put, list, createBackup).
 */

const RUNS = 21;

/** The same steps as an atomic save, done directly: temp → write → fsync → rename → fsync dir. */
async function rawAtomicWrite(target: string, bytes: Buffer): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.raw`);
  const handle = await open(temp, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, target);
  const dir = await open(dirname(target), 'r');
  await dir.sync();
  await dir.close();
}

async function seeded(
  root: string,
  count: number,
): Promise<{ ws: FileWorkspace; items: Procurement[] }> {
  const ws = new FileWorkspace(root);
  await ws.open();
  const items = Array.from({ length: count }, (_, i) => benchProcurement(i));
  for (const p of items) await ws.put(p);
  return { ws, items };
}

/**
 * Saves of one procurement (warm) and raw atomic writes of the bytes it stored, interleaved
 * (save and raw in turn, alternating which goes first): the disk here is shared and its speed
 * drifts by a factor of two within seconds, so two separate blocks of runs compared the drift
 * rather than the code. (The raw write of a run uses the bytes the latest save stored.)
 */
export async function saveVsRaw(
  root: string,
  count: number,
): Promise<{ save: Figure; raw: Figure }> {
  const { ws, items } = await seeded(root, count);
  let current = items[Math.floor(count / 2)]!;
  const file = join(root, 'procurements', `${current.id}.json`);
  const saves: number[] = [];
  const raws: number[] = [];
  await repeat(RUNS, async (i) => {
    current = {
      ...current,
      description: `${current.description.slice(0, 900)} ${i}`,
      revision: current.revision + 1,
    };
    const next = current;
    const save = async () => {
      const start = performance.now();
      await ws.put(next);
      saves.push(performance.now() - start);
    };
    const raw = async () => {
      const bytes = readFileSync(file);
      const start = performance.now();
      await rawAtomicWrite(join(root, 'raw-target.json'), bytes);
      raws.push(performance.now() - start);
    };
    // Alternate which goes first, so neither always pays for the other's writeback.
    if (i % 2 === 0) {
      await save();
      await raw();
    } else {
      await raw();
      await save();
    }
    return 0;
  });
  return { save: figure(saves, 'warm'), raw: figure(raws, 'warm') };
}

/** Cold open + list of the workspace in a new process (files written earlier). */
function coldOpen(root: string, runs: number): { open: Figure; list: Figure } {
  const opens: number[] = [];
  const lists: number[] = [];
  const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(tsx, [join(__dirname, 'storageColdChild.ts'), root], {
      encoding: 'utf8',
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    const parsed = JSON.parse(line) as { openMs: number; listMs: number };
    opens.push(parsed.openMs);
    lists.push(parsed.listMs);
  }
  return { open: figure(opens, 'cold'), list: figure(lists, 'cold') };
}

/** Storage figures of issue 8. */
export interface StorageTruth {
  saveVsRawAt10: Ratio;
  saveVsRawAt1000: Ratio;
  save1000VsSave10: Ratio;
  addPer100AtStart: Figure;
  addPer100AtEnd: Figure;
  addGrowth: Ratio;
  coldOpen1000: Figure;
  coldList1000: Figure;
  saveDuringBackup1000: Figure;
  backup1000: Figure;
  eventLoopMaxDelayDuringBackupMs: Figure;
}

/** Runs the storage figures on temp folders (removed afterwards). */
export async function benchStorageTruth(): Promise<StorageTruth> {
  const base = mkdtempSync(join(tmpdir(), 'hp-bench-truth-'));
  try {
    const at10 = await saveVsRaw(join(base, 'ws10'), 10);
    const at1000 = await saveVsRaw(join(base, 'ws1000'), 1000);
    const cold = coldOpen(join(base, 'ws1000'), 3);

    // Adding 2 000 one by one: time of each block of 100 saves.
    const grow = new FileWorkspace(join(base, 'grow'));
    await grow.open();
    const blocks: number[] = [];
    for (let b = 0; b < 20; b++) {
      const start = performance.now();
      for (let i = 0; i < 100; i++) await grow.put(benchProcurement(b * 100 + i));
      blocks.push(performance.now() - start);
    }
    const addStart = figure(blocks.slice(0, 3), 'warm');
    const addEnd = figure(blocks.slice(-3), 'warm');

    // A save issued while a backup of 1 000 runs, and the event loop meanwhile.
    const ws = new FileWorkspace(join(base, 'ws1000'));
    await ws.open();
    const { items } = { items: (await ws.list()).items };
    const target = await ws.get(items[0]!.id);
    let revision = target.revision;
    const during: number[] = [];
    const backups: number[] = [];
    const delays: number[] = [];
    for (let run = 0; run < 3; run++) {
      const monitor = monitorEventLoopDelay({ resolution: 5 });
      monitor.enable();
      const backupStart = performance.now();
      const backup = ws.createBackup(
        'manual',
        new Date(Date.UTC(2026, 0, 1, 12, run)).toISOString(),
      );
      await new Promise((r) => setTimeout(r, 5));
      const saveStart = performance.now();
      revision += 1;
      await ws.put({ ...target, revision, description: `during backup ${run}` });
      during.push(performance.now() - saveStart);
      await backup;
      backups.push(performance.now() - backupStart);
      monitor.disable();
      delays.push(monitor.max / 1e6);
    }
    return {
      saveVsRawAt10: ratio(at10.save, at10.raw),
      saveVsRawAt1000: ratio(at1000.save, at1000.raw),
      save1000VsSave10: ratio(at1000.save, at10.save),
      addPer100AtStart: addStart,
      addPer100AtEnd: addEnd,
      addGrowth: ratio(addEnd, addStart),
      coldOpen1000: cold.open,
      coldList1000: cold.list,
      saveDuringBackup1000: figure(during, 'warm'),
      backup1000: figure(backups, 'warm'),
      eventLoopMaxDelayDuringBackupMs: figure(delays, 'warm'),
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
