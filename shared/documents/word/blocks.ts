/**
 * The content of a Word document as plain data: what the document builders produce and the
 * renderer turns into a docx `Document`. Keeping content as data lets tests read what a
 * document says without unzipping it, and keeps the look (styles, header, footer, numbering)
 * in one place for every document of the package.
 */

/** Languages a document can be written in (fi and sv are the notice languages in Finland). */
export type DocumentLanguage = 'fi' | 'sv' | 'en';

/** One block of content, in reading order. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** Label–value pairs (a two-column table without a header row). */
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  /** A data table; its header row repeats on every page. */
  | {
      kind: 'table';
      headers: string[];
      rows: string[][];
      /** Column widths in percent of the text width (sum 100). */
      widthsPercent?: number[];
      /** Right-align numeric columns. */
      alignRight?: boolean[];
      /** Bold the last row (totals). */
      totalRow?: boolean;
    }
  | { kind: 'signatures'; parties: string[]; placeAndDateLabel: string; signatureLabel: string }
  | { kind: 'pageBreak' };

/** What every document of the package shows in its cover, header and footer. */
export interface DocumentMeta {
  language: DocumentLanguage;
  /** "Tarjouspyyntö", "Hankintapäätös"… */
  documentTitle: string;
  organisationName: string;
  procurementTitle: string;
  referenceNumber: string;
  /** The document's date as shown (`4.12.2026`). */
  dateText: string;
  /** A short line under the title on the cover (e.g. the procedure). */
  subtitle?: string;
}

/** A built document: its meta and content. */
export interface DocumentContent {
  meta: DocumentMeta;
  blocks: Block[];
}

/** All the text of a document's blocks, in order (for tests and checks). */
export function blocksText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'note':
        parts.push(b.text);
        break;
      case 'bullets':
        parts.push(...b.items);
        break;
      case 'facts':
        for (const r of b.rows) parts.push(`${r.label}: ${r.value}`);
        break;
      case 'table':
        parts.push(b.headers.join(' | '), ...b.rows.map((r) => r.join(' | ')));
        break;
      case 'signatures':
        parts.push(...b.parties);
        break;
      case 'pageBreak':
        break;
      default:
        b satisfies never;
    }
  }
  return parts.join('\n');
}
