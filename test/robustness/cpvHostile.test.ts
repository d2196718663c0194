import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/errors';
import type { CpvFileReader } from '../../shared/api/ports';
import { CpvReadCancelled } from '../../shared/records/cpvFile';
import { workerCpvReader } from '../../electron/workers/cpvImportClient';
import type { CpvWorkerMemory } from '../../electron/workers/cpvImportProtocol';
import { cell, HEADER, legitimateXlsx, makeXlsx, makeZip, sheetXml } from './cpvFixtures';

/**
 * Hostile CPV list files, each read by the real worker thread (bundled here from
 * electron/workers/cpvImport.ts exactly as electron-vite bundles it) under its 256 MB heap
 * ceiling. Every file must be refused by the reader itself with a named reason — the
 * worker's timeout is 10 s here, so a reason other than `timeout` also means it was refused
 * within seconds. Time and peak memory per file are printed, the worst one last.
 */

const ROOT = resolve(__dirname, '../..');
let dir = '';
let reader: CpvFileReader;
let lastMemory: CpvWorkerMemory | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cpv-worker-'));
  const outfile = join(dir, 'cpvImportWorker.js');
  await build({
    entryPoints: [join(ROOT, 'electron/workers/cpvImport.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  reader = workerCpvReader(outfile, {
    timeoutMs: 10_000,
    onMemory: (m) => {
      lastMemory = m;
    },
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const MB = 1_048_576;
const bomb = (size: number) =>
  sheetXml(
    HEADER + `<row r="2">${cell('A2', '03000000-1')}${cell('B2', 'x')}</row>` + ' '.repeat(size),
  );
const utf16NoBom = Buffer.from('CODE;FI\n03000000-1;Maatalous\n', 'utf16le');
const fffd = Buffer.from('CODE;FI\n03000000-1;Maatalous\n03100000-2;Vi\uFFFDljely\n', 'utf8');
const manyStrings = `<sst xmlns="x">${'<si><t>a</t></si>'.repeat(1_000_000)}</sst>`;

/** [name, file name, bytes, expected reason]. */
const hostile: [string, string, () => Buffer, string][] = [
  [
    '1.6 kB xlsx declaring row 150 000 000 (dimension)',
    'a.xlsx',
    () =>
      makeXlsx(
        sheetXml(HEADER + `<row r="150000000">${cell('A150000000', '03000000-1')}</row>`).replace(
          '<sheetData>',
          '<dimension ref="A1:C150000000"/><sheetData>',
        ),
      ),
    'tooManyRows',
  ],
  [
    'xlsx with <row r="150000000"> and no dimension',
    'a.xlsx',
    () =>
      makeXlsx(sheetXml(HEADER + `<row r="150000000">${cell('A150000000', '03000000-1')}</row>`)),
    'tooManyRows',
  ],
  ['30 MB csv of empty lines', 'a.csv', () => Buffer.alloc(30_000_000, 0x0a), 'tooManyLines'],
  [
    'zip bomb declared honestly (60 MB sheet)',
    'a.xlsx',
    () => makeXlsx(bomb(60 * MB)),
    'tooLargeUncompressed',
  ],
  [
    'zip bomb lying about its size (declares 2 kB, inflates to 60 MB)',
    'a.xlsx',
    () => makeZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb(60 * MB), declaredSize: 2048 }]),
    'expandsTooMuch',
  ],
  [
    'zip bomb within the declared total but over 50 MB across parts',
    'a.xlsx',
    () =>
      makeZip([
        {
          name: 'xl/sharedStrings.xml',
          data: `<sst>${' '.repeat(30 * MB)}</sst>`,
          declaredSize: 1000,
        },
        { name: 'xl/worksheets/sheet1.xml', data: bomb(30 * MB), declaredSize: 1000 },
      ]),
    'expandsTooMuch',
  ],
  [
    'malformed zip (signature and garbage)',
    'a.xlsx',
    () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(500, 7)]),
    'unreadableXlsx',
  ],
  ['truncated xlsx', 'a.xlsx', () => legitimateXlsx(200).subarray(0, 3000), 'unreadableXlsx'],
  [
    'zip with an unknown compression method',
    'a.xlsx',
    () => makeZip([{ name: 'xl/worksheets/sheet1.xml', data: 'x', store: true, method: 12 }]),
    'unreadableXlsx',
  ],
  [
    'zip claiming 2 000 entries',
    'a.xlsx',
    () => makeZip([{ name: 'xl/worksheets/sheet1.xml', data: 'x' }], { entryCount: 2000 }),
    'unreadableXlsx',
  ],
  [
    'encrypted xlsx (OLE2 EncryptedPackage)',
    'a.xlsx',
    () =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(600),
      ]),
    'encrypted',
  ],
  [
    'zip-encrypted xlsx (flag bit 0)',
    'a.xlsx',
    () => makeZip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(HEADER), flags: 1 }]),
    'encrypted',
  ],
  [
    'xlsx with an external entity (DTD) in the sheet',
    'a.xlsx',
    () =>
      makeXlsx(
        sheetXml(
          HEADER + `<row r="2">${cell('A2', '&xxe;')}</row>`,
          '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
      ),
    'xmlDoctype',
  ],
  [
    'xlsx with billion-laughs entities in shared strings',
    'a.xlsx',
    () =>
      makeXlsx(sheetXml(HEADER), [
        {
          name: 'xl/sharedStrings.xml',
          data: '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
        },
      ]),
    'xmlDoctype',
  ],
  [
    'xlsx with an undeclared named entity',
    'a.xlsx',
    () => makeXlsx(sheetXml(HEADER + `<row r="2">${cell('A2', '&foo;')}</row>`)),
    'xmlDoctype',
  ],
  [
    'shared strings declaring 1 000 000 entries',
    'a.xlsx',
    () =>
      makeXlsx(sheetXml(HEADER), [
        {
          name: 'xl/sharedStrings.xml',
          data: '<sst count="1000000" uniqueCount="1000000"><si><t>a</t></si></sst>',
        },
      ]),
    'tooManySharedStrings',
  ],
  [
    'shared strings holding 1 000 000 entries (undeclared)',
    'a.xlsx',
    () => makeXlsx(sheetXml(HEADER), [{ name: 'xl/sharedStrings.xml', data: manyStrings }]),
    'tooManySharedStrings',
  ],
  [
    'xlsx cell in column XFD (16 384)',
    'a.xlsx',
    () => makeXlsx(sheetXml(HEADER + `<row r="2">${cell('XFD2', 'x')}</row>`)),
    'tooManyColumns',
  ],
  [
    'csv with 1 000 000 columns',
    'a.csv',
    () => Buffer.from(`CODE;FI${';'.repeat(1_000_000)}\n`),
    'tooManyColumns',
  ],
  [
    'csv with 200 000 data lines',
    'a.csv',
    () => Buffer.from('CODE;FI\n' + '03000000-1;x\n'.repeat(200_000)),
    'tooManyLines',
  ],
  [
    'xlsx with a formula cell',
    'a.xlsx',
    () => makeXlsx(sheetXml(HEADER + `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>`)),
    'formula',
  ],
  [
    'csv with a formula (=HYPERLINK) label',
    'a.csv',
    () => Buffer.from('CODE;FI\n03000000-1;=HYPERLINK("http://evil";"x")\n'),
    'formula',
  ],
  [
    'xlsx with a 40 000-character cell',
    'a.xlsx',
    () => makeXlsx(sheetXml(HEADER + `<row r="2">${cell('B2', 'x'.repeat(40_000))}</row>`)),
    'cellTooLong',
  ],
  [
    'xlsx with invalid UTF-8 in the sheet',
    'a.xlsx',
    () =>
      makeXlsx(
        Buffer.concat([
          Buffer.from(sheetXml(HEADER + `<row r="2">${cell('B2', 'AB')}</row>`).split('AB')[0]!),
          Buffer.from([0xc3, 0x28]),
          Buffer.from(sheetXml(HEADER + `<row r="2">${cell('B2', 'AB')}</row>`).split('AB')[1]!),
        ]) as unknown as string,
      ),
    'unreadableXlsx',
  ],
  [
    'csv in UTF-8 broken on line 3',
    'a.csv',
    () =>
      Buffer.concat([
        Buffer.from('CODE;FI\n03000000-1;Maatalous ä\n03100000-2;Vi'),
        Buffer.from([0xe4]),
        Buffer.from('ljely\n'),
      ]),
    'invalidEncoding',
  ],
  [
    'csv with a UTF-8 BOM and an invalid byte',
    'a.csv',
    () =>
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('CODE;FI\n03000000-1;x'),
        Buffer.from([0xff]),
      ]),
    'invalidEncoding',
  ],
  ['csv in UTF-16 without BOM', 'a.csv', () => utf16NoBom, 'utf16WithoutBom'],
  [
    'csv in UTF-16LE with an unpaired surrogate',
    'a.csv',
    () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('CODE;FI\n03000000-1;x', 'utf16le'),
        Buffer.from([0x00, 0xd8, 0x41, 0x00]),
      ]),
    'invalidEncoding',
  ],
  [
    'csv in windows-1252 with an undefined byte (0x81)',
    'a.csv',
    () => Buffer.concat([Buffer.from('CODE;FI\n03000000-1;Maatalous'), Buffer.from([0xe4, 0x81])]),
    'invalidEncoding',
  ],
  ['csv already holding U+FFFD', 'a.csv', () => fffd, 'replacementCharacter'],
];

