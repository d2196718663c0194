import { describe, expect, it } from 'vitest';
import {
  inspectLogo,
  logoHeaderSize,
  MAX_LOGO_BYTES,
} from '../../../shared/domain/workspace/organisationLogo';
import { jpegHeader, makePng } from '../../support/images';

describe('organisation logo (issue 12: the logo in every document header)', () => {
  it('reads a PNG and a JPEG with their pixel size from the bytes', () => {
    expect(inspectLogo(makePng(240, 80))).toEqual({
      ok: true,
      logo: { type: 'png', widthPx: 240, heightPx: 80 },
    });
    expect(inspectLogo(jpegHeader(600, 200))).toEqual({
      ok: true,
      logo: { type: 'jpg', widthPx: 600, heightPx: 200 },
    });
  });

  it('refuses what is not a PNG or JPEG, whatever the file is called', () => {
    const gif = new TextEncoder().encode('GIF89a\x10\x00\x10\x00');
    expect(inspectLogo(gif)).toEqual({ ok: false, refusal: { reason: 'notAnImage' } });
    expect(inspectLogo(new Uint8Array(0))).toMatchObject({ refusal: { reason: 'notAnImage' } });
    // A JPEG cut before its frame header, and a PNG with its IHDR chunk renamed.
    expect(inspectLogo(jpegHeader(600, 200).subarray(0, 22))).toMatchObject({
      refusal: { reason: 'notAnImage' },
    });
    const renamed = makePng(32, 32);
    renamed[12] = 0x58;
    expect(inspectLogo(renamed)).toMatchObject({ refusal: { reason: 'notAnImage' } });
  });

  it('refuses a file over 1 MB before reading it, and pictures too small or too big', () => {
    expect(inspectLogo(new Uint8Array(0), MAX_LOGO_BYTES + 1)).toEqual({
      ok: false,
      refusal: { reason: 'tooLarge', kilobytes: 1025, limitKilobytes: 1024 },
    });
    expect(inspectLogo(makePng(8, 40))).toMatchObject({ refusal: { reason: 'tooSmall' } });
    expect(inspectLogo(jpegHeader(5000, 300))).toMatchObject({
      refusal: { reason: 'tooBig', maxPx: 4000 },
    });
  });

  it('fits the header: at most 1.5 cm high and 6 cm wide, ratio kept, never enlarged', () => {
    // 1.5 cm at 96 dpi = 57 px; 6 cm = 227 px.
    expect(logoHeaderSize({ widthPx: 600, heightPx: 200 })).toEqual({ width: 171, height: 57 });
    expect(logoHeaderSize({ widthPx: 1000, heightPx: 100 })).toEqual({ width: 227, height: 23 });
    expect(logoHeaderSize({ widthPx: 40, heightPx: 20 })).toEqual({ width: 40, height: 20 });
  });
});
