import { describe, expect, it } from 'vitest';
import { storageProblemSchema } from '../../../shared/domain/workspace/storageProblem';
import { catalogs } from '../../../shared/i18n';

const FAULTS = ['file', 'directory', 'symlink', 'special', 'tooLarge', 'other'];

describe('every storage problem has a message in fi, sv and en', () => {
  it.each(Object.entries(catalogs))('%s', (_language, messages) => {
    const problems = messages.problems as unknown as Record<string, unknown>;
    for (const kind of storageProblemSchema.shape.kind.options) {
      expect(typeof problems[kind], kind).toBe('string');
    }
    const faults = problems['entryFaults'] as Record<string, string>;
    for (const fault of FAULTS) expect(faults[fault], fault).toMatch(/\S/);
  });
});
