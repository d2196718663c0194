import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileOrganisationLogoStore } from '../../../electron/storage/organisationLogoStore';
import { makePng } from '../../support/images';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hankintapolku-logo-'));
  dirs.push(dir);
  return dir;
}

describe('organisation logo store (workspace/organisation/logo.json)', () => {
  it('keeps the bytes and file name across a restart, and forgets them on remove', async () => {
    const root = workspace();
    const data = makePng(120, 40);
    await fileOrganisationLogoStore(root).save({
      type: 'png',
      widthPx: 120,
      heightPx: 40,
      fileName: 'logo.png',
      data,
    });
    const reopened = fileOrganisationLogoStore(root);
    const loaded = await reopened.load();
    expect(loaded).toMatchObject({ type: 'png', widthPx: 120, heightPx: 40, fileName: 'logo.png' });
    expect(Buffer.from(loaded!.data).equals(Buffer.from(data))).toBe(true);
    await reopened.remove();
    expect(await fileOrganisationLogoStore(root).load()).toBeNull();
  });

  it('reads a damaged or tampered file as no logo, never as an image it is not', async () => {
    const root = workspace();
    mkdirSync(join(root, 'organisation'));
    const file = join(root, 'organisation', 'logo.json');
    for (const content of [
      '{"formatVersion":1,"fileName":"x.png","data":"bm90IGFuIGltYWdl"}', // "not an image"
      '{"formatVersion":1,"fileName":"x.png","data":"@@@"}',
      '{"formatVersion":2}',
      '{"formatVer',
      '',
    ]) {
      writeFileSync(file, content);
      expect(await fileOrganisationLogoStore(root).load(), content).toBeNull();
    }
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