interface Measured {
  name: string;
  ms: number;
  memory: CpvWorkerMemory | null;
}
const measured: Measured[] = [];

async function refusal(name: string, file: Buffer): Promise<unknown> {
  lastMemory = null;
  const started = performance.now();
  let error: unknown = null;
  try {
    await reader({ path: name, bytes: new Uint8Array(file), size: file.length }, {});
  } catch (e) {
    error = e;
  }
  return { error, ms: performance.now() - started };
}

describe('hostile CPV list files are refused by the worker with a named reason', () => {
  it('has at least 22 kinds', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(22);
  });

  it.each(hostile)('refuses %s', async (name, fileName, make, reason) => {
    const file = make();
    const { error, ms } = (await refusal(fileName, file)) as { error: unknown; ms: number };
    expect(error, name).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('invalidCpvFile');
    expect((error as ServiceError<'invalidCpvFile'>).params.reason).toBe(reason);
    measured.push({ name, ms, memory: lastMemory });
  });

  afterAll(() => {
    if (measured.length === 0) return;
    const mb = (n: number | undefined) => ((n ?? 0) / MB).toFixed(1);
    const slowest = measured.reduce((a, b) => (b.ms > a.ms ? b : a));
    const hungriest = measured.reduce((a, b) =>
      (b.memory?.peakHeapBytes ?? 0) > (a.memory?.peakHeapBytes ?? 0) ? b : a,
    );
    console.log(
      `cpv hostile: ${measured.length} kinds refused; slowest "${slowest.name}" ${slowest.ms.toFixed(0)} ms ` +
        `(worker heap ${mb(slowest.memory?.peakHeapBytes)} MB); most memory "${hungriest.name}" ` +
        `worker heap ${mb(hungriest.memory?.peakHeapBytes)} MB, process RSS ${mb(hungriest.memory?.peakRssBytes)} MB, ` +
        `${hungriest.ms.toFixed(0)} ms`,
    );
  });
});

