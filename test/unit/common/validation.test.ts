import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { procurementSchema } from '../../../shared/domain/procurement/procurement';
import { describeZodError, formatPath, jsonTypeOf } from '../../../shared/domain/common/validation';
import { sampleProcurement } from '../support/procurements';

/** Parses `input` (which must fail) and returns the translated issues. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return describeZodError(parsed.error, input);
}

function procurementIssues(overrides: Record<string, unknown>) {
  return issuesOf(procurementSchema, { ...sampleProcurement(), ...overrides });
}

describe('validation messages for invalid procurements', () => {
  it('reports a field that is not there as missing, naming the expected type', () => {
    expect(procurementIssues({ title: undefined })).toEqual([
      { path: 'title', kind: 'missing', expected: 'string' },
    ]);
  });

  it('reports a field with a value of the wrong type as wrongType, with what was received', () => {
    expect(procurementIssues({ revision: '3' })).toEqual([
      { path: 'revision', kind: 'wrongType', expected: 'number', received: 'string' },
    ]);
    expect(procurementIssues({ archived: null })).toEqual([
      { path: 'archived', kind: 'wrongType', expected: 'boolean', received: 'null' },
    ]);
  });

  it('calls a fraction where a whole number belongs a decimal', () => {
    expect(procurementIssues({ revision: 1.5 })).toEqual([
      { path: 'revision', kind: 'wrongType', expected: 'int', received: 'decimal' },
    ]);
  });

  it('reports a value outside a list of choices as notAllowed, listing the allowed ones', () => {
    const [issue] = procurementIssues({ status: 'done' });
    expect(issue).toMatchObject({ path: 'status', kind: 'notAllowed', received: 'done' });
    expect(issue?.expected?.split(', ')).toEqual(procurementSchema.shape.status.options);
  });

  it('reports too long and too short texts with the limit', () => {
    expect(procurementIssues({ title: 'x'.repeat(201) })).toEqual([
      { path: 'title', kind: 'tooLong', limit: 200 },
    ]);
    expect(procurementIssues({ title: '   ' })).toEqual([
      { path: 'title', kind: 'tooShort', limit: 1 },
    ]);
  });

  it('reports a number below its minimum as tooSmall', () => {
    expect(procurementIssues({ revision: -1 })).toEqual([
      { path: 'revision', kind: 'tooSmall', limit: 0 },
    ]);
  });

  it('reports a malformed id or timestamp as invalidFormat, naming the format', () => {
    expect(procurementIssues({ id: 'abc' })).toEqual([
      { path: 'id', kind: 'invalidFormat', expected: 'uuid' },
    ]);
    expect(procurementIssues({ createdAt: 'eilen' })).toEqual([
      { path: 'createdAt', kind: 'invalidFormat', expected: 'datetime' },
    ]);
  });

  it('passes a rule’s own message through (a title must be a single line)', () => {
    expect(procurementIssues({ title: 'Siivous\nja ikkunanpesu' })).toEqual([
      { path: 'title', kind: 'other', detail: 'Title must be a single line' },
    ]);
  });

  it('names unknown fields of a strict object', () => {
    expect(issuesOf(z.strictObject({ name: z.string() }), { name: 'a', nimi: 'b' })).toEqual([
      { path: '(root)', kind: 'unknownField', detail: 'nimi' },
    ]);
  });

  it('gives nested paths in readable form', () => {
    const schema = z.object({ lots: z.array(z.object({ name: z.string().max(3) })) });
    expect(issuesOf(schema, { lots: [{ name: 'ok' }, { name: 'liian pitkä' }] })).toEqual([
      { path: 'lots[1].name', kind: 'tooLong', limit: 3 },
    ]);
  });

  it('stops at 20 issues so a broken file does not flood the screen', () => {
    const schema = z.array(z.number());
    expect(
      issuesOf(
        schema,
        Array.from({ length: 50 }, () => 'x'),
      ),
    ).toHaveLength(20);
  });
});

describe('paths and type names', () => {
  it('renders paths like lots[0].name and the root as (root)', () => {
    expect(formatPath(['lots', 0, 'name'])).toBe('lots[0].name');
    expect(formatPath([0, 'name'])).toBe('[0].name');
    expect(formatPath(['a', 'b', 2, 3])).toBe('a.b[2][3]');
    expect(formatPath([])).toBe('(root)');
  });

  it('names JSON value types the way the messages say them', () => {
    expect(jsonTypeOf(undefined)).toBe('nothing');
    expect(jsonTypeOf(null)).toBe('null');
    expect(jsonTypeOf([])).toBe('array');
    expect(jsonTypeOf(1.5)).toBe('decimal');
    expect(jsonTypeOf(2)).toBe('number');
    expect(jsonTypeOf('x')).toBe('string');
    expect(jsonTypeOf({})).toBe('object');
  });
});
