import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  summarizeProcurement,
  type Procurement,
  type ProcurementSummary,
} from '../../../shared/domain/procurement/procurement';
import {
  readProcurementFileText,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { openTrialWorkspace, procurementVersion } from './killScenario';

/** What the parent found in a workspace after a kill; `faults` empty means all is well. */
export interface Inspection {
  /** Stored procurements by id. */
  stored: Map<string, Procurement>;
  faults: string[];
  /** The workspace as reopened (with an index rebuilt from the files). */
  ws: Awaited<ReturnType<typeof openTrialWorkspace>>;
}

const ID_FILE = /^[0-9a-f-]{36}\.json$/;

/** Every path under `dir` (relative), to look for leftovers. */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    out.push(rel);
    if (entry.isDirectory()) out.push(...walk(join(dir, entry.name), `${rel}/`));
  }
  return out;
}

const byId = (a: ProcurementSummary, b: ProcurementSummary) => a.id.localeCompare(b.id);

/**
 * Reopens the workspace as the app would after the kill and checks what every trial
 * requires: it opens; nothing was set aside or quarantined; every procurement file is
 * exactly one version the child wrote (never invalid or mixed); the list equals the files'
 * summaries; an index rebuilt from scratch lists the same; no temp or staging leftovers.
 */
export async function inspectWorkspace(root: string): Promise<Inspection> {
  const faults: string[] = [];
  const ws = await openTrialWorkspace(root);
  const { items, problems } = await ws.list();
  for (const p of problems) {
    if (p.kind !== 'indexRebuilt') faults.push(`invalid: ${p.kind} ${p.file}`);
  }
  const stored = new Map<string, Procurement>();
  const dir = join(root, 'procurements');
  for (const name of readdirSync(dir).filter((n) => ID_FILE.test(n))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const read = readProcurementFileText(text);
    if (!read.ok) {
      faults.push(`invalid: ${name} ${read.problem.kind}`);
      continue;
    }
    const p = read.procurement;
    const expected = toProcurementFile(procurementVersion(p.id, p.revision));
    if (!isDeepStrictEqual(JSON.parse(text), expected)) faults.push(`mixed: ${name}`);
    stored.set(p.id, p);
  }
  const fromFiles = [...stored.values()].map(summarizeProcurement).sort(byId);
  if (!isDeepStrictEqual([...items].sort(byId), fromFiles)) faults.push('index: list ≠ files');
  for (const leftover of walk(root)) {
    if (/(^|\/)\.[^/]*\.tmp$|\.restoring$|restore\.commit$|\.replaced-/.test(leftover)) {
      faults.push(`leftover: ${leftover}`);
    }
  }
  rmSync(join(root, 'index.json'), { force: true });
  rmSync(join(root, 'index.journal'), { force: true });
  const rebuilt = await openTrialWorkspace(root);
  const again = (await rebuilt.list()).items.sort(byId);
  if (!isDeepStrictEqual(again, fromFiles)) faults.push('index: rebuilt list ≠ files');
  return { stored, faults, ws: rebuilt };
}

/** Procurement ids held in the trash, by trash entry id. */
export function trashedIds(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(root, 'trash');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const entry = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      file: { procurement: { id: string } };
    };
    ids.set(name.slice(0, -'.json'.length), entry.file.procurement.id);
  }
  return ids;
}
