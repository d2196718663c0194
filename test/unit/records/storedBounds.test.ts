import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWorkspace } from '../../../electron/storage/fileWorkspace';
import { makeTempDir, removeTempDirs } from '../support/tempDir';
import {
  describeReadProblem,
  readProcurementFileText,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';

afterEach(removeTempDirs);

describe('stored files written before the bounds', () => {
  it('do not stop the workspace from opening: the file is quarantined with its reason', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'procurements'), { recursive: true });
    const good = sampleProcurement();
    const far = sampleProcurement();
    far.planning.timeline.contractStart = '9999-12-31';
    far.planning.valuation.term = {
      kind: 'fixed',
      baseMonths: 600,
      options: [{ id: good.id, count: 50, months: 120, likely: true, note: '' }],
      extensionMonths: 0,
    };
    for (const p of [good, far]) {
      writeFileSync(
        join(root, 'procurements', `${p.id}.json`),
        JSON.stringify(toProcurementFile(p)),
      );
    }
    const listed = await new FileWorkspace(root).list();
    expect(listed.items.map((i) => i.id)).toEqual([good.id]);
    const problem = listed.problems.find((p) => p.kind === 'invalidFile');
    expect(problem?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'procurement.planning.timeline.contractStart',
          kind: 'dateOutOfRange',
        }),
        expect.objectContaining({
          path: 'procurement.planning.valuation.term',
          kind: 'termTooLong',
        }),
      ]),
    );
    const reasonFile = readdirSync(join(root, 'quarantine')).find((n) => n.endsWith('.reason.txt'));
    expect(readFileSync(join(root, 'quarantine', reasonFile ?? ''), 'utf8')).toContain(
      'procurement.planning.timeline.contractStart: dateOutOfRange Year outside 1990–2150',
    );
  });

  it('fail validation naming the field, with a reason a person can read', () => {
    const p = sampleProcurement();
    p.planning.timeline.contractStart = '9999-12-31';
    const read = readProcurementFileText(JSON.stringify(toProcurementFile(p)));
    expect(read).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [
          {
            path: 'procurement.planning.timeline.contractStart',
            kind: 'dateOutOfRange',
            received: '9999-12-31',
            limit: '1990–2150',
          },
        ],
      },
    });
    if (read.ok) return;
    expect(describeReadProblem(read.problem)).toBe(
      'procurement.planning.timeline.contractStart: dateOutOfRange Year outside 1990–2150',
    );
  });

  it('read an upper-case id as lower case, so the file name and the id agree', () => {
    const p = sampleProcurement();
    const read = readProcurementFileText(
      JSON.stringify(toProcurementFile({ ...p, id: p.id.toUpperCase() })),
    );
    expect(read).toMatchObject({ ok: true, procurement: { id: p.id } });
  });

  it('refuse a stored file with a __proto__ key before parsing, saying where', () => {
    const text = JSON.stringify(toProcurementFile(sampleProcurement())).replace(
      '"title"',
      '"__proto__":{},"title"',
    );
    const read = readProcurementFileText(text);
    expect(read).toMatchObject({
      ok: false,
      problem: {
        kind: 'unsafeJson',
        scan: { kind: 'forbiddenKey', path: 'procurement.__proto__' },
      },
    });
    if (read.ok) return;
    expect(describeReadProblem(read.problem)).toBe(
      'Refused before parsing: forbidden key "__proto__" at procurement.__proto__ (line 1)',
    );
  });
});
