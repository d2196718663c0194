import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, CHANNELS } from '../../shared/api/channels';
import { createElectronStandIn, loadBundleWithStandIn } from './electronStandIn';

// Loads the *built* sandboxed preload in Node with a recording stand-in for `electron`
// (the Electron binary cannot be downloaded here) and checks what it exposes to the page.

const preloadBundle = resolve(__dirname, '../../out/preload/index.js');

describe('built preload bundle', () => {
  const { electron, recording } = createElectronStandIn(mkdtempSync(join(tmpdir(), 'hp-preload-')));

  it('loads and requires nothing but electron (sandbox-compatible)', () => {
    expect(existsSync(preloadBundle), 'run `npm run build` first').toBe(true);
    loadBundleWithStandIn(preloadBundle, electron, recording);
    expect(recording.requiredModules.filter((m) => m !== preloadBundle)).toEqual(['electron']);
  });

  it('exposes exactly the contract API under one global', () => {
    expect([...recording.exposedInMainWorld.keys()]).toEqual([BRIDGE_GLOBAL]);
    const api = recording.exposedInMainWorld.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to its own channel with the payload unchanged', async () => {
    const api = recording.exposedInMainWorld.get(BRIDGE_GLOBAL) as Record<
      string,
      (payload: unknown) => Promise<unknown>
    >;
    await api['procurement:get']!({ id: 'x' });
    await api['settings:setLanguage']!({ language: 'sv' });
    expect(recording.invoked).toEqual([
      { channel: 'procurement:get', payload: { id: 'x' } },
      { channel: 'settings:setLanguage', payload: { language: 'sv' } },
    ]);
  });
});
