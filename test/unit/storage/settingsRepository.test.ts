import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppService } from '../../../electron/storage/appService';
import {
  SETTINGS_STORE_OPTIONS,
  createSettingsRepository,
  openSettings,
  type KeyValueFile,
} from '../../../electron/storage/settingsRepository';
import { defaultSettings } from '../../../shared/domain/workspace/settings';
import { makeTempDir, namesIn, removeTempDirs } from '../support/tempDir';

afterEach(removeTempDirs);

const NOW = new Date('2027-03-01T08:00:00.000Z');
const MOVED = 'settings.json.20270301-080000.unreadable';

/** The real `conf` store the end-to-end harness uses (electron-store's base class). */
function realStore(dir: string): () => KeyValueFile {
  return () => new Conf<Record<string, unknown>>({ ...SETTINGS_STORE_OPTIONS, cwd: dir });
}

describe('settings in memory over a key-value file', () => {
  it('starts from the defaults without writing anything', () => {
    const file: KeyValueFile = { store: {}, path: '/muisti/settings.json' };
    const repo = createSettingsRepository(file);
    expect(repo.get()).toEqual(defaultSettings);
    expect(repo.problems()).toEqual([]);
    expect(file.store).toEqual({});
  });

  it('resets a bad field, reports it and writes the repaired settings back', () => {
    const file: KeyValueFile = {
      store: { language: 'de', window: { width: 1500, height: 900, maximized: true } },
      path: '/muisti/settings.json',
    };
    const repo = createSettingsRepository(file);
    expect(repo.problems()).toEqual([
      { kind: 'settingsReset', file: 'settings.json', detail: 'language' },
    ]);
    expect(repo.get().language).toBe('fi');
    expect(file.store['language']).toBe('fi');
    expect(file.store['window']).toEqual({ width: 1500, height: 900, maximized: true });
  });

  it('writes every change through to the file', () => {
    const file: KeyValueFile = { store: {}, path: '/muisti/settings.json' };
    const repo = createSettingsRepository(file);
    const next = repo.update((s) => ({ ...s, language: 'en' }));
    expect(next.language).toBe('en');
    expect(repo.get().language).toBe('en');
    expect(file.store['language']).toBe('en');
  });

  it('hands out copies, so editing a returned object changes nothing stored', () => {
    const file: KeyValueFile = { store: {}, path: '/muisti/settings.json' };
    const repo = createSettingsRepository(file);
    repo.get().organisation.name = 'Ei tallennettu';
    expect(repo.get().organisation.name).toBe('');
    expect(file.store).toEqual({});
  });
});

describe('opening the settings file', () => {
  it('moves aside a file whose contents cannot be read and starts fresh', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'settings.json');
    writeFileSync(path, 'rikki');
    let reads = 0;
    const file = {
      path,
      get store(): Record<string, unknown> {
        reads++;
        if (reads === 1) throw new SyntaxError('Unexpected token r in JSON');
        return {};
      },
      set store(_value: Record<string, unknown>) {},
    };
    const repo = await openSettings(() => file, NOW, path);
    expect(repo.problems()).toEqual([
      {
        kind: 'settingsUnreadable',
        file: 'settings.json',
        movedTo: MOVED,
        detail: 'Unexpected token r in JSON',
      },
    ]);
    expect(readFileSync(join(dir, MOVED), 'utf8')).toBe('rikki');
    expect(repo.get()).toEqual(defaultSettings);
  });

  it('survives a broken settings.json with the real conf store, keeping the broken file aside', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'settings.json'), '{"language": "sv", "window": {');
    const repo = await openSettings(realStore(dir), NOW, join(dir, 'settings.json'));
    expect(repo.problems()).toEqual([
      expect.objectContaining({
        kind: 'settingsUnreadable',
        file: 'settings.json',
        movedTo: MOVED,
      }),
    ]);
    expect(readFileSync(join(dir, MOVED), 'utf8')).toBe('{"language": "sv", "window": {');
    expect(repo.get()).toEqual(defaultSettings);

    repo.update((s) => ({ ...s, language: 'sv' }));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).language).toBe('sv');
  });

  it('repairs a readable file with a bad field through the real conf store', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ language: 'sv', window: { width: 1 }, recentExports: [] }),
    );
    const repo = await openSettings(realStore(dir), NOW, join(dir, 'settings.json'));
    expect(repo.problems()).toEqual([
      { kind: 'settingsReset', file: 'settings.json', detail: 'window' },
    ]);
    expect(repo.get().language).toBe('sv');
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk.window).toEqual(defaultSettings.window);
    expect(onDisk.language).toBe('sv');
  });

  it('keeps changes across a restart with the real conf store', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'settings.json');
    const first = await openSettings(realStore(dir), NOW, path);
    expect(existsSync(path)).toBe(false);
    first.update((s) => ({ ...s, language: 'en' }));
    const second = await openSettings(realStore(dir), NOW, path);
    expect(second.get().language).toBe('en');
    expect(second.problems()).toEqual([]);
    expect(namesIn(dir)).toEqual(['settings.json']);
  });

  it('lets the app start with a broken settings file and shows the problem in the list', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0000 levy korruptoitunut');
    const app = await createAppService({
      dataDirectory: dir,
      openSettingsFile: (directory) =>
        new Conf<Record<string, unknown>>({ ...SETTINGS_STORE_OPTIONS, cwd: directory }),
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      openExternal: async () => undefined,
      version: '0.1.0-test',
      platform: 'linux',
      now: () => NOW,
    });
    const { problems } = await app.service['procurement:list']({});
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'settingsUnreadable', movedTo: MOVED }),
    );
    expect(existsSync(join(dir, MOVED))).toBe(true);
  });
});
