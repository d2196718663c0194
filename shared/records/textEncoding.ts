/** Why bytes could not be read as UTF-8 text. */
export type TextDecodeProblem =
  | { kind: 'otherEncoding'; encoding: 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' }
  | { kind: 'notUtf8'; line: number; byteOffset: number };

/** Byte offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when all are valid. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function otherEncoding(bytes: Uint8Array): TextDecodeProblem | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return { kind: 'otherEncoding', encoding: 'UTF-32LE' };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    return { kind: 'otherEncoding', encoding: 'UTF-32BE' };
  if (a === 0xff && b === 0xfe) return { kind: 'otherEncoding', encoding: 'UTF-16LE' };
  if (a === 0xfe && b === 0xff) return { kind: 'otherEncoding', encoding: 'UTF-16BE' };
  // Without a byte-order mark: JSON starts with an ASCII character, so a zero byte next to it
  // gives UTF-16 away (as Excel and Notepad may save "Unicode" text).
  if (a !== undefined && a !== 0 && a < 0x80 && b === 0)
    return { kind: 'otherEncoding', encoding: 'UTF-16LE' };
  if (a === 0 && b !== undefined && b !== 0 && b < 0x80)
    return { kind: 'otherEncoding', encoding: 'UTF-16BE' };
  return null;
}

/**
 * Decodes a file's bytes as UTF-8, strictly: a byte-order mark is dropped, text in UTF-16 or
 * UTF-32 is named, and the first byte that is not UTF-8 is reported with its line instead of
 * being replaced by U+FFFD (which would store damaged text as if it were the officer's).
 */
export function decodeUtf8Strict(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: TextDecodeProblem } {
  const other = otherEncoding(bytes);
  if (other) return { ok: false, problem: other };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8Byte(bytes));
    return {
      ok: false,
      problem: { kind: 'notUtf8', line: lineAt(bytes, offset), byteOffset: offset },
    };
  }
}
