import { describe, expect, it } from 'vitest';
import {
  checkCsvShape,
  decodeTextStrict,
  firstInvalidUtf8,
  looksLikeUtf16WithoutBom,
} from '../../../shared/records/csv';

// UTF-8 well-formedness: RFC 3629 §4; windows-1252 per the WHATWG Encoding standard.
describe('strict decoding of CSV bytes (RFC 3629, WHATWG Encoding)', () => {
  it('reads valid UTF-8, with or without BOM', () => {
    expect(decodeTextStrict(Buffer.from('Koodi;Nimike\nä'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
    });
    expect(decodeTextStrict(Buffer.from('\uFEFFa'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('reads windows-1252 when no valid multi-byte UTF-8 sequence exists (Finnish Excel CSV)', () => {
    const r = decodeTextStrict(Buffer.from([0x61, 0x3b, 0xe4, 0x80]));
    expect(r).toEqual({ ok: true, encoding: 'windows-1252', text: 'a;ä€' });
  });

  it('refuses UTF-8 that breaks after valid text and names the line', () => {
    const bytes = Buffer.concat([Buffer.from('a\nä\nb'), Buffer.from([0xe4, 0x0a])]);
    expect(decodeTextStrict(bytes)).toEqual({
      ok: false,
      problem: { kind: 'invalidEncoding', encoding: 'utf-8', line: 3 },
    });
  });

  it('rejects overlong forms and surrogates as UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf])).offset).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])).offset).toBe(1);
  });

  it('refuses UTF-16 without a byte order mark but reads it with one', () => {
    expect(looksLikeUtf16WithoutBom(Buffer.from('CODE;FI\n', 'utf16le'))).toBe(true);
    expect(decodeTextStrict(Buffer.from('CODE;FI\n', 'utf16le'))).toMatchObject({
      ok: false,
      problem: { kind: 'utf16WithoutBom' },
    });
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CODE;FI\n', 'utf16le')]);
    expect(decodeTextStrict(withBom)).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('never returns text holding U+FFFD', () => {
    expect(decodeTextStrict(Buffer.from('a\nb\uFFFD'))).toEqual({
      ok: false,
      problem: { kind: 'replacementCharacter', line: 2 },
    });
  });
});

describe('CSV shape limits', () => {
  it('counts CRLF, LF and lone CR as one line break each', () => {
    expect(checkCsvShape('a\r\nb\nc\rd', ';', { maxLines: 4, maxColumns: 5 })).toBeNull();
    expect(checkCsvShape('a\r\nb\nc\rd\n', ';', { maxLines: 4, maxColumns: 5 })).toEqual({
      kind: 'tooManyLines',
      limit: 4,
    });
  });

  it('names the line with too many columns', () => {
    expect(checkCsvShape('a;b\na;b;c', ';', { maxLines: 10, maxColumns: 2 })).toEqual({
      kind: 'tooManyColumns',
      line: 2,
      limit: 2,
    });
  });
});
