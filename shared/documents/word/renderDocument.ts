import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { assertNever } from '../../assertNever';
import { logoHeaderSize } from '../../domain/workspace/organisationLogo';
import type { Block, DocumentContent, DocumentLanguage, DocumentMeta } from './blocks';

/**
 * One look for every document of the package: A4, numbered headings, body text, tables with
 * a header row that repeats on every page, notes, a header with the organisation, the
 * procurement, its reference number and the date, and a footer "sivu X / Y" made of Word page
 * fields. The document language is set in the defaults and on every run, so Word checks
 * spelling in the right language.
 *
 * docx pitfalls avoided on purpose: no table-of-contents field (empty until Word updates it,
 * never filled by LibreOffice); portrait only (landscape needs care with swapped sizes).
 */

/** Word's language tags: Finnish, Finland-Swedish (the Swedish of Finnish authorities), English. */
export const WORD_LANGUAGE: Readonly<Record<DocumentLanguage, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

const PAGE_WORDS: Readonly<Record<DocumentLanguage, { page: string; of: string }>> = {
  fi: { page: 'sivu', of: '/' },
  sv: { page: 'sida', of: '/' },
  en: { page: 'page', of: '/' },
};

const FONT = 'Calibri';
/** Half-points. */
const BODY_SIZE = 22;
const TEXT_WIDTH_TWIPS = 9638; // A4 210 mm − 2 × 20 mm margins
const GREY = 'D9D9D9';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
/**
 * Borders and cell margins are set once on each table, not on every cell: the same look,
 * and a much smaller document.xml (the evaluation report has thousands of cells).
 */
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** Heading numbering: 1., 1.1., 1.1.1. */
const HEADING_NUMBERING = 'headings';

function run(text: string, language: DocumentLanguage, extra: IRunOptions = {}): TextRun {
  return new TextRun({ ...extra, text, language: { value: WORD_LANGUAGE[language] } });
}

function textParagraph(
  text: string,
  language: DocumentLanguage,
  options: {
    style?: string;
    bold?: boolean;
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  } = {},
): Paragraph {
  // Line breaks inside a text become Word line breaks, not new paragraphs.
  const lines = text.split('\n');
  const children: ParagraphChild[] = lines.map((line, i) =>
    run(line, language, { bold: options.bold, break: i > 0 ? 1 : undefined }),
  );
  return new Paragraph({ style: options.style, alignment: options.alignment, children });
}

function cell(
  text: string,
  language: DocumentLanguage,
  widthPercent: number,
  options: { header?: boolean; bold?: boolean; right?: boolean } = {},
): TableCell {
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH_TWIPS * widthPercent) / 100), type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: GREY } : undefined,
    children: [
      textParagraph(text, language, {
        style: 'TableText',
        bold: options.header || options.bold,
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
  });
}

function table(block: Extract<Block, { kind: 'table' }>, language: DocumentLanguage): Table {
  const n = block.headers.length;
  const widths = block.widthsPercent ?? Array.from({ length: n }, () => 100 / n);
  const right = block.alignRight ?? [];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.headers.map((h, i) =>
      cell(h, language, widths[i] ?? 100 / n, { header: true }),
    ),
  });
  const rows = block.rows.map(
    (r, ri) =>
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) =>
          cell(c, language, widths[i] ?? 100 / n, {
            right: right[i] ?? false,
            bold: block.totalRow === true && ri === block.rows.length - 1,
          }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((TEXT_WIDTH_TWIPS * w) / 100)),
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [header, ...rows],
  });
}

function facts(block: Extract<Block, { kind: 'facts' }>, language: DocumentLanguage): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH_TWIPS * 0.35), Math.round(TEXT_WIDTH_TWIPS * 0.65)],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: block.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [cell(r.label, language, 35, { bold: true }), cell(r.value, language, 65)],
        }),
    ),
  });
}

