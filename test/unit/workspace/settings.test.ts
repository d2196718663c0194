import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_EXPORTS,
  defaultSettings,
  readSettings,
  withRecentExport,
  type RecentExport,
} from '../../../shared/domain/workspace/settings';

const goodWindow = { width: 1600, height: 1000, x: 40, y: 20, maximized: true };
const goodOrganisation = {
  ...defaultSettings.organisation,
  name: 'Esimerkkilän kaupunki',
  businessId: '0135457-2',
  city: 'Esimerkkilä',
  postalCode: '00100',
  contactEmail: 'hankinnat@esimerkkila.fi',
};
const recent = (n: number): RecentExport => ({
  path: `/home/liisa/Hankinnat/hankinta-${n}.hankinta.json`,
  kind: 'procurement',
  at: `2027-03-${String(n).padStart(2, '0')}T08:00:00.000Z`,
});

describe('reading stored settings', () => {
  it('starts from the defaults when nothing is stored', () => {
    for (const raw of [undefined, null, {}, 'text', 42]) {
      expect(readSettings(raw), String(raw)).toEqual({
        settings: defaultSettings,
        resetFields: [],
      });
    }
  });

  it('keeps every valid stored field', () => {
    const raw = {
      language: 'sv',
      window: goodWindow,
      organisation: goodOrganisation,
      recentExports: [recent(2), recent(1)],
    };
    const { settings, resetFields } = readSettings(raw);
    expect(resetFields).toEqual([]);
    expect(settings.language).toBe('sv');
    expect(settings.window).toEqual(goodWindow);
    expect(settings.organisation).toMatchObject({
      name: 'Esimerkkilän kaupunki',
      city: 'Esimerkkilä',
    });
    expect(settings.recentExports).toEqual([recent(2), recent(1)]);
  });

  it('resets a bad field to its default and reports it by name, keeping the good fields', () => {
    const { settings, resetFields } = readSettings({
      language: 'de',
      window: goodWindow,
      organisation: goodOrganisation,
      recentExports: [recent(1)],
    });
    expect(resetFields).toEqual(['language']);
    expect(settings.language).toBe(defaultSettings.language);
    expect(settings.window).toEqual(goodWindow);
    expect(settings.organisation.name).toBe('Esimerkkilän kaupunki');
    expect(settings.recentExports).toEqual([recent(1)]);
  });

  it('resets a window too small to see and reports it', () => {
    const { settings, resetFields } = readSettings({ language: 'en', window: { width: 10 } });
    expect(resetFields).toEqual(['window']);
    expect(settings.window).toEqual(defaultSettings.window);
    expect(settings.language).toBe('en');
  });

  it('resets only an invalid Business ID in the stored organisation, keeping its other details', () => {
    const { settings, resetFields } = readSettings({
      organisation: { ...goodOrganisation, businessId: '0135457-3' },
    });
    expect(resetFields).toEqual(['organisation.businessId']);
    expect(settings.organisation.businessId).toBe('');
    expect(settings.organisation).toMatchObject({
      name: 'Esimerkkilän kaupunki',
      postalCode: '00100',
    });
  });

  it('resets a recent-exports list longer than the limit', () => {
    const tooMany = Array.from({ length: MAX_RECENT_EXPORTS + 1 }, (_, i) => recent(i + 1));
    const { settings, resetFields } = readSettings({ recentExports: tooMany });
    expect(resetFields).toEqual(['recentExports']);
    expect(settings.recentExports).toEqual([]);
  });

  it('reports several bad fields together', () => {
    const { resetFields } = readSettings({ language: 7, window: 'big', recentExports: {} });
    expect(resetFields).toEqual(['language', 'window', 'recentExports']);
  });
});

describe('recent exports', () => {
  it('puts the newest export first', () => {
    expect(withRecentExport([recent(1)], recent(2))).toEqual([recent(2), recent(1)]);
  });

  it('lists a file exported again only once, at the front with its new time', () => {
    const again = { ...recent(1), at: '2027-04-01T10:00:00.000Z' };
    expect(withRecentExport([recent(3), recent(2), recent(1)], again)).toEqual([
      again,
      recent(3),
      recent(2),
    ]);
  });

  it('remembers at most 10, dropping the oldest', () => {
    const full = Array.from({ length: 10 }, (_, i) => recent(10 - i)); // 10 … 1, newest first
    const next = withRecentExport(full, recent(11));
    expect(MAX_RECENT_EXPORTS).toBe(10);
    expect(next).toHaveLength(10);
    expect(next[0]).toEqual(recent(11));
    expect(next.map((e) => e.path)).not.toContain(recent(1).path);
  });
});
