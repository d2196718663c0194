import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import { newProcurement, type Procurement } from '../../../shared/domain/procurement/procurement';
import { toProcurementFile } from '../../../shared/records/procurementFile';

/**
 * Shared set-up of the robustness tier: real workspace folders in the system temp folder,
 * procurements as the app creates them, and a way to reopen a folder as the app would after
 * a restart. Every helper file of this tier lives in this folder.
 */
const created: string[] = [];

/** A fresh folder for one workspace; removed by {@link removeWorkspaceDirs}. */
export function makeWorkspaceDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hankintapolku-robust-'));
  created.push(dir);
  return join(dir, 'workspace');
}

/** Removes every folder made by {@link makeWorkspaceDir} (call in `afterEach`/`afterAll`). */
export function removeWorkspaceDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A procurement as the app creates it, with a title and any field overridden. */
export function procurement(title: string, overrides: Partial<Procurement> = {}): Procurement {
  return {
    ...newProcurement({ id: randomUUID(), title, now: '2027-01-15T08:30:00.000Z' }),
    ...overrides,
  };
}

/** The stored file text of a procurement, as the app writes it. */
export function fileText(p: Procurement): string {
  return JSON.stringify(toProcurementFile(p));
}

/** Opens the workspace as the app does at start; never shares state with earlier instances. */
export async function openWorkspace(root: string, now = new Date('2027-03-01T08:00:00.000Z')) {
  const ws = new FileWorkspace(root, () => now);
  await ws.open();
  return ws;
}

/** Names in a folder, sorted; empty when it does not exist. */
export function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Parsed JSON of a file. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
