import { describe, expect, it } from 'vitest';
import { JSON_SCAN_LIMITS } from '../../../shared/domain/common/limits';
import { scanJson } from '../../../shared/records/jsonPrescan';
import { parseCheckedJson, readProcurementFileText } from '../../../shared/records/procurementFile';

const strict = { strictText: true };
const lenient = { strictText: false };

describe('JSON pre-scan before parsing', () => {
  it('passes an ordinary file', () => {
    const text = JSON.stringify({ a: [1, 2, { b: 'teksti', c: null }], d: true }, null, 2);
    expect(scanJson(text, strict)).toBeNull();
  });

  it('stops 100 000 levels of nesting at the depth limit, naming line and path', () => {
    const text = `{\n"a": {\n"b": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(scanJson(text, lenient)).toEqual({
      kind: 'tooDeep',
      limit: JSON_SCAN_LIMITS.maxDepth,
      line: 3,
      path: 'a.b' + '[0]'.repeat(JSON_SCAN_LIMITS.maxDepth - 3),
    });
  });

  it('refuses an object with more entries than the limit', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":1`).join(',');
    expect(scanJson(`{"x":{${keys}}}`, lenient)).toMatchObject({
      kind: 'tooManyEntries',
      path: 'x',
    });
  });

  it('refuses __proto__, constructor and prototype keys, escaped ones too', () => {
    for (const [text, key] of [
      ['{"a":{"__proto__":{}}}', '__proto__'],
      ['{"a":[{"constructor":1}]}', 'constructor'],
      ['{"\\u0070rototype":1}', 'prototype'],
    ] as const) {
      expect(scanJson(text, lenient), text).toMatchObject({ kind: 'forbiddenKey', key });
    }
  });

  it('accepts such words as values', () => {
    expect(scanJson('{"note":"__proto__ constructor prototype"}', strict)).toBeNull();
  });

  it('refuses a key given twice in one object, but not in two objects', () => {
    expect(scanJson('{"a":1,\n"a":2}', lenient)).toEqual({
      kind: 'duplicateKey',
      key: 'a',
      line: 2,
      path: 'a',
    });
    expect(scanJson('[{"a":1},{"a":2}]', lenient)).toBeNull();
  });

  it('refuses over-long strings and numbers', () => {
    const long = 'x'.repeat(JSON_SCAN_LIMITS.maxStringLength + 1);
    expect(scanJson(`{"t":"${long}"}`, lenient)).toMatchObject({
      kind: 'stringTooLong',
      path: 't',
    });
    expect(scanJson(`{"n":${'9'.repeat(50)}}`, lenient)).toMatchObject({
      kind: 'numberTooLong',
      path: 'n',
    });
  });

  it('in imports refuses control characters, lone surrogates and U+FFFD, naming the field', () => {
    expect(scanJson('{"lots":[{"name":"a\\u0000"}]}', strict)).toMatchObject({
      kind: 'controlCharacter',
      code: 'U+0000',
      path: 'lots[0].name',
    });
    expect(scanJson('{"t":"a\\fb"}', strict)).toMatchObject({
      kind: 'controlCharacter',
      code: 'U+000C',
    });
    expect(scanJson('{"t":"\\ud800"}', strict)).toMatchObject({ kind: 'loneSurrogate' });
    expect(scanJson('{"t":"\\udc00x"}', strict)).toMatchObject({ kind: 'loneSurrogate' });
    expect(scanJson('{"t":"a\ufffd"}', strict)).toMatchObject({ kind: 'replacementCharacter' });
    // Tabs, line breaks and real surrogate pairs are text.
    expect(scanJson('{"t":"a\\tb\\nc\\ud83c\\udf72 🍲"}', strict)).toBeNull();
  });

  it('leaves stored files free of the import-only text checks', () => {
    expect(scanJson('{"t":"a\\u0000"}', lenient)).toBeNull();
  });

  it('never hands a refused text to JSON.parse, and reports it as unsafe', () => {
    expect(parseCheckedJson('{"__proto__":{"x":1}}')).toEqual({
      ok: false,
      problem: {
        kind: 'unsafeJson',
        scan: { kind: 'forbiddenKey', key: '__proto__', line: 1, path: '__proto__' },
      },
    });
    expect(readProcurementFileText('\ufeff[[[]]]')).toMatchObject({
      ok: false,
      problem: { kind: 'noSchemaVersion' },
    });
  });
});
