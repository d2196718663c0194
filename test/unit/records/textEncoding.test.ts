import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8Byte } from '../../../shared/records/textEncoding';

describe('strict UTF-8 for imported files', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8Strict(Buffer.from('\ufeff{"t":"Äänekoski"}'))).toEqual({
      ok: true,
      text: '{"t":"Äänekoski"}',
    });
  });

  it('names the line of the first byte that is not UTF-8, never replacing it with U+FFFD', () => {
    const bytes = Buffer.from('{\n"a": "x",\n"b": "Y"\n}');
    bytes[bytes.indexOf('Y')] = 0xe4; // Latin-1 "ä"
    expect(decodeUtf8Strict(bytes)).toEqual({
      ok: false,
      problem: { kind: 'notUtf8', line: 3, byteOffset: bytes.indexOf(0xe4) },
    });
  });

  it('refuses overlong forms, encoded surrogates and code points past U+10FFFF', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from('ok 🍲 ä'))).toBe(-1);
  });

  it('names UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const text = '{"a":1}';
    const cases: [Buffer, string][] = [
      [Buffer.from(`\ufeff${text}`, 'utf16le'), 'UTF-16LE'],
      [Buffer.from(text, 'utf16le'), 'UTF-16LE'],
      [Buffer.from(`\ufeff${text}`, 'utf16le').swap16(), 'UTF-16BE'],
      [Buffer.from(text, 'utf16le').swap16(), 'UTF-16BE'],
      [Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'UTF-32LE'],
      [Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]), 'UTF-32BE'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(decodeUtf8Strict(bytes), encoding).toEqual({
        ok: false,
        problem: { kind: 'otherEncoding', encoding },
      });
    }
  });
});
