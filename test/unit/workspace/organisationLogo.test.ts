import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headerLogoSize,
  inspectLogo,
  MAX_LOGO_BYTES,
} from '../../../shared/domain/workspace/organisationLogo';

const ICON = new Uint8Array(readFileSync(resolve(__dirname, '../../../build/icon.png')));

/** The smallest JPEG header with a baseline start-of-frame of `width` × `height`. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8, // SOI
    0xff,
    0xe0,
    0x00,
    0x04,
    0x00,
    0x00, // APP0, length 4
    0xff,
    0xc0,
    0x00,
    0x0b,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x01,
    0x01,
    0x11,
    0x00,
  ]);
}

describe('organisation logo', () => {
  it('reads the type and pixel size of a PNG and a JPEG from their headers', () => {
    expect(inspectLogo(ICON)).toEqual({
      ok: true,
      logo: { mediaType: 'image/png', widthPx: 512, heightPx: 512, bytes: ICON.byteLength },
    });
    const jpeg = jpegHeader(300, 120);
    expect(inspectLogo(jpeg)).toMatchObject({
      ok: true,
      logo: { mediaType: 'image/jpeg', widthPx: 300, heightPx: 120 },
    });
  });

  it('refuses other files, a file too large and a nonsense size', () => {
    expect(inspectLogo(new TextEncoder().encode('<svg></svg>'))).toEqual({
      ok: false,
      reason: 'notPngOrJpeg',
    });
    expect(inspectLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
    expect(inspectLogo(jpegHeader(0, 10))).toEqual({ ok: false, reason: 'badSize' });
    const huge = ICON.slice();
    new DataView(huge.buffer).setUint32(16, 100_000);
    expect(inspectLogo(huge)).toEqual({ ok: false, reason: 'badSize' });
  });

  it('fits the header: 32 px high, at most 200 px wide, aspect ratio kept', () => {
    expect(headerLogoSize({ widthPx: 512, heightPx: 512 })).toEqual({ width: 32, height: 32 });
    expect(headerLogoSize({ widthPx: 1000, heightPx: 100 })).toEqual({ width: 200, height: 20 });
  });
});