describe('a legitimate list', () => {
  it('imports 10 000 rows with progress', async () => {
    const file = legitimateXlsx(10_000);
    const progress: number[] = [];
    const read = await reader(
      { path: 'cpv.xlsx', bytes: new Uint8Array(file), size: file.length },
      { onProgress: (done, total) => progress.push(done / total) },
    );
    expect(read.rows).toHaveLength(10_000);
    expect(read.rows[9_999]).toMatchObject({ fi: 'Nimike 9999', en: 'Label 9999' });
    expect(progress.length).toBeGreaterThan(0);
    console.log(
      `cpv legitimate 10 000 rows: worker heap ${((lastMemory?.peakHeapBytes ?? 0) / MB).toFixed(1)} MB`,
    );
  });

  it('can be cancelled while it runs', async () => {
    const file = legitimateXlsx(10_000);
    const abort = new AbortController();
    const outcome = reader(
      { path: 'cpv.xlsx', bytes: new Uint8Array(file), size: file.length },
      { signal: abort.signal, onProgress: () => abort.abort() },
    );
    await expect(outcome).rejects.toBeInstanceOf(CpvReadCancelled);
  });

  it('reads a csv with mixed line endings (CRLF, LF, CR) row by row', async () => {
    const file = Buffer.from(
      'CODE;FI\r\n03000000-1;Maatalous\n03100000-2;Viljely\r03200000-3;Kasvit\r\n',
    );
    const read = await reader(
      { path: 'cpv.csv', bytes: new Uint8Array(file), size: file.length },
      {},
    );
    expect(read.rows.map((r) => r.code)).toEqual(['03000000', '03100000', '03200000']);
  });
});
