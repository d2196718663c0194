import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';

enablePatches();

/**
 * The one way every section changes the procurement: an Immer recipe that mutates a draft
 * (`(p) => { p.lots[0].name = 'Koulut' }`); the editor produces the next immutable document.
 */
export type Edit = (draft: Procurement) => void;

/** Applies edits: what sections receive from the editor (stable across renders). */
export type ApplyEdit = (edit: Edit) => void;

/**
 * Runs an edit: the next document, and a key naming the paths it changed (the undo history
 * coalesces consecutive edits with the same key). Null when the edit changed nothing.
 */
export function applyEdit(
  current: Procurement,
  edit: Edit,
): { next: Procurement; key: string } | null {
  const [next, patches] = produceWithPatches(current, edit);
  if (patches.length === 0) return null;
  return { next, key: patchKey(patches) };
}

function patchKey(patches: readonly Patch[]): string {
  return [...new Set(patches.map((p) => p.path.join('.')))].sort().join('|');
}

/** One changed value of the draft against the stored version, for the conflict view. */
export interface ChangedField {
  path: string;
  value: string;
}

/**
 * The leaves of `draft` that differ from `base` (at most `limit`), so an officer whose save
 * conflicted can copy what they typed before reloading.
 */
export function changedFields(base: unknown, draft: unknown, limit = 100): ChangedField[] {
  const out: ChangedField[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (out.length >= limit || Object.is(a, b)) return;
    if (b !== null && typeof b === 'object') {
      const left = a !== null && typeof a === 'object' ? (a as Record<string, unknown>) : {};
      for (const [key, value] of Object.entries(b as Record<string, unknown>)) {
        const next = Array.isArray(b) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        walk(left[key], value, next);
      }
      return;
    }
    if (path === 'revision' || path === 'updatedAt') return;
    out.push({ path, value: b === null ? '' : String(b) });
  };
  walk(base, draft, '');
  return out;
}
