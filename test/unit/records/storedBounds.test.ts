import { describe, expect, it } from 'vitest';
import {
  describeReadProblem,
  readProcurementFileText,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';

describe('stored files written before the bounds', () => {
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
