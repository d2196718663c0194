import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// The packaging config (build/electron-builder.yml, used by `npm run dist`) checked without
// packaging: electron-builder's own JSON schema, the security settings, and every file it
// refers to. `npm test` builds first, so out/ exists.

const root = resolve(__dirname, '../..');
const configPath = join(root, 'build/electron-builder.yml');

// Read the YAML with the parser electron-builder itself uses for it (app-builder-lib's
// js-yaml), and the schema from the same app-builder-lib.
const requireCjs = createRequire(__filename);
const appBuilderLibPackage = createRequire(
  requireCjs.resolve('electron-builder/package.json'),
).resolve('app-builder-lib/package.json');
const appBuilderLib = dirname(appBuilderLibPackage);
const yaml = createRequire(appBuilderLibPackage)('js-yaml') as { load: (text: string) => unknown };
const schema = JSON.parse(readFileSync(join(appBuilderLib, 'scheme.json'), 'utf8')) as object;

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: unknown;
  asar?: unknown;
  asarUnpack?: unknown;
  disableAsarIntegrity?: boolean;
  publish?: unknown;
  electronFuses?: Record<string, boolean>;
  win?: { target?: unknown; icon?: string };
  nsis?: Record<string, unknown>;
  portable?: Record<string, unknown>;
  linux?: { target?: unknown; category?: string; maintainer?: string };
  deb?: { maintainer?: string };
  mac?: { target?: unknown; category?: string };
}

interface PackageJson {
  main?: string;
  description?: string;
  homepage?: string;
  author?: string | { name?: string; email?: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const raw: unknown = yaml.load(readFileSync(configPath, 'utf8'));
const config = raw as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

function validator() {
  // electron-builder's schema is draft-07 with union types and a few non-standard keywords.
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
  return ajv.compile(schema);
}

/** Config keys whose values are paths of files electron-builder reads. */
const PATH_KEYS = new Set([
  'icon',
  'installerIcon',
  'uninstallerIcon',
  'installerHeader',
  'installerHeaderIcon',
  'installerSidebar',
  'uninstallerSidebar',
  'license',
  'include',
  'script',
  'background',
  'entitlements',
  'entitlementsInherit',
  'provisioningProfile',
  'appArmorProfile',
  'afterPack',
  'afterSign',
  'beforeBuild',
]);

/** Every [key path, value] pair in the config, depth first. */
function entries(value: unknown, path: string[] = []): [string[], unknown][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]): [string[], unknown][] => [
    [[...path, key], child],
    ...entries(child, [...path, key]),
  ]);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('build/electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const validate = validator();
    expect(validate(raw), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would be rejected by the schema with a misspelt option (the validation is real)', () => {
    const validate = validator();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } };
    expect(validate(misspelt)).toBe(false);
    expect(validate({ ...config, asarr: true })).toBe(false);
  });

  it('is the config `npm run dist` uses', () => {
    expect(pkg.scripts?.['dist']).toContain('electron-builder --config build/electron-builder.yml');
  });

  it('names the app and writes to dist/', () => {
    expect(config.appId).toBe('fi.hankintapolku.app');
    expect(config.productName).toBe('Hankintapolku');
    expect(config.directories?.output).toBe('dist');
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app into an asar with integrity', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
    expect(config.disableAsarIntegrity).not.toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json']);
    // No platform-level file lists or extra resources that could add sources to the package.
    const fileKeys = entries(config)
      .map(([path]) => path)
      .filter((path) => ['files', 'extraFiles', 'extraResources'].includes(path.at(-1) ?? ''))
      .map((path) => path.join('.'));
    expect(fileKeys).toEqual(['files']);
    expect(config.publish).toBeNull();
  });

  it('installs per user on Windows, without administrator rights', () => {
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
    });
    expect(config.nsis?.['selectPerMachineByDefault']).not.toBe(true);
    expect(config.portable?.['requestExecutionLevel'] ?? 'user').toBe('user');
  });

  it('builds AppImage and deb for Linux and a dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('refers only to files that exist', () => {
    const paths = entries(config)
      .filter(([path, value]) => PATH_KEYS.has(path.at(-1) ?? '') && typeof value === 'string')
      .map(([, value]) => value as string);
    expect(paths).toContain('build/icon.png');
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
    const buildResources = config.directories?.buildResources ?? 'build';
    expect(statSync(join(root, buildResources)).isDirectory()).toBe(true);
  });

  it('has a 512 × 512 PNG app icon', () => {
    expect(pngSize(join(root, 'build/icon.png'))).toEqual({ width: 512, height: 512 });
  });

  it('packs the built files, and package.json "main" is one of them', () => {
    for (const pattern of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'])
      expect(existsSync(join(root, pattern)), `${pattern}; run \`npm run build\` first`).toBe(true);
    expect(pkg.main).toBe('out/main/index.js');
    expect(existsSync(join(root, pkg.main ?? ''))).toBe(true);
    expect(pkg.main?.startsWith('out/')).toBe(true);
  });

  it('has the package.json metadata electron-builder needs (deb maintainer and homepage)', () => {
    expect(pkg.description?.trim()).toBeTruthy();
    const authorEmail = typeof pkg.author === 'object' ? pkg.author.email : undefined;
    expect(config.deb?.maintainer ?? config.linux?.maintainer ?? authorEmail).toBeTruthy();
    expect(pkg.homepage).toBeTruthy();
    // electron-builder refuses to package when these are production dependencies.
    for (const name of ['electron', 'electron-builder']) {
      expect(pkg.dependencies?.[name], name).toBeUndefined();
      expect(pkg.devDependencies?.[name], name).toBeDefined();
    }
  });
});