function blockElements(block: Block, language: DocumentLanguage): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading:
            block.level === 1
              ? HeadingLevel.HEADING_1
              : block.level === 2
                ? HeadingLevel.HEADING_2
                : HeadingLevel.HEADING_3,
          numbering: { reference: HEADING_NUMBERING, level: block.level - 1 },
          children: [run(block.text, language)],
        }),
      ];
    case 'paragraph':
      return [textParagraph(block.text, language)];
    case 'note':
      return [textParagraph(block.text, language, { style: 'Note' })];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [run(item, language)] }),
      );
    case 'facts':
      return [facts(block, language), new Paragraph({ children: [] })];
    case 'table':
      return [table(block, language), new Paragraph({ children: [] })];
    case 'signatures':
      return block.parties.flatMap((party) => [
        new Paragraph({
          keepNext: true,
          spacing: { before: 360 },
          children: [run(party, language, { bold: true })],
        }),
        textParagraph(`${block.placeAndDateLabel}: ______________________________`, language),
        new Paragraph({
          keepNext: true,
          spacing: { before: 480 },
          children: [run('______________________________', language)],
        }),
        textParagraph(block.signatureLabel, language),
      ]);
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    default:
      return assertNever(block);
  }
}

function cover(meta: DocumentMeta): Paragraph[] {
  const l = meta.language;
  const lines: Paragraph[] = [
    new Paragraph({ style: 'Title', children: [run(meta.documentTitle, l)] }),
    new Paragraph({ style: 'Subtitle', children: [run(meta.procurementTitle, l)] }),
  ];
  if (meta.subtitle) lines.push(textParagraph(meta.subtitle, l));
  return lines;
}

function header(meta: DocumentMeta): Header {
  const l = meta.language;
  const line = (left: string, right: string) =>
    new Paragraph({
      style: 'HeaderText',
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
      children: [run(left, l), run(`\t${right}`, l)],
    });
  const logo = meta.logo;
  return new Header({
    children: [
      ...(logo
        ? [
            new Paragraph({
              style: 'HeaderText',
              spacing: { after: 60 },
              children: [
                new ImageRun({
                  type: logo.type,
                  data: logo.data,
                  transformation: logoHeaderSize(logo),
                  altText: {
                    name: 'logo',
                    title: meta.organisationName,
                    description: meta.organisationName,
                  },
                }),
              ],
            }),
          ]
        : []),
      line(meta.organisationName, meta.documentTitle),
      line(meta.procurementTitle, [meta.referenceNumber, meta.dateText].filter(Boolean).join('  ')),
    ],
  });
}

function footer(meta: DocumentMeta): Footer {
  const l = meta.language;
  const words = PAGE_WORDS[l];
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderText',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            language: { value: WORD_LANGUAGE[l] },
            children: [
              `${words.page} `,
              PageNumber.CURRENT,
              ` ${words.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/** Turns document content into a docx `Document` with the package's look. Pure: no I/O. */
export function renderWordDocument(content: DocumentContent): Document {
  const { meta } = content;
  const lang = WORD_LANGUAGE[meta.language];
  const children = [
    ...cover(meta),
    ...content.blocks.flatMap((b) => blockElements(b, meta.language)),
  ];
  return new Document({
    creator: meta.organisationName || 'Hankintapolku',
    title: `${meta.documentTitle} – ${meta.procurementTitle}`,
    description: meta.referenceNumber,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: lang } },
          // lineRule stated: without it LibreOffice reads 276 as an exact height and clips
          // anything taller than a line (the header logo vanished).
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: '1A3A6B' },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '1A3A6B' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '1A3A6B' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 28, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Note',
          name: 'Note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, italics: true, color: '404040' },
          paragraph: { indent: { left: 284 } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        {
          id: 'HeaderText',
          name: 'Header Text',
          basedOn: 'Normal',
          run: { size: 18, color: '404040' },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: HEADING_NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: '%1.%2.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 709, hanging: 709 } } },
            },
            {
              level: 2,
              format: LevelFormat.DECIMAL,
              text: '%1.%2.%3.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 851, hanging: 851 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
          },
        },
        headers: { default: header(meta) },
        footers: { default: footer(meta) },
        children,
      },
    ],
  });
}
