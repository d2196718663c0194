import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/api/errors';
import { FileWorkspace } from '../../electron/storage/fileWorkspace';
import type { ProcurementExchangeFile } from '../../shared/records/procurementExchange';
import { translate } from '../../shared/i18n';
import { identityCode } from '../unit/support/procurements';
import { removeTempDirs, snapshotTree } from '../unit/support/tempDir';
import { createTestService, type TestService } from '../unit/support/testService';

/**
 * The import corpus: hostile and broken `.hankinta.json` files fed to the real service over
 * real temp folders. Every refusal must name the problem (error code, and the field or line)
 * and leave the workspace byte-for-byte unchanged; every accepted file must read back when
 * the workspace is opened afresh (the app starts on it).
 */

type Content = string | Buffer;
/** What the officer "picks": file content, or a path the case prepares itself. */
type Pick = { content: Content } | { path: string };
type Expected =
  | { refused: (error: AppError) => void }
  | { accepted: (value: ImportAnswer, t: TestService) => void };
interface ImportAnswer {
  status: string;
  procurement: { id: string; title: string; lots: { id: string }[] };
  asCopy: boolean;
  migratedFrom: number | null;
}
interface Case {
  name: string;
  pick: () => Pick;
  expect: Expected;
}

const figures = {
  tried: 0,
  refused: 0,
  accepted: 0,
  refusedNames: [] as string[],
  acceptedNames: [] as string[],
};

let t: TestService;
let base: ProcurementExchangeFile;
let existingId: string;

beforeAll(async () => {
  t = await createTestService();
  const created = await t.ok('procurement:create', { title: 'Toimitilojen ylläpitosiivous' });
  const withLot = await t.ok('procurement:save', {
    procurement: {
      ...created,
      description: 'Kolme toimipistettä.',
      lots: [
        {
          id: randomUUID(),
          code: '1',
          name: 'Keskusta',
          description: '',
          value: { basis: 'annual', amountCents: 5_000_000, additionalPurchasesCents: 0 },
        },
      ],
      planning: {
        ...created.planning,
        valuation: {
          ...created.planning.valuation,
          term: {
            kind: 'fixed',
            baseMonths: 24,
            options: [{ id: randomUUID(), count: 2, months: 12, likely: true, note: '' }],
            extensionMonths: 0,
          },
        },
        timeline: { ...created.planning.timeline, contractStart: '2027-06-01' },
      },
    },
  });
  existingId = withLot.id;
  const path = join(t.exportDirectory, 'base.hankinta.json');
  t.dialogs.saves.push(path);
  await t.ok('procurement:export', { id: existingId });
  base = JSON.parse(readFileSync(path, 'utf8')) as ProcurementExchangeFile;
}, 60_000);

afterAll(() => {
  console.log(
    `import corpus: ${figures.tried} kinds tried, ${figures.refused} refused, ${figures.accepted} accepted`,
  );
  console.log(`accepted: ${figures.acceptedNames.join('; ')}`);
  removeTempDirs();
});

/** A hand-built (possibly hostile) JSON value: any shape, on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the corpus builds wrong shapes
type LooseJson = Record<string, any>;

/** The base export under a fresh id, changed by `change`, pretty-printed as the app writes it. */
/** Turns a current export into a version 2 one: drops everything schema version 3 added. */
function asVersion2(f: LooseJson): void {
  f['schemaVersion'] = 2;
  const p = f['procurement'];
  for (const key of ['criteria', 'employmentClause', 'documents', 'personalDataExemptions'])
    delete p[key];
  delete p.planning.valuation.longServiceBasis;
  delete p.planning.valuation.smallLotsExceptionLotIds;
}

