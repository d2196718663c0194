import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  parseJsonText,
  readProcurementDocument,
  readProcurementFileText,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';

function stored(value: unknown): string {
  return JSON.stringify(value);
}

describe('reading a stored procurement file', () => {
  it('reads back exactly what was written', () => {
    const procurement = sampleProcurement({ status: 'tendering', archived: true });
    const result = readProcurementFileText(stored(toProcurementFile(procurement)));
    expect(result).toEqual({ ok: true, procurement, migratedFrom: null });
  });

  it('writes the current schema version into every file', () => {
    expect(toProcurementFile(sampleProcurement()).schemaVersion).toBe(
      CURRENT_PROCUREMENT_SCHEMA_VERSION,
    );
  });

  it('reads a file that starts with a byte order mark (saved by Notepad)', () => {
    const procurement = sampleProcurement();
    const result = readProcurementFileText(`\ufeff${stored(toProcurementFile(procurement))}`);
    expect(result.ok).toBe(true);
  });

  it('refuses text that is not JSON, with the parser’s reason', () => {
    const result = readProcurementFileText('{"schemaVersion": 1, "procurement": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('notJson');
    expect(result.problem).toHaveProperty('detail', expect.stringMatching(/JSON/));
  });

  it('refuses a file without a usable schema version', () => {
    const procurement = sampleProcurement();
    for (const value of [
      { procurement },
      { schemaVersion: '1', procurement },
      { schemaVersion: 0, procurement },
      { schemaVersion: 1.5, procurement },
      [procurement],
      null,
      'text',
    ]) {
      expect(readProcurementDocument(value), JSON.stringify(value).slice(0, 40)).toEqual({
        ok: false,
        problem: { kind: 'noSchemaVersion' },
      });
    }
  });

  it('refuses a file from a newer app version and says which version', () => {
    const file = { schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION + 1, procurement: {} };
    expect(readProcurementFileText(stored(file))).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: CURRENT_PROCUREMENT_SCHEMA_VERSION + 1 },
    });
  });

  it('names an invalid field by its path from the top of the file (procurement.title)', () => {
    const file = toProcurementFile(sampleProcurement({ title: '' }));
    expect(readProcurementFileText(stored(file))).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        version: CURRENT_PROCUREMENT_SCHEMA_VERSION,
        issues: [{ path: 'procurement.title', kind: 'tooShort', limit: 1 }],
      },
    });
  });

  it('reports every invalid field, not just the first', () => {
    const file = toProcurementFile(sampleProcurement());
    const broken = { ...file, procurement: { ...file.procurement, status: 'done', revision: -2 } };
    const result = readProcurementFileText(stored(broken));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues.map((i) => `${i.path}:${i.kind}`).sort()).toEqual([
      'procurement.revision:tooSmall',
      'procurement.status:notAllowed',
    ]);
  });

  it('reports a file without the procurement itself as missing "procurement"', () => {
    const result = readProcurementDocument({ schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', issues: [{ path: 'procurement', kind: 'missing' }] },
    });
  });
});

describe('files written by the foundation release (schema version 1)', () => {
  const v1 = {
    id: '3f1c2b9e-8a4d-4c1e-9b7a-2d5e6f708192',
    revision: 4,
    createdAt: '2026-11-02T09:15:00.000Z',
    updatedAt: '2026-11-20T14:40:00.000Z',
    archived: false,
    title: 'Toimitilojen ylläpitosiivous 2027–2030',
    referenceNumber: 'HEL 2026-012345',
    description: 'Ylläpitosiivous kolmeen toimipisteeseen.',
    responsiblePerson: 'Liisa Virtanen',
    status: 'marketDialogue',
  };

  it('upgrades a version 1 file, keeping every field it had', () => {
    const result = readProcurementFileText(JSON.stringify({ schemaVersion: 1, procurement: v1 }));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.migratedFrom).toBe(1);
    expect(result.procurement).toMatchObject(v1);
  });

  it('names an invalid field of a version 1 file with the version it was checked against', () => {
    const result = readProcurementDocument({ schemaVersion: 1, procurement: { ...v1, title: '' } });
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        version: 1,
        issues: [{ path: 'procurement.title', kind: 'tooShort', limit: 1 }],
      },
    });
  });
});

describe('JSON text', () => {
  it('parses JSON and strips a byte order mark', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports the parser’s message for broken JSON', () => {
    const result = parseJsonText("{'a':1}");
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('detail', expect.any(String));
  });
});
