import { deflateRawSync } from 'node:zlib';

/** One file inside a test zip; `declaredSize` lies about the uncompressed size when set. */
export interface ZipInput {
  name: string;
  data: Buffer | string;
  store?: boolean;
  declaredSize?: number;
  flags?: number;
  method?: number;
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A zip (PKWARE APPNOTE §4.3) written by hand so that sizes, flags and methods can lie. */
export function makeZip(files: readonly ZipInput[], options: { entryCount?: number } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const data = Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data, 'utf8');
    const body = f.store ? data : deflateRawSync(data);
    const method = f.method ?? (f.store ? 0 : 8);
    const name = Buffer.from(f.name, 'utf8');
    const size = f.declaredSize ?? data.length;
    const crc = data.length < 5_000_000 ? crc32(data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(f.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(f.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.entryCount ?? files.length, 8);
  end.writeUInt16LE(options.entryCount ?? files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A worksheet part from row XML. */
export function sheetXml(rows: string, head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}

/** An inline-string cell. */
export function cell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A minimal xlsx with the given parts (sheet1 and optional shared strings). */
export function makeXlsx(sheet: string, extra: ZipInput[] = []): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    {
      name: 'xl/workbook.xml',
      data: `<workbook ${NS}><sheets><sheet name="CPV" sheetId="1"/></sheets></workbook>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...extra,
  ]);
}

/** Header row of a CPV list. */
export const HEADER = `<row r="1">${cell('A1', 'CODE')}${cell('B1', 'FI')}${cell('C1', 'EN')}</row>`;

/** A legitimate xlsx CPV list of `count` codes (shared strings, as Excel writes it). */
export function legitimateXlsx(count: number): Buffer {
  const strings: string[] = ['CODE', 'FI', 'EN'];
  const rows: string[] = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
  ];
  for (let i = 0; i < count; i++) {
    const code = `${String(10_000_000 + i * 7).padStart(8, '0')}-${i % 10}`;
    const fi = strings.push(`Nimike ${i}`) - 1;
    const en = strings.push(`Label ${i}`) - 1;
    const r = i + 2;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="str"><v>${code}</v></c><c r="B${r}" t="s"><v>${fi}</v></c><c r="C${r}" t="s"><v>${en}</v></c></row>`,
    );
  }
  const sst = `<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return makeXlsx(sheetXml(rows.join('')), [{ name: 'xl/sharedStrings.xml', data: sst }]);
}