function variant(change: (file: LooseJson) => void = () => {}): string {
  const file = structuredClone(base) as LooseJson;
  file['procurement'].id = randomUUID();
  change(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The refusal can be told to the officer in Finnish, Swedish and English: the reason has a text
 * in each catalog with every placeholder filled, and so has each field issue's kind.
 */
function expectMessageInEveryLanguage(error: AppError): void {
  for (const language of ['fi', 'sv', 'en'] as const) {
    if (error.code === 'invalidImport') {
      const key = `errors.invalidImport.${String(error.params['reason'])}`;
      const text = translate(language, key, error.params);
      expect(text, `${language} ${key}`).not.toBe(key);
      expect(text, `${language} ${key}`).not.toContain('{{');
    }
    for (const issue of error.issues ?? []) {
      expect(translate(language, `issues.${issue.kind}`), issue.kind).not.toBe(
        `issues.${issue.kind}`,
      );
    }
  }
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

function reason(expected: string, more: Record<string, unknown> = {}) {
  return (e: AppError) => {
    expect(e.code).toBe('invalidImport');
    expect(e.params).toMatchObject({ reason: expected, ...more });
  };
}

function invalidField(path: string, kind: string) {
  return (e: AppError) => {
    expect(e.code).toBe('invalidImport');
    expect((e.params as Record<string, unknown>)['reason']).toBe('invalid');
    expect(e.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, kind })]));
  };
}

const lot = (id: string) => ({
  id,
  code: 'X',
  name: 'Osa',
  description: '',
  value: { basis: 'annual', amountCents: 100, additionalPurchasesCents: 0 },
});

let special = 0;
function specialPath(name: string): string {
  special++;
  return join(t.exportDirectory, `special-${special}-${name}`);
}

// Texts whose expected line is computed from the text itself.
const latin1Text = () => {
  const text = variant((f) => (f['procurement'].description = 'Hankinnan kuvaus XX'));
  const at = text.indexOf('XX');
  const bytes = Buffer.from(text, 'utf8');
  const offset = Buffer.byteLength(text.slice(0, at));
  bytes[offset] = 0xe4; // "ä" in Latin-1, not UTF-8
  return { bytes, line: lineOf(text, 'XX') };
};
const titleLine = (text: string) => lineOf(text, '"title"');

