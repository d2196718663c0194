import { describe, expect, it } from 'vitest';
import {
  EXCHANGE_EXTENSION,
  EXCHANGE_FORMAT,
  MAX_IMPORT_BYTES,
  exchangeFileName,
  readExchangeFileText,
  toExchangeFile,
} from '../../../shared/records/procurementExchange';
import {
  CURRENT_PROCUREMENT_SCHEMA_VERSION,
  toProcurementFile,
} from '../../../shared/records/procurementFile';
import { sampleProcurement } from '../support/procurements';

const META = { exportedAt: '2027-03-01T08:00:00.000Z', appVersion: '0.1.0' };

function exportText(value: unknown): { text: string; bytes: number } {
  const text = JSON.stringify(value, null, 2);
  return { text, bytes: Buffer.byteLength(text) };
}

function read(value: unknown) {
  const { text, bytes } = exportText(value);
  return readExchangeFileText(text, bytes);
}

describe('procurement export files (.hankinta.json)', () => {
  it('reads back the exported procurement unchanged', () => {
    const procurement = sampleProcurement({ status: 'evaluation' });
    const file = toExchangeFile(procurement, META);
    expect(file).toMatchObject({
      format: EXCHANGE_FORMAT,
      schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION,
      exportedAt: META.exportedAt,
      appVersion: META.appVersion,
    });
    expect(read(file)).toEqual({ ok: true, procurement, migratedFrom: null });
  });

  it('refuses text that is not JSON', () => {
    expect(readExchangeFileText('<html></html>', 13)).toMatchObject({
      ok: false,
      problem: { kind: 'notJson' },
    });
  });

  it('refuses JSON that is not an export: a stored workspace file, settings, an array, null', () => {
    const procurement = sampleProcurement();
    for (const value of [
      toProcurementFile(procurement),
      { language: 'fi', recentExports: [] },
      [toExchangeFile(procurement, META)],
      null,
      42,
      { ...toExchangeFile(procurement, META), format: 'hankintapolku.backup' },
    ]) {
      expect(read(value), JSON.stringify(value).slice(0, 40)).toEqual({
        ok: false,
        problem: { kind: 'notAnExport' },
      });
    }
  });

  it('refuses a file larger than the import limit before parsing it', () => {
    const { text } = exportText(toExchangeFile(sampleProcurement(), META));
    expect(readExchangeFileText(text, MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
    });
    expect(readExchangeFileText('', MAX_IMPORT_BYTES * 3)).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge' },
    });
  });

  it('accepts a file of exactly the import limit', () => {
    const { text } = exportText(toExchangeFile(sampleProcurement(), META));
    expect(readExchangeFileText(text, MAX_IMPORT_BYTES).ok).toBe(true);
  });

  it('refuses an export whose export time is missing or not a timestamp', () => {
    const file = toExchangeFile(sampleProcurement(), META);
    for (const exportedAt of [undefined, '', 'eilen', '2027-03-01', '1.3.2027 klo 10.00', 0]) {
      expect(read({ ...file, exportedAt }), String(exportedAt)).toEqual({
        ok: false,
        problem: { kind: 'badExportDate' },
      });
    }
  });

  it('refuses an export from a newer app version, saying which', () => {
    const file = toExchangeFile(sampleProcurement(), META);
    expect(read({ ...file, schemaVersion: 99 })).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: 99 },
    });
  });

  it('names the invalid field of the procurement inside an export', () => {
    const file = toExchangeFile(sampleProcurement(), META);
    expect(read({ ...file, procurement: { ...file.procurement, status: 'valmis' } })).toMatchObject(
      {
        ok: false,
        problem: {
          kind: 'invalid',
          issues: [{ path: 'procurement.status', kind: 'notAllowed', received: 'valmis' }],
        },
      },
    );
  });
});

describe('export file names', () => {
  it('uses the procurement title with the .hankinta.json extension', () => {
    expect(exchangeFileName('Toimitilojen ylläpitosiivous 2027–2030')).toBe(
      'Toimitilojen ylläpitosiivous 2027–2030.hankinta.json',
    );
    expect(EXCHANGE_EXTENSION).toBe('.hankinta.json');
  });

  it('replaces every character Windows refuses in file names, and control characters', () => {
    const name = exchangeFileName('Tilat: A/B <C> "D" |E? *F\\G\tH\u0007I');
    expect(name).toBe('Tilat A B C D E F G H I.hankinta.json');
    const stem = [...name.slice(0, -EXCHANGE_EXTENSION.length)];
    expect(stem.filter((ch) => '<>:"/\\|?*'.includes(ch) || ch.charCodeAt(0) < 32)).toEqual([]);
  });

  it('removes the trailing dots and spaces Windows drops from a name', () => {
    expect(exchangeFileName('Hankinta 2027...  ')).toBe('Hankinta 2027.hankinta.json');
  });

  it('falls back to hankinta.hankinta.json when nothing usable is left', () => {
    for (const title of ['', '   ', '???', '<>:"/\\|?*', '...']) {
      expect(exchangeFileName(title), title).toBe('hankinta.hankinta.json');
    }
  });

  it('shortens a long title to 80 characters before the extension', () => {
    const name = exchangeFileName('Kehyssopimus '.repeat(20));
    expect(name.length).toBeLessThanOrEqual(80 + EXCHANGE_EXTENSION.length);
    expect(name.endsWith(EXCHANGE_EXTENSION)).toBe(true);
  });

  it('keeps Finnish letters, composing decomposed ones (NFC) as macOS may give them', () => {
    expect(exchangeFileName('Ka\u0308ytto\u0308 ja ylla\u0308pito')).toBe(
      'Käyttö ja ylläpito.hankinta.json',
    );
  });

  it('never suggests a Windows device name (CON, NUL, COM1 …), which Windows refuses', () => {
    for (const title of ['CON', 'nul', 'Aux', 'COM1', 'lpt9', 'PRN. Tulostuspalvelut']) {
      const stem = exchangeFileName(title).split('.')[0] ?? '';
      expect(stem, title).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)\s*$/i);
    }
    expect(exchangeFileName('CON')).toBe('_CON.hankinta.json');
    expect(exchangeFileName('Console-palvelut')).toBe('Console-palvelut.hankinta.json');
  });
});

describe('export file names from hostile titles', () => {
  it('drops right-to-left overrides and zero-width characters from the suggested name', () => {
    expect(exchangeFileName('Siivous \u202enosj.exe')).toBe(
      `Siivous nosj.exe${EXCHANGE_EXTENSION}`,
    );
    expect(exchangeFileName('Sii\u200bvous')).toBe(`Siivous${EXCHANGE_EXTENSION}`);
  });
});
