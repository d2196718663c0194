import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SETTINGS_STORE_OPTIONS,
  createSettingsRepository,
  openSettings,
  type KeyValueFile,
} from '../../../electron/storage/settingsRepository';
import { makeTempDir, namesIn, removeTempDirs } from '../support/tempDir';

afterEach(removeTempDirs);

const NOW = new Date('2027-03-01T08:00:00.000Z');
const good = (n: number) => ({
  path: `C:\\Hankinnat\\vienti-${n}.hankinta.json`,
  kind: 'procurement',
  at: '2027-02-01T08:00:00.000Z',
});

function realStore(dir: string): () => KeyValueFile {
  return () => new Conf<Record<string, unknown>>({ ...SETTINGS_STORE_OPTIONS, cwd: dir });
}

describe('settings written by other tools and other versions', () => {
  it('reads a settings file saved with a byte-order mark (as Notepad does)', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, `\ufeff${JSON.stringify({ language: 'sv' })}`);
    const repo = await openSettings(realStore(dir), NOW, path);
    expect(repo.get().language).toBe('sv');
    expect(repo.problems()).toEqual([]);
    expect(namesIn(dir)).toEqual(['settings.json']);
  });

  it('keeps keys of a newer version when it writes', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'settings.json');
    const newer = {
      language: 'en',
      theme: 'dark',
      futureFeature: { enabled: true },
      organisation: { name: 'Esimerkkilän kaupunki', eInvoiceAddress: '003712345678' },
    };
    writeFileSync(path, JSON.stringify(newer));
    const repo = await openSettings(realStore(dir), NOW, path);
    repo.update((s) => ({ ...s, language: 'fi' }));
    const written = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      language: 'fi',
      theme: 'dark',
      futureFeature: { enabled: true },
      organisation: { name: 'Esimerkkilän kaupunki', eInvoiceAddress: '003712345678' },
    });
  });

  it('drops only the bad entry of the recent exports and reports it', () => {
    const file: KeyValueFile = {
      store: { recentExports: [good(1), { path: '', kind: 'x' }, good(2), 42], theme: 'dark' },
      path: '/muisti/settings.json',
    };
    const repo = createSettingsRepository(file);
    expect(repo.get().recentExports).toEqual([good(1), good(2)]);
    expect(repo.problems()).toEqual([
      {
        kind: 'settingsReset',
        file: 'settings.json',
        detail: 'recentExports[1], recentExports[3]',
      },
    ]);
    expect(file.store).toMatchObject({ recentExports: [good(1), good(2)], theme: 'dark' });
  });

  it('sets a settings file with a __proto__ key aside and starts with the defaults', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"__proto__":{"language":"sv"}}');
    const repo = await openSettings(realStore(dir), NOW, path);
    expect(repo.get().language).toBe('fi');
    expect(repo.problems()[0]).toMatchObject({ kind: 'settingsUnreadable' });
  });
});