const cases: Case[] = [
  // ---- not an export at all ----
  {
    name: 'plain text',
    pick: () => ({ content: 'Hankinta: siivous\nArvo: 100 000 €' }),
    expect: { refused: reason('notJson') },
  },
  { name: 'empty file', pick: () => ({ content: '' }), expect: { refused: reason('notJson') } },
  {
    name: 'only whitespace',
    pick: () => ({ content: ' \n\t\n' }),
    expect: { refused: reason('notJson') },
  },
  {
    name: 'JSON array',
    pick: () => ({ content: '[1,2,3]' }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'JSON string',
    pick: () => ({ content: '"hankinta"' }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'JSON null',
    pick: () => ({ content: 'null' }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'JSON number',
    pick: () => ({ content: '42' }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'truncated export (first half)',
    pick: () => {
      const v = variant();
      return { content: v.slice(0, v.length / 2) };
    },
    expect: { refused: reason('notJson') },
  },
  {
    name: 'trailing garbage after the JSON',
    pick: () => ({ content: `${variant()}}}` }),
    expect: { refused: reason('notJson') },
  },
  {
    name: 'no format marker',
    pick: () => ({ content: variant((f) => delete f['format']) }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'a backup file',
    pick: () => ({ content: variant((f) => (f['format'] = 'hankintapolku.backup')) }),
    expect: { refused: reason('notAnExport') },
  },
  {
    name: 'bad export time',
    pick: () => ({ content: variant((f) => (f['exportedAt'] = 'eilen')) }),
    expect: { refused: reason('badExportDate') },
  },
  // ---- encodings ----
  {
    name: 'UTF-16LE with BOM',
    pick: () => ({ content: Buffer.from(`\ufeff${variant()}`, 'utf16le') }),
    expect: { refused: reason('otherEncoding', { encoding: 'UTF-16LE' }) },
  },
  {
    name: 'UTF-16LE without BOM',
    pick: () => ({ content: Buffer.from(variant(), 'utf16le') }),
    expect: { refused: reason('otherEncoding', { encoding: 'UTF-16LE' }) },
  },
  {
    name: 'UTF-16BE with BOM',
    pick: () => ({ content: Buffer.from(`\ufeff${variant()}`, 'utf16le').swap16() }),
    expect: { refused: reason('otherEncoding', { encoding: 'UTF-16BE' }) },
  },
  {
    name: 'UTF-32LE BOM',
    pick: () => ({
      content: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{', 'utf8')]),
    }),
    expect: { refused: reason('otherEncoding', { encoding: 'UTF-32LE' }) },
  },
  {
    name: 'Latin-1 byte in the description',
    pick: () => ({ content: latin1Text().bytes }),
    expect: { refused: (e) => reason('notUtf8', { line: latin1Text().line })(e) },
  },
  {
    name: 'overlong UTF-8 on line 1',
    pick: () => ({ content: Buffer.concat([Buffer.from([0xc0, 0xaf]), Buffer.from(variant())]) }),
    expect: { refused: reason('notUtf8', { line: 1 }) },
  },
  {
    name: 'UTF-8-encoded surrogate (CESU-8)',
    pick: () => ({
      content: Buffer.concat([Buffer.from('{\n\n'), Buffer.from([0xed, 0xa0, 0x80])]),
    }),
    expect: { refused: reason('notUtf8', { line: 3 }) },
  },
  {
    name: 'raw NUL bytes in the title',
    pick: () => ({
      content: variant((f) => (f['procurement'].title = 'Siivous')).replace(
        '"Siivous"',
        '"Sii\u0000vous"',
      ),
    }),
    expect: { refused: reason('notJson') },
  },
  {
    name: 'escaped NUL in the title',
    pick: () => ({ content: variant((f) => (f['procurement'].title = 'Sii\u0000vous')) }),
    expect: {
      refused: (e) => reason('controlCharacter', { code: 'U+0000', path: 'procurement.title' })(e),
    },
  },
  {
    name: 'backspace escape in a lot name',
    pick: () => ({ content: variant((f) => (f['procurement'].lots[0].name = 'Osa\b1')) }),
    expect: { refused: reason('controlCharacter', { path: 'procurement.lots[0].name' }) },
  },
  {
    name: 'lone surrogate escape',
    pick: () => ({
      content: variant((f) => (f['procurement'].description = 'x')).replace(
        '"description": "x"',
        '"description": "\\ud800x"',
      ),
    }),
    expect: { refused: reason('loneSurrogate', { path: 'procurement.description' }) },
  },
  {
    name: 'replacement character U+FFFD in the title',
    pick: () => {
      const v = variant((f) => (f['procurement'].title = 'Siivous \ufffd'));
      return { content: v };
    },
    expect: {
      refused: (e) =>
        reason('replacementCharacter', { path: 'procurement.title', line: titleLine(variant()) })(
          e,
        ),
    },
  },
  // ---- structure and sizes ----
  {
    name: '60 MB file',
    pick: () => {
      const p = specialPath('big.hankinta.json');
      writeFileSync(p, variant());
      truncateSync(p, 60 * 1024 * 1024);
      return { path: p };
    },
    expect: { refused: reason('tooLarge', { limitMegabytes: 50 }) },
  },
  {
    name: '100 000 levels of nesting',
    pick: () => ({
      content: variant().replace(
        '"format"',
        `"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)},\n  "format"`,
      ),
    }),
    expect: { refused: reason('tooDeep', { limit: 64, line: 2 }) },
  },
  {
    name: '1 000 000 keys in one object',
    pick: () => {
      const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":0`).join(',');
      return { content: variant().replace('"format"', `"many": {${keys}},\n  "format"`) };
    },
    expect: { refused: reason('tooManyEntries', { path: 'many', limit: 10_000 }) },
  },
  {
    name: 'option-decision map of 100 000 entries',
    pick: () => ({
      content: variant((f) => {
        const d: Record<string, string> = {};
        for (let i = 0; i < 100_000; i++) d[`x#${i}`] = '2028-06-01';
        f['procurement'].planning.timeline.optionDecisions = d;
      }),
    }),
    expect: {
      refused: reason('tooManyEntries', { path: 'procurement.planning.timeline.optionDecisions' }),
    },
  },
  {
    name: 'option-decision map of 1 001 entries',
    pick: () => ({
      content: variant((f) => {
        const d: Record<string, string> = {};
        for (let i = 0; i < 1_001; i++) d[`x#${i}`] = '2028-06-01';
        f['procurement'].planning.timeline.optionDecisions = d;
      }),
    }),
    expect: { refused: invalidField('procurement.planning.timeline.optionDecisions', 'tooLong') },
  },
  {
    name: '10 000 lots',
    pick: () => ({
      content: variant(
        (f) => (f['procurement'].lots = Array.from({ length: 10_000 }, () => lot(randomUUID()))),
      ),
    }),
    expect: { refused: invalidField('procurement.lots', 'tooLong') },
  },
  {
    name: 'description of 300 000 characters',
    pick: () => ({ content: variant((f) => (f['procurement'].description = 'a'.repeat(300_000))) }),
    expect: { refused: reason('stringTooLong', { path: 'procurement.description' }) },
  },
  {
    name: 'description of 20 001 characters',
    pick: () => ({ content: variant((f) => (f['procurement'].description = 'a'.repeat(20_001))) }),
    expect: { refused: invalidField('procurement.description', 'tooLong') },
  },
  {
    name: 'title of 201 characters',
    pick: () => ({ content: variant((f) => (f['procurement'].title = 'x'.repeat(201))) }),
    expect: { refused: invalidField('procurement.title', 'tooLong') },
  },
  {
    name: 'title with a line break',
    pick: () => ({ content: variant((f) => (f['procurement'].title = 'Rivi 1\nRivi 2')) }),
    expect: { refused: invalidField('procurement.title', 'other') },
  },
  {
    name: '__proto__ key',
    pick: () => ({
      content: variant().replace('"title"', '"__proto__": { "admin": true },\n    "title"'),
    }),
    expect: {
      refused: reason('forbiddenKey', { key: '__proto__', path: 'procurement.__proto__' }),
    },
  },
  {
    name: 'constructor key in a lot',
    pick: () => ({
      content: variant().replace('"code": "1"', '"constructor": {},\n        "code": "1"'),
    }),
    expect: { refused: reason('forbiddenKey', { key: 'constructor' }) },
  },
  {
    name: 'escaped prototype key',
    pick: () => ({ content: variant().replace('"title"', '"\\u0070rototype": 1,\n    "title"') }),
    expect: { refused: reason('forbiddenKey', { key: 'prototype' }) },
  },
  {
    name: 'duplicate key',
    pick: () => ({ content: variant().replace('"title"', '"title": "Ensimmäinen",\n    "title"') }),
    expect: { refused: reason('duplicateKey', { key: 'title', path: 'procurement.title' }) },
  },
  {
    name: 'unknown field',
    pick: () => ({ content: variant((f) => (f['procurement'].isAdmin = true)) }),
    expect: { refused: invalidField('procurement', 'unknownField') },
  },
  {
    name: 'title of zero-width characters only',
    pick: () => ({
      content: variant((f) => (f['procurement'].title = '\u200b\u200d\u2060\u00ad')),
    }),
    expect: { refused: invalidField('procurement.title', 'tooShort') },
  },
  {
    name: '540 000 values in nested arrays',
    pick: () => {
      const row = `[${Array.from({ length: 9_000 }, () => '0').join(',')}]`;
      return {
        content: variant().replace(
          '"format"',
          `"rows": [${Array.from({ length: 60 }, () => row).join(',\n')}],\n  "format"`,
        ),
      };
    },
    expect: { refused: reason('tooManyValues', { limit: 500_000 }) },
  },
  {
    name: 'key of 300 000 characters',
    pick: () => ({
      content: variant().replace('"format"', `"${'k'.repeat(300_000)}": 1,\n  "format"`),
    }),
    expect: { refused: reason('stringTooLong', { line: 2 }) },
  },
  {
    name: 'procurement as an array',
    pick: () => ({ content: variant((f) => (f['procurement'] = [f['procurement']])) }),
    expect: { refused: invalidField('procurement', 'wrongType') },
  },
  {
    name: 'unknown status',
    pick: () => ({ content: variant((f) => (f['procurement'].status = 'hacked')) }),
    expect: { refused: invalidField('procurement.status', 'notAllowed') },
  },
  {
    name: 'CPV code with letters',
    pick: () => ({
      content: variant((f) => (f['procurement'].cpv = { main: '9091O000', additional: [] })),
    }),
    expect: { refused: invalidField('procurement.cpv.main', 'invalidFormat') },
  },
  // ---- numbers ----
  {
    name: 'huge number 1e400',
    pick: () => ({ content: variant().replace('"amountCents": 5000000', '"amountCents": 1e400') }),
    expect: { refused: invalidField('procurement.lots[0].value.amountCents', 'wrongType') },
  },
  {
    name: '400-digit number',
    pick: () => ({
      content: variant().replace('"amountCents": 5000000', `"amountCents": ${'9'.repeat(400)}`),
    }),
    expect: { refused: reason('numberTooLong', { path: 'procurement.lots[0].value.amountCents' }) },
  },
  {
    name: 'amount above ten billion euros',
    pick: () => ({ content: variant((f) => (f['procurement'].lots[0].value.amountCents = 1e13)) }),
    expect: { refused: invalidField('procurement.lots[0].value.amountCents', 'tooLarge') },
  },
  {
    name: 'negative money',
    pick: () => ({ content: variant((f) => (f['procurement'].lots[0].value.amountCents = -100)) }),
    expect: { refused: invalidField('procurement.lots[0].value.amountCents', 'tooSmall') },
  },
  {
    name: 'float cents',
    pick: () => ({ content: variant((f) => (f['procurement'].lots[0].value.amountCents = 10.5)) }),
    expect: { refused: invalidField('procurement.lots[0].value.amountCents', 'wrongType') },
  },
  {
    name: 'NaN as a string',
    pick: () => ({ content: variant((f) => (f['procurement'].lots[0].value.amountCents = 'NaN')) }),
    expect: { refused: invalidField('procurement.lots[0].value.amountCents', 'wrongType') },
  },
  {
    name: 'Infinity as a string in base months',
    pick: () => ({
      content: variant((f) => (f['procurement'].planning.valuation.term.baseMonths = 'Infinity')),
    }),
    expect: {
      refused: invalidField('procurement.planning.valuation.term.baseMonths', 'wrongType'),
    },
  },
  // ---- dates and terms ----
  {
    name: 'contract start 31.12.9999',
    pick: () => ({
      content: variant((f) => (f['procurement'].planning.timeline.contractStart = '9999-12-31')),
    }),
    expect: {
      refused: invalidField('procurement.planning.timeline.contractStart', 'dateOutOfRange'),
    },
  },
  {
    name: 'notice sent in year 1',
    pick: () => ({
      content: variant((f) => (f['procurement'].planning.timeline.noticeSent = '0001-01-01')),
    }),
    expect: { refused: invalidField('procurement.planning.timeline.noticeSent', 'dateOutOfRange') },
  },
  {
    name: 'option decision in 2151',
    pick: () => ({
      content: variant(
        (f) => (f['procurement'].planning.timeline.optionDecisions = { 'a#1': '2151-01-01' }),
      ),
    }),
    expect: {
      refused: invalidField('procurement.planning.timeline.optionDecisions.a#1', 'dateOutOfRange'),
    },
  },
  {
    name: 'impossible date 30.2.',
    pick: () => ({
      content: variant((f) => (f['procurement'].planning.timeline.decision = '2027-02-30')),
    }),
    expect: { refused: invalidField('procurement.planning.timeline.decision', 'other') },
  },
  {
    name: 'Finnish date format in data',
    pick: () => ({
      content: variant((f) => (f['procurement'].planning.timeline.decision = '31.12.2027')),
    }),
    expect: { refused: invalidField('procurement.planning.timeline.decision', 'other') },
  },
  {
    name: 'term of 20 options × 50 × 120 months',
    pick: () => ({
      content: variant(
        (f) =>
          (f['procurement'].planning.valuation.term.options = Array.from({ length: 20 }, () => ({
            id: randomUUID(),
            count: 50,
            months: 120,
            likely: false,
            note: '',
          }))),
      ),
    }),
    expect: { refused: invalidField('procurement.planning.valuation.term', 'termTooLong') },
  },
  {
    name: 'base 600 months + extension 600 months',
    pick: () => ({
      content: variant((f) => {
        f['procurement'].planning.valuation.term.baseMonths = 600;
        f['procurement'].planning.valuation.term.extensionMonths = 600;
      }),
    }),
    expect: { refused: invalidField('procurement.planning.valuation.term', 'termTooLong') },
  },
  {
    name: '600 months × 50 options',
    pick: () => ({
      content: variant(
        (f) =>
          (f['procurement'].planning.valuation.term.options = [
            { id: randomUUID(), count: 50, months: 600, likely: true, note: '' },
          ]),
      ),
    }),
    expect: {
      refused: invalidField('procurement.planning.valuation.term.options[0].months', 'tooLarge'),
    },
  },
  // ---- identifiers ----
  {
    name: 'id that is a path',
    pick: () => ({ content: variant((f) => (f['procurement'].id = '../../../etc/passwd')) }),
    expect: { refused: invalidField('procurement.id', 'invalidFormat') },
  },
  {
    name: 'duplicated lot ids',
    pick: () => ({
      content: variant((f) => {
        const id = randomUUID();
        f['procurement'].lots = [lot(id), lot(id)];
      }),
    }),
    expect: { refused: invalidField('procurement.lots[1].id', 'duplicateId') },
  },
  {
    name: 'lot ids differing only in case',
    pick: () => ({
      content: variant((f) => {
        const id = randomUUID();
        f['procurement'].lots = [lot(id), lot(id.toUpperCase())];
      }),
    }),
    expect: { refused: invalidField('procurement.lots[1].id', 'duplicateId') },
  },
  {
    name: 'duplicated option ids',
    pick: () => ({
      content: variant((f) => {
        const id = randomUUID();
        f['procurement'].planning.valuation.term.options = [
          { id, count: 1, months: 12, likely: true, note: '' },
          { id, count: 1, months: 6, likely: false, note: '' },
        ];
      }),
    }),
    expect: {
      refused: invalidField('procurement.planning.valuation.term.options[1].id', 'duplicateId'),
    },
  },
  // ---- versions ----
  {
    name: 'newer schemaVersion',
    pick: () => ({ content: variant((f) => (f['schemaVersion'] = 99)) }),
    expect: { refused: reason('newerVersion', { version: 99 }) },
  },
  {
    name: 'schemaVersion as a string',
    pick: () => ({ content: variant((f) => (f['schemaVersion'] = '3')) }),
    expect: { refused: reason('noSchemaVersion') },
  },
  {
    name: 'schemaVersion 0',
    pick: () => ({ content: variant((f) => (f['schemaVersion'] = 0)) }),
    expect: { refused: reason('noSchemaVersion') },
  },
  {
    name: 'version 2 file with a far date',
    pick: () => ({
      content: variant((f) => {
        asVersion2(f);
        f['procurement'].planning.timeline.contractStart = '9999-12-31';
      }),
    }),
    expect: {
      refused: invalidField('procurement.planning.timeline.contractStart', 'dateOutOfRange'),
    },
  },
  // ---- personal data ----
  {
    name: 'identity code in the title',
    pick: () => ({
      content: variant(
        (f) => (f['procurement'].title = `Työllistetty ${identityCode('150390', '-', '123')}`),
      ),
    }),
    expect: {
      refused: (e) => {
        expect(e.code).toBe('personalData');
        expect((e.params as Record<string, unknown>)['firstPath']).toBe('procurement.title');
      },
    },
  },
  {
    name: 'identity code (A century) in a lot name',
    pick: () => ({
      content: variant((f) => (f['procurement'].lots[0].name = identityCode('010101', 'A', '234'))),
    }),
    expect: {
      refused: (e) => {
        expect(e.code).toBe('personalData');
        expect((e.params as Record<string, unknown>)['firstPath']).toBe('procurement.lots[0].name');
      },
    },
  },
  // ---- not a regular file ----
  {
    name: 'a directory',
    pick: () => {
      const p = specialPath('folder.hankinta.json');
      mkdirSync(p);
      return { path: p };
    },
    expect: { refused: reason('notAFile') },
  },
  {
    name: 'a named pipe (FIFO)',
    pick: () => {
      const p = specialPath('pipe.hankinta.json');
      execFileSync('mkfifo', [p]);
      return { path: p };
    },
    expect: { refused: reason('notAFile') },
  },
  {
    name: 'a symlink to /dev/zero',
    pick: () => {
      const p = specialPath('zero.hankinta.json');
      symlinkSync('/dev/zero', p);
      return { path: p };
    },
    expect: { refused: reason('notAFile') },
  },
  {
    name: 'the device /dev/null itself',
    pick: () => ({ path: '/dev/null' }),
    expect: { refused: reason('notAFile') },
  },
  {
    name: 'a dangling symlink',
    pick: () => {
      const p = specialPath('gone.hankinta.json');
      symlinkSync(join(t.exportDirectory, 'nowhere'), p);
      return { path: p };
    },
    expect: {
      refused: (e) =>
        expect(e).toMatchObject({ code: 'storageFailure', params: { reason: 'ENOENT' } }),
    },
  },
  // ---- accepted ----
  {
    name: 'an honest export under a new id',
    pick: () => ({ content: variant() }),
    expect: { accepted: (v) => expect(v.asCopy).toBe(false) },
  },
  {
    name: 'UTF-8 with a BOM',
    pick: () => ({ content: `\ufeff${variant()}` }),
    expect: { accepted: (v) => expect(v.asCopy).toBe(false) },
  },
  {
    name: 'Windows line endings',
    pick: () => ({ content: variant().replace(/\n/g, '\r\n') }),
    expect: { accepted: (v) => expect(v.asCopy).toBe(false) },
  },
  {
    name: 'minified JSON',
    pick: () => ({ content: JSON.stringify(JSON.parse(variant())) }),
    expect: { accepted: (v) => expect(v.asCopy).toBe(false) },
  },
  {
    name: 'upper-case ids (normalised)',
    pick: () => ({
      content: variant((f) => {
        f['procurement'].id = String(f['procurement'].id).toUpperCase();
        f['procurement'].lots[0].id = String(f['procurement'].lots[0].id).toUpperCase();
      }),
    }),
    expect: {
      accepted: (v) => {
        expect(v.procurement.id).toBe(v.procurement.id.toLowerCase());
        expect(v.procurement.lots[0]!.id).toBe(v.procurement.lots[0]!.id.toLowerCase());
      },
    },
  },
  {
    name: 'the id of an existing procurement (as a copy)',
    pick: () => ({ content: variant((f) => (f['procurement'].id = existingId)) }),
    expect: {
      accepted: (v) => {
        expect(v.asCopy).toBe(true);
        expect(v.procurement.id).not.toBe(existingId);
      },
    },
  },
  {
    name: 'the id of an existing procurement in upper case (as a copy)',
    pick: () => ({ content: variant((f) => (f['procurement'].id = existingId.toUpperCase())) }),
    expect: {
      accepted: (v) => {
        expect(v.asCopy).toBe(true);
        expect(v.procurement.id).not.toBe(existingId);
      },
    },
  },
  {
    name: 'right-to-left override in the title',
    pick: () => ({ content: variant((f) => (f['procurement'].title = 'Siivous \u202eexe.txt')) }),
    expect: { accepted: (v) => expect(v.procurement.title).toBe('Siivous \u202eexe.txt') },
  },
  {
    name: 'zero-width characters in the title',
    pick: () => ({ content: variant((f) => (f['procurement'].title = 'Sii\u200bvous\u200d')) }),
    expect: { accepted: (v) => expect(v.procurement.title).toBe('Sii\u200bvous\u200d') },
  },
  {
    name: 'emoji and combining marks in the title',
    pick: () => ({
      content: variant((f) => (f['procurement'].title = 'Ruokapalvelut 🍲 Åland a\u0308')),
    }),
    expect: { accepted: (v) => expect(v.procurement.title).toContain('🍲') },
  },
  {
    name: 'dates at the bounds (1990 and 2150)',
    pick: () => ({
      content: variant((f) => {
        f['procurement'].planning.timeline.noticeSent = '1990-01-01';
        f['procurement'].planning.timeline.contractStart = '2150-12-31';
      }),
    }),
    expect: { accepted: (v) => expect(v.status).toBe('imported') },
  },
  {
    name: 'a 50-year term exactly',
    pick: () => ({
      content: variant(
        (f) =>
          (f['procurement'].planning.valuation.term = {
            kind: 'fixed',
            baseMonths: 120,
            options: [{ id: randomUUID(), count: 4, months: 120, likely: false, note: '' }],
            extensionMonths: 0,
          }),
      ),
    }),
    expect: { accepted: (v) => expect(v.status).toBe('imported') },
  },
  {
    name: 'a version 2 file (migrated)',
    pick: () => ({
      content: variant((f) => {
        asVersion2(f);
      }),
    }),
    expect: { accepted: (v) => expect(v.migratedFrom).toBe(2) },
  },
];

describe('import corpus: hostile .hankinta.json files through the real service', () => {
  for (const c of cases) {
    it(c.name, async () => {
      figures.tried++;
      const pick = c.pick();
      const path = 'path' in pick ? pick.path : specialPath('import.hankinta.json');
      if ('content' in pick) writeFileSync(path, pick.content);
      const before = snapshotTree(t.workspaceRoot);
      t.dialogs.opens.push(path);
      const result = await t.call('procurement:import', {});
      if ('refused' in c.expect) {
        if (result.ok) expect.fail(`accepted: ${JSON.stringify(result.value).slice(0, 200)}`);
        c.expect.refused(result.error);
        expectMessageInEveryLanguage(result.error);
        expect(snapshotTree(t.workspaceRoot)).toEqual(before);
        figures.refused++;
        figures.refusedNames.push(c.name);
      } else {
        if (!result.ok) expect.fail(`refused: ${JSON.stringify(result.error).slice(0, 400)}`);
        const value = result.value as ImportAnswer;
        expect(value.status).toBe('imported');
        c.expect.accepted(value, t);
        // The app starts on what was written: a fresh workspace over the folder lists it,
        // with no problem reported.
        const reopened = new FileWorkspace(t.workspaceRoot);
        const listed = await reopened.list();
        expect(listed.problems).toEqual([]);
        expect(listed.items.map((i) => i.id)).toContain(value.procurement.id);
        figures.accepted++;
        figures.acceptedNames.push(c.name);
      }
    });
  }

  it('gives two procurements, one of them a copy, when one file is imported twice at once', async () => {
    figures.tried++;
    const path = specialPath('twice.hankinta.json');
    const content = variant();
    const id = (JSON.parse(content) as ProcurementExchangeFile).procurement.id;
    writeFileSync(path, content);
    t.dialogs.opens.push(path, path);
    const [a, b] = await Promise.all([
      t.ok('procurement:import', {}),
      t.ok('procurement:import', {}),
    ]);
    const answers = [a, b].map((r) => r as ImportAnswer);
    expect(answers.filter((r) => !r.asCopy).map((r) => r.procurement.id)).toEqual([id]);
    expect(answers.filter((r) => r.asCopy)).toHaveLength(1);
    expect(new Set(answers.map((r) => r.procurement.id)).size).toBe(2);
    figures.accepted++;
    figures.acceptedNames.push('same file imported twice at once');
  });
});
