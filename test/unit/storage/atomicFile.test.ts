import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readFileLimited,
  removeStaleTempFiles,
  renameWithRetry,
  writeFileAtomic,
} from '../../../electron/storage/atomicFile';
import { makeTempDir, namesIn, removeTempDirs } from '../support/tempDir';
import { createUserFiles } from '../../../electron/storage/userFiles';
import { ServiceError } from '../../../shared/api/errors';

afterEach(removeTempDirs);

describe('atomic writes', () => {
  it('writes text and bytes and leaves only the target file', async () => {
    const dir = makeTempDir();
    await writeFileAtomic(join(dir, 'a.json'), '{"title":"Siivous äö"}');
    await writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([0, 1, 254, 255]));
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"title":"Siivous äö"}');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([0, 1, 254, 255]);
    expect(namesIn(dir)).toEqual(['a.json', 'b.bin']);
  });

  it('replaces a longer file completely, leaving no old tail', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'index.json');
    writeFileSync(target, 'x'.repeat(1000));
    await writeFileAtomic(target, '{}');
    expect(readFileSync(target, 'utf8')).toBe('{}');
    expect(namesIn(dir)).toEqual(['index.json']);
  });

  it('leaves no temporary file and keeps the old content when the rename fails', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'kohde.json'));
    writeFileSync(join(dir, 'kohde.json', 'sisältö.txt'), 'säilyy');
    await expect(writeFileAtomic(join(dir, 'kohde.json'), 'uusi')).rejects.toThrow();
    expect(namesIn(dir)).toEqual(['kohde.json']);
    expect(readFileSync(join(dir, 'kohde.json', 'sisältö.txt'), 'utf8')).toBe('säilyy');
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    const dir = makeTempDir();
    await expect(writeFileAtomic(join(dir, 'puuttuu', 'a.json'), '{}')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(namesIn(dir)).toEqual([]);
  });
});

describe('crash leftovers', () => {
  it('removes only the hidden .tmp files atomic writes use', async () => {
    const dir = makeTempDir();
    for (const name of [
      '.a.json.0a1b2c.tmp',
      '.index.json.ffffff.tmp',
      'oma.tmp',
      '.piilo',
      'a.json',
    ]) {
      writeFileSync(join(dir, name), 'x');
    }
    await removeStaleTempFiles(dir);
    expect(namesIn(dir)).toEqual(['.piilo', 'a.json', 'oma.tmp']);
  });
});

describe('renaming', () => {
  it('moves a file over an existing one', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'uusi'), 'uusi');
    writeFileSync(join(dir, 'vanha'), 'vanha');
    await renameWithRetry(join(dir, 'uusi'), join(dir, 'vanha'));
    expect(readdirSync(dir)).toEqual(['vanha']);
    expect(readFileSync(join(dir, 'vanha'), 'utf8')).toBe('uusi');
  });

  it('gives up at once when the source is missing (nothing to wait for)', async () => {
    const dir = makeTempDir();
    const started = Date.now();
    await expect(renameWithRetry(join(dir, 'ei'), join(dir, 'b'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('reading with a size limit', () => {
  it('returns the bytes and the size of a file within the limit', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'tuonti.hankinta.json');
    writeFileSync(path, '{"a":"ä"}');
    const { data, size } = await readFileLimited(path, 100);
    expect(size).toBe(10);
    expect(Buffer.from(data).toString('utf8')).toBe('{"a":"ä"}');
  });

  it('reads a file of exactly the limit', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'a');
    writeFileSync(path, '12345');
    expect((await readFileLimited(path, 5)).data).toHaveLength(5);
  });

  it('refuses an oversized file without reading it, reporting its full size', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'valtava.json');
    writeFileSync(path, '');
    truncateSync(path, 10 * 1024 * 1024); // sparse
    const { data, size } = await readFileLimited(path, 1024 * 1024);
    expect(size).toBe(10 * 1024 * 1024);
    expect(data).toHaveLength(0);
  });

  it('reports a missing file', async () => {
    const dir = makeTempDir();
    await expect(readFileLimited(join(dir, 'ei.json'), 10)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('files the user picked', () => {
  it('explains a write into a folder that does not exist as a storage error, not an unexpected one', async () => {
    const files = createUserFiles({
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
    });
    await expect(files.write('/no/such/folder/export.xlsx', 'x')).rejects.toMatchObject({
      code: 'storageFailure',
      params: { reason: 'ENOENT' },
    });
    await expect(files.read('/no/such/file.csv', 10)).rejects.toBeInstanceOf(ServiceError);
  });
});
