import {
  CpvReadCancelled,
  CpvReadError,
  MAX_CPV_CELL_CHARS,
  MAX_CPV_UNCOMPRESSED_BYTES,
  MAX_CPV_ZIP_ENTRIES,
  type ReadControl,
} from './cpvFile';

/**
 * The parts of an xlsx workbook read as a stream, so a hostile file cannot make memory grow:
 * the zip's central directory is read first (sizes declared, encryption, methods) and the
 * total refused above {@link MAX_CPV_UNCOMPRESSED_BYTES} before anything is inflated; each
 * part is then inflated in slices with a running byte counter (a part that unpacks past its
 * declared size or the limit is stopped at once), decoded as strict UTF-8 and handed to a
 * small XML tokenizer that refuses DTDs and entity declarations (no external entities).
 * ZIP format: PKWARE APPNOTE 6.3.x §4.3 (local header, central directory, end record).
 */

/** One file inside the zip, from its central directory record. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const SLICE = 64 * 1024;

function malformed(): CpvReadError {
  return new CpvReadError('unreadableXlsx');
}

/** Reads the central directory, refusing encryption, unknown methods, ZIP64 and too much data. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed();
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new CpvReadError('tooLargeUncompressed', limitParams(Infinity));
  if (count > MAX_CPV_ZIP_ENTRIES) throw malformed();
  if (offset + size > bytes.length) throw malformed();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw malformed();
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) throw malformed();
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (flags & 0x1) throw new CpvReadError('encrypted');
    if (method !== 0 && method !== 8) throw malformed();
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      throw new CpvReadError('tooLargeUncompressed', limitParams(Infinity));
    }
    total += uncompressedSize;
    if (total > MAX_CPV_UNCOMPRESSED_BYTES) {
      throw new CpvReadError('tooLargeUncompressed', limitParams(total));
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function limitParams(bytes: number): Record<string, number> {
  const mb = 1_048_576;
  return {
    megabytes: Number.isFinite(bytes) ? Math.ceil(bytes / mb) : 4096,
    limitMegabytes: Math.round(MAX_CPV_UNCOMPRESSED_BYTES / mb),
  };
}

/** Shared by all parts of one workbook: bytes inflated so far, progress, cancellation. */
export interface InflateBudget extends ReadControl {
  used: number;
  total: number;
}

/**
 * Inflates one entry in slices and hands its text on chunk by chunk (strict UTF-8: invalid
 * bytes refuse the file). Stops as soon as the part passes its declared size or the
 * workbook's budget.
 */
export async function streamEntryText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw malformed();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw malformed();
  const compressed = bytes.subarray(start, end);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let produced = 0;
  let lastReport = 0;
  const take = (chunk: Uint8Array) => {
    if (budget.signal?.aborted) throw new CpvReadCancelled();
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > entry.uncompressedSize || budget.used > MAX_CPV_UNCOMPRESSED_BYTES) {
      throw new CpvReadError('expandsTooMuch', limitParams(budget.used));
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new CpvReadError('unreadableXlsx');
    }
    onText(text);
    if (budget.used - lastReport > 256 * 1024) {
      lastReport = budget.used;
      budget.onProgress?.(budget.used, budget.total);
    }
  };
  if (entry.method === 0) {
    for (let i = 0; i < compressed.length; i += SLICE) take(compressed.subarray(i, i + SLICE));
  } else {
    // The web-standard DecompressionStream (Node and browsers alike), fed 64 kB at a time.
    let offset = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= compressed.length) return controller.close();
        controller.enqueue(compressed.slice(offset, offset + SLICE));
        offset += SLICE;
      },
    });
    const reader = source
      .pipeThrough(
        new DecompressionStream('deflate-raw') as unknown as TransformStream<
          Uint8Array,
          Uint8Array
        >,
      )
      .getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(value as Uint8Array);
      }
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      if (error instanceof CpvReadError || error instanceof CpvReadCancelled) throw error;
      throw malformed();
    }
  }
  try {
    onText(decoder.decode());
  } catch {
    throw new CpvReadError('unreadableXlsx');
  }
}

/** Events of the XML tokenizer. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves the five predefined entities and character references; any other entity refuses the file. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (match, ref: string | undefined) => {
    if (ref === undefined) throw new CpvReadError('unreadableXlsx');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new CpvReadError('unreadableXlsx');
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[ref];
    if (value === undefined) throw new CpvReadError('xmlDoctype');
    return value;
  });
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * A push tokenizer for the simple XML of spreadsheet parts: elements, attributes, text,
 * CDATA, comments and the XML declaration. A DOCTYPE (and so any DTD or entity declaration)
 * refuses the file. Nothing longer than {@link MAX_CPV_CELL_CHARS} × 4 is buffered.
 */
export class XmlTokenizer {
  private buffer = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of text. */
  push(chunk: string): void {
    this.buffer += chunk;
    let i = 0;
    const b = this.buffer;
    while (i < b.length) {
      const lt = b.indexOf('<', i);
      if (lt < 0) {
        if (b.length - i > MAX_CPV_CELL_CHARS * 4) throw new CpvReadError('cellTooLong');
        break;
      }
      if (lt > i) this.handler.text(decodeXmlText(b.slice(i, lt)));
      i = lt;
      const end = this.tagEnd(b, lt);
      if (end < 0) break;
      this.tag(b.slice(lt, end + 1));
      i = end + 1;
    }
    this.buffer = b.slice(i);
    if (this.buffer.length > MAX_CPV_CELL_CHARS * 4) throw new CpvReadError('cellTooLong');
  }

  /** Index of the `>` ending the markup at `lt`, or -1 when it has not arrived yet. */
  private tagEnd(b: string, lt: number): number {
    if (b.startsWith('<!--', lt)) {
      const e = b.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 2;
    }
    if (b.startsWith('<![CDATA[', lt)) {
      const e = b.indexOf(']]>', lt + 9);
      return e < 0 ? -1 : e + 2;
    }
    if (lt + 1 >= b.length) return -1;
    if (b[lt + 1] === '!') {
      const rest = b.slice(lt, lt + 9);
      if ('<!--'.startsWith(rest) || '<![CDATA['.startsWith(rest)) return -1;
      // <!DOCTYPE, <!ENTITY …: DTDs and entity declarations are never read.
      throw new CpvReadError('xmlDoctype');
    }
    let quote = '';
    for (let j = lt + 1; j < b.length; j++) {
      const c = b[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return j;
    }
    return -1;
  }

  private tag(markup: string): void {
    if (markup.startsWith('<?') || markup.startsWith('<!--')) return;
    if (markup.startsWith('<![CDATA[')) {
      this.handler.text(markup.slice(9, -3));
      return;
    }
    if (markup.startsWith('</')) {
      this.handler.close(localName(markup.slice(2, -1).trim()));
      return;
    }
    const selfClosing = markup.endsWith('/>');
    const body = markup.slice(1, selfClosing ? -2 : -1);
    const nameEnd = body.search(/[\s]/);
    const name = localName(nameEnd < 0 ? body : body.slice(0, nameEnd));
    const attributes: Record<string, string> = {};
    if (nameEnd >= 0) {
      for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
        attributes[localName(m[1]!)] = decodeXmlText(m[3] ?? m[4] ?? '');
      }
    }
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
