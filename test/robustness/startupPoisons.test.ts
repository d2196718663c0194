import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  lstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CURRENT_PROCUREMENT_SCHEMA_VERSION } from '../../shared/records/procurementFile';
import type { StorageProblem } from '../../shared/domain/workspace/storageProblem';
import {
  fileText,
  makeWorkspaceDir,
  namesIn,
  openWorkspace,
  procurement,
  removeWorkspaceDirs,
} from './support/workspaceFixture';

afterEach(() => {
  removeWorkspaceDirs();
});

/** Each poison: what it does to a workspace holding two good procurements. */
interface Poison {
  name: string;
  apply: (root: string) => void;
  /** The problem kinds the start must report (in any order, others allowed). */
  reports: StorageProblem['kind'][];
}

/** True when anything, even a dangling link, is at `path`. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

const pfile = (root: string, id: string) => join(root, 'procurements', `${id}.json`);

const poisons: Poison[] = [
  {
    name: 'a folder named like a procurement file',
    apply: (root) => mkdirSync(pfile(root, randomUUID())),
    reports: ['entrySetAside'],
  },
  {
    name: 'a folder named like a procurement file, with files inside',
    apply: (root) => {
      const dir = pfile(root, randomUUID());
      mkdirSync(dir);
      writeFileSync(join(dir, 'x.json'), '{}');
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'a dangling symlink named like a procurement file',
    apply: (root) => symlinkSync('/nonexistent/nowhere.json', pfile(root, randomUUID())),
    reports: ['entrySetAside'],
  },
  {
    name: 'a symlink to a valid procurement outside the workspace',
    apply: (root) => {
      const outside = procurement('Ulkopuolinen');
      const target = join(root, '..', 'outside.json');
      writeFileSync(target, fileText(outside));
      symlinkSync(target, pfile(root, outside.id));
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'a symlink loop named like a procurement file',
    apply: (root) => {
      const id = randomUUID();
      symlinkSync(pfile(root, id), pfile(root, id));
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'a named pipe named like a procurement file',
    apply: (root) => execFileSync('mkfifo', [pfile(root, randomUUID())]),
    reports: ['entrySetAside'],
  },
  {
    name: 'a 1 GB sparse file named like a procurement file',
    apply: (root) => {
      const fd = openSync(pfile(root, randomUUID()), 'w');
      ftruncateSync(fd, 1024 * 1024 * 1024);
      closeSync(fd);
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'a zero-byte procurement file',
    apply: (root) => writeFileSync(pfile(root, randomUUID()), ''),
    reports: ['invalidFile'],
  },
  {
    name: 'a procurement file of NUL bytes',
    apply: (root) => writeFileSync(pfile(root, randomUUID()), Buffer.alloc(4096)),
    reports: ['invalidFile'],
  },
  {
    name: 'a valid procurement with NUL bytes appended',
    apply: (root) => {
      const p = procurement('NUL-loppu');
      writeFileSync(pfile(root, p.id), Buffer.concat([Buffer.from(fileText(p)), Buffer.alloc(8)]));
    },
    reports: ['invalidFile'],
  },
  {
    name: 'a procurement file of the newer schema version',
    apply: (root) => {
      const p = procurement('Uudempi');
      writeFileSync(
        pfile(root, p.id),
        JSON.stringify({ schemaVersion: CURRENT_PROCUREMENT_SCHEMA_VERSION + 1, procurement: p }),
      );
    },
    reports: ['newerVersion'],
  },
  {
    name: 'a contract start 31.12.9999 written by the old version',
    apply: (root) => {
      const p = procurement('Kaukainen');
      p.planning.timeline.contractStart = '9999-12-31';
      writeFileSync(pfile(root, p.id), fileText(p));
    },
    reports: ['invalidFile'],
  },
  {
    name: 'a procurement file with permissions 000',
    apply: (root) => {
      const p = procurement('Lukukielto');
      writeFileSync(pfile(root, p.id), fileText(p));
      chmodSync(pfile(root, p.id), 0o000);
    },
    // As root the file stays readable and simply opens; otherwise it is set aside.
    reports: process.getuid?.() === 0 ? [] : ['entrySetAside'],
  },
  {
    name: 'a procurement file nested 200 000 arrays deep',
    apply: (root) => writeFileSync(pfile(root, randomUUID()), '['.repeat(200_000)),
    reports: ['invalidFile'],
  },
  {
    name: 'a procurement file with __proto__ and constructor keys',
    apply: (root) => {
      const p = procurement('Prototyyppi');
      const text = fileText(p).replace(
        '{"schemaVersion"',
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"schemaVersion"',
      );
      writeFileSync(pfile(root, p.id), text);
    },
    // Read as data (JSON.parse makes own keys), never pollutes Object.prototype.
    reports: [],
  },
  {
    name: 'a procurement file of bytes that are not UTF-8',
    apply: (root) =>
      writeFileSync(pfile(root, randomUUID()), Buffer.from([0xff, 0xfe, 0x7b, 0xc3, 0x28, 0x7d])),
    reports: ['invalidFile'],
  },
  {
    name: 'a procurement file whose id differs from its name, and an upper-case name',
    apply: (root) => {
      const p = procurement('Väärä nimi');
      writeFileSync(pfile(root, randomUUID()), fileText(p));
      writeFileSync(join(root, 'procurements', `${randomUUID().toUpperCase()}.json`), fileText(p));
    },
    reports: ['invalidFile'],
  },
  {
    name: 'a records folder of a procurement that is a file, and a kind folder that is a file',
    apply: (root) => {
      writeFileSync(join(root, 'records', randomUUID()), 'x');
      mkdirSync(join(root, 'records', randomUUID()));
    },
    reports: [],
  },
  {
    name: 'a folder as index.json',
    apply: (root) => {
      rmSync(join(root, 'index.json'), { force: true });
      mkdirSync(join(root, 'index.json'));
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'a folder as index.journal',
    apply: (root) => {
      rmSync(join(root, 'index.journal'), { force: true });
      mkdirSync(join(root, 'index.journal'));
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'an index.json of NUL bytes',
    apply: (root) => writeFileSync(join(root, 'index.json'), Buffer.alloc(1000)),
    reports: [],
  },
  {
    name: 'a torn last line in the index journal',
    apply: (root) =>
      writeFileSync(join(root, 'index.journal'), '{"v":1,"s":3,"put":{"summ', { flag: 'a' }),
    reports: [],
  },
  {
    name: 'an index written under other summary rules',
    apply: (root) => {
      const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
      index.rulesVersion = 0;
      for (const e of index.entries) e.summary.title = 'vanha sääntö';
      writeFileSync(join(root, 'index.json'), JSON.stringify(index));
    },
    reports: [],
  },
  ...(['quarantine', 'trash', 'backups', 'records'] as const).map((dir): Poison => ({
    name: `a file named ${dir} where the folder belongs`,
    apply: (root) => {
      rmSync(join(root, dir), { recursive: true, force: true });
      writeFileSync(join(root, dir), 'not a folder');
    },
    reports: ['entrySetAside'],
  })),
  {
    name: 'a dangling symlink as the trash folder',
    apply: (root) => {
      rmSync(join(root, 'trash'), { recursive: true, force: true });
      symlinkSync('/nonexistent/trash', join(root, 'trash'));
    },
    reports: ['entrySetAside'],
  },
  {
    name: 'temp files and orphaned restore staging everywhere',
    apply: (root) => {
      for (const dir of ['', 'procurements', 'trash', 'backups', 'quarantine']) {
        writeFileSync(join(root, dir, '.x.json.0a1b2c3d4e5f.tmp'), '{"half');
      }
      mkdirSync(join(root, 'procurements.restoring'));
      writeFileSync(join(root, 'procurements.restoring', 'half.json'), '{');
      mkdirSync(join(root, 'records.restoring'));
    },
    reports: [],
  },
  {
    name: 'a meta file of a backup that is a folder, and a trash entry that is a folder',
    apply: (root) => {
      mkdirSync(join(root, 'backups', '20270301-080000-manual.meta.json'));
      mkdirSync(join(root, 'trash', '20270301-080000-abcdef12.json'));
    },
    reports: [],
  },
];

const figures = { kinds: 0, opened: 0, problemsReported: 0 };

describe('start-up poisons: the workspace always opens and lists the good procurements', () => {
  it.each(poisons.map((p) => [p.name, p] as const))('%s', async (_name, poison) => {
    const root = makeWorkspaceDir();
    const good = [procurement('Siivous'), procurement('Koulukuljetukset')];
    const first = await openWorkspace(root);
    for (const p of good) await first.put(p);
    await first.createBackup('manual', '2027-03-01T07:00:00.000Z');
    poison.apply(root);

    const ws = await openWorkspace(root);
    const { items, problems } = await ws.list();
    figures.kinds++;
    figures.opened++;
    figures.problemsReported += problems.length;
    expect(items.map((i) => i.id).sort()).toEqual(
      expect.arrayContaining(good.map((p) => p.id).sort()),
    );
    expect(items.every((i) => i.title !== 'vanha sääntö')).toBe(true);
    for (const kind of poison.reports) expect(problems.map((p) => p.kind)).toContain(kind);
    for (const p of problems.filter(
      (x) => x.kind === 'entrySetAside' || x.kind === 'invalidFile',
    )) {
      expect(p.movedTo && present(join(root, p.movedTo))).toBeTruthy();
    }
    // Still usable: saves, deletes, backs up, and starts again without new problems.
    const extra = procurement('Uusi hankinta');
    await ws.put(extra);
    await ws.moveToTrash(good[0]!.id, '2027-03-01T08:10:00.000Z');
    await ws.createBackup('manual', '2027-03-01T08:20:00.000Z');
    const again = await openWorkspace(root);
    const after = await again.list();
    expect(after.items.map((i) => i.id)).toEqual(expect.arrayContaining([good[1]!.id, extra.id]));
    expect(after.problems.filter((p) => p.kind !== 'newerVersion')).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(namesIn(root).filter((n) => n.endsWith('.restoring'))).toEqual([]);
  });
});

afterAll(() => {
  console.log(
    `[robustness] start-up poisons: ${figures.kinds} kinds tried, workspace opened after ${figures.opened}, ${figures.problemsReported} problems reported`,
  );
});
