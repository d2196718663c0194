/**
 * Which kind of file the user picked as a CPV list, told from its first bytes (the name's
 * extension only breaks ties), so a renamed file is still read as what it is.
 */

/** Largest CPV list file read (the EU's CPV 2008 xlsx with all 24 languages is about 5 MB). */
export const MAX_CPV_FILE_BYTES = 30 * 1024 * 1024;

/** What a file is, or why it cannot be a CPV list. */
export type CpvFileKind =
  | { kind: 'xlsx' }
  | { kind: 'csv' }
  | { kind: 'empty' }
  /** An old binary Excel workbook (.xls): Excel must save it as .xlsx or .csv first. */
  | { kind: 'oldExcel' }
  /** Anything else (.ods, .pdf, .docx, an image …). */
  | { kind: 'unsupported'; extension: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', 'tab']);
/** Zip-based formats that are not xlsx workbooks. */
const OTHER_ZIP_EXTENSIONS = new Set(['ods', 'docx', 'pptx', 'zip', 'odt', 'xlsb']);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The last part of a path, for either separator (shared/ has no `node:path`). */
export function fileBaseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

/** `Lista.CSV` → `csv`; '' when there is none. */
export function fileExtension(path: string): string {
  const name = fileBaseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Tells the kind: a zip is an xlsx workbook (unless named as another zip format), the OLE2
 * signature is an old .xls, and a file without NUL bytes in its first kilobytes named
 * .csv/.txt/.tsv — or with no extension — is delimited text. (UTF-16 text has NULs, so its
 * byte order mark is checked first.)
 */
export function detectCpvFileKind(path: string, bytes: Uint8Array): CpvFileKind {
  const extension = fileExtension(path);
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, ZIP)) {
    return OTHER_ZIP_EXTENSIONS.has(extension)
      ? { kind: 'unsupported', extension }
      : { kind: 'xlsx' };
  }
  if (startsWith(bytes, OLE2)) return { kind: 'oldExcel' };
  if (extension === 'xls') return { kind: 'oldExcel' };
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const looksText = utf16 || !bytes.subarray(0, 4096).includes(0);
  if (looksText && (extension === '' || TEXT_EXTENSIONS.has(extension))) return { kind: 'csv' };
  return { kind: 'unsupported', extension };
}

/** Most bytes all parts of an xlsx may unpack to (the EU's CPV 2008 workbook unpacks to about 20 MB). */
export const MAX_CPV_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Highest row number (xlsx) or line count (csv) read; CPV 2008 has 9 454 codes. */
export const MAX_CPV_ROWS = 100_000;
/** Most columns a row may have (the EU's file has a code and 24 language columns). */
export const MAX_CPV_COLUMNS = 500;
/** Most shared strings an xlsx may declare or hold (24 languages × 9 454 codes fits). */
export const MAX_CPV_SHARED_STRINGS = 500_000;
/** Most entries (files) in an xlsx zip. */
export const MAX_CPV_ZIP_ENTRIES = 1_000;
/** Longest single cell or XML tag, in characters (Excel's own cell limit is 32 767). */
export const MAX_CPV_CELL_CHARS = 32_767;

/**
 * Why a CPV list file was refused while reading it; `reason` names the text
 * `cpv.errors.<reason>`, `params` fills it in.
 */
export class CpvReadError extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}

/** Thrown when the user cancelled a read in progress. */
export class CpvReadCancelled extends Error {}

/** Progress and cancellation of a long read. */
export interface ReadControl {
  /** Work done of total (any unit; bytes or rows), reported every so often. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}
