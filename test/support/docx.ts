import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading generated Word files back for tests: the parts of the zip, the text of a part, the
 * OOXML schema check with xmllint (Debian libxml2-utils) and rendering with LibreOffice
 * (Debian libreoffice-writer-nogui) to PDF, its page count and text layer (poppler-utils),
 * and PNGs of the first pages under test-results/documents for people to look at.
 */

const SCHEMA = resolve(__dirname, 'ooxml-schemas/microsoft/wml-2010.xsd');
/** Where rendered pages are written. */
export const DOCUMENT_RESULTS = resolve(__dirname, '../../test-results/documents');

/** The .docx bytes of a document. */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Every part of a .docx as text, by its path in the zip. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The visible text of a WordprocessingML part: runs joined, a line per paragraph. */
export function wordText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((para) =>
      [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((m) => (m[1] !== undefined ? unescapeXml(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n'))
        .join(''),
    )
    .filter((line) => line !== '')
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** Schema errors of one part (empty when it validates against the OOXML schemas). */
export function schemaErrors(xml: string, name: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ooxml-'));
  const file = join(dir, basename(name));
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status === 0
    ? []
    : r.stderr
        .split('\n')
        .filter((l) => l.trim() !== '' && !/ validates$/.test(l))
        .slice(0, 20);
}

/** A rendered document: its PDF's page count and text, and the PNGs of its first pages. */
export interface Rendered {
  pages: number;
  text: string;
  pngs: string[];
}

/**
 * Renders a .docx with LibreOffice headless (its own profile folder, so runs never share a
 * lock) and reads the PDF back; writes the first `pngPages` pages as PNG under
 * test-results/documents/<name>-<n>.png.
 */
export function renderWithLibreOffice(bytes: Uint8Array, name: string, pngPages = 2): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
  mkdirSync(DOCUMENT_RESULTS, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    String(pngPages),
    pdf,
    join(DOCUMENT_RESULTS, name),
  ]);
  const pngs = Array.from({ length: Math.min(pngPages, pages) }, (_, i) =>
    join(
      DOCUMENT_RESULTS,
      `${name}-${String(i + 1).padStart(String(pages).length > 1 ? 2 : 1, '0')}.png`,
    ),
  );
  readFileSync(pdf); // the PDF exists
  return { pages, text, pngs };
}
