/**
 * Delimited text files as spreadsheets save them: the bytes decoded to text, the text split
 * into rows of fields. Small on purpose; it handles what Excel, LibreOffice and the EU's
 * download produce, not every CSV dialect.
 */

/** The text encoding a file turned out to have. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a text file: a UTF-16 byte order mark (Excel's "Unicode text") decides UTF-16;
 * otherwise UTF-8 (its BOM dropped); bytes that are not valid UTF-8 are read as
 * windows-1252, the encoding Excel on Finnish Windows uses for "CSV (semicolon delimited)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes, Š, Ž, …);
 * the five bytes it leaves undefined map to the same C1 code points, as the WHATWG Encoding
 * standard says.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes windows-1252 by table rather than with TextDecoder: Node's decoder for that label
 * (at least Node 20, which Electron's main process shares) reads 0x80–0x9F as Latin-1 control
 * characters, which would turn an euro sign or a dash into an invisible character.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** The delimiters recognised, in the order a tie is decided. */
const DELIMITERS = [';', '\t', ','] as const;
/** A field delimiter. */
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of a file, from its first non-empty line: whichever of `;`, tab and `,`
 * occurs most often outside quotes (Finnish Excel writes `;`, because `,` is the decimal
 * separator; a tie goes to `;`, then tab). A line with none of them is one column: `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const line = /^[\s]*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = counts.get(d) ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits delimited text into rows of fields (RFC 4180 as spreadsheets write it): fields in
 * double quotes may hold the delimiter, line breaks and doubled quotes (`""` → `"`); lines
 * end with CRLF, LF or CR. A BOM at the start is dropped. Fields are not trimmed.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  const n = source.length;
  while (i < n) {
    if (quoted) {
      // Copy up to the next quote in one slice; `""` is a quote, a lone `"` ends the field.
      const quote = source.indexOf('"', i);
      if (quote < 0) {
        field += source.slice(i);
        i = n;
      } else if (source[quote + 1] === '"') {
        field += source.slice(i, quote + 1);
        i = quote + 2;
      } else {
        field += source.slice(i, quote);
        quoted = false;
        i = quote + 1;
      }
      continue;
    }
    const c = source[i]!;
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\r') {
      endRow();
      if (source[i + 1] === '\n') i++;
    } else if (c === '\n') endRow();
    else {
      // Copy a run of ordinary characters in one slice.
      let j = i + 1;
      while (j < n) {
        const d = source[j]!;
        if (d === delimiter || d === '\r' || d === '\n' || d === '"') break;
        j++;
      }
      field += source.slice(i, j);
      i = j;
      continue;
    }
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Why bytes were refused as text (see {@link decodeTextStrict}). */
export type TextEncodingProblem =
  | { kind: 'invalidEncoding'; encoding: TextEncodingName; line: number }
  | { kind: 'utf16WithoutBom' }
  | { kind: 'replacementCharacter'; line: number };

/** windows-1252 leaves these five bytes undefined (WHATWG Encoding). */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function lineAt(bytes: Uint8Array, offset: number, unit = 1): number {
  let line = 1;
  for (let i = 0; i < offset; i += unit) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that is not well-formed UTF-8 (RFC 3629 §4: no overlongs, no
 * surrogates, at most U+10FFFF), or -1; and whether any multi-byte sequence was valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; multiByte: boolean } {
  let multiByte = false;
  let i = 0;
  while (i < bytes.length) {
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
    else return { offset: i, multiByte };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, multiByte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return { offset: i, multiByte };
    multiByte = true;
    i += need + 1;
  }
  return { offset: -1, multiByte };
}

/** True when the bytes look like UTF-16 text saved without a byte order mark (many NULs at alternate positions). */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n < 4) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return Math.max(even, odd) > n / 2 / 3;
}

/**
 * Decodes a text file strictly, so that nothing is ever stored as U+FFFD: a UTF-16 byte
 * order mark means UTF-16 and a UTF-8 one UTF-8, each of which must then be valid; without a
 * mark, valid UTF-8 is UTF-8, text with no valid multi-byte UTF-8 sequence is windows-1252
 * (Finnish Excel's "CSV (semicolon delimited)"), and anything else is UTF-8 gone wrong.
 * A problem names the line (1-based) where the first bad byte is.
 */
export function decodeTextStrict(
  bytes: Uint8Array,
):
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problem: TextEncodingProblem } {
  let text: string;
  let encoding: TextEncodingName;
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Find the line of the first unpaired surrogate or odd trailing byte.
      const lenient = new TextDecoder(encoding).decode(bytes);
      const bad = lenient.indexOf('\uFFFD');
      return {
        ok: false,
        problem: {
          kind: 'invalidEncoding',
          encoding,
          line: lenient.slice(0, Math.max(0, bad)).split('\n').length,
        },
      };
    }
  } else if (looksLikeUtf16WithoutBom(bytes)) {
    return { ok: false, problem: { kind: 'utf16WithoutBom' } };
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const { offset, multiByte } = firstInvalidUtf8(bytes);
    if (offset < 0) {
      encoding = 'utf-8';
      text = new TextDecoder('utf-8').decode(bytes);
    } else if (bom || multiByte) {
      return {
        ok: false,
        problem: { kind: 'invalidEncoding', encoding: 'utf-8', line: lineAt(bytes, offset) },
      };
    } else {
      const bad = bytes.findIndex((b) => UNDEFINED_1252.has(b));
      if (bad >= 0) {
        return {
          ok: false,
          problem: { kind: 'invalidEncoding', encoding: 'windows-1252', line: lineAt(bytes, bad) },
        };
      }
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    }
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    return {
      ok: false,
      problem: {
        kind: 'replacementCharacter',
        line: text.slice(0, replacement).split('\n').length,
      },
    };
  }
  return { ok: true, text, encoding };
}

/** Why delimited text has a shape no honest list has. */
export type CsvShapeProblem =
  { kind: 'tooManyLines'; limit: number } | { kind: 'tooManyColumns'; line: number; limit: number };

/**
 * Checks line and column counts before parsing, so a file of millions of empty lines or a
 * line of a million delimiters is refused in one quick pass (a delimiter inside quotes counts
 * too, which only errs on the safe side).
 */
export function checkCsvShape(
  text: string,
  delimiter: CsvDelimiter,
  limits: { maxLines: number; maxColumns: number },
): CsvShapeProblem | null {
  let line = 1;
  let columns = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      columns = 1;
      if (line > limits.maxLines) return { kind: 'tooManyLines', limit: limits.maxLines };
    } else if (c === delimiter.charCodeAt(0)) {
      columns++;
      if (columns > limits.maxColumns)
        return { kind: 'tooManyColumns', line, limit: limits.maxColumns };
    }
  }
  return null;
}
