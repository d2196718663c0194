import { z } from 'zod';

/** Largest logo file accepted (bytes): a header logo needs a few tens of kilobytes. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** Largest logo side in pixels. */
export const MAX_LOGO_SIDE_PX = 4_000;

/**
 * The organisation's logo as the profile records it: the image itself is a file of its own
 * in the workspace (`organisation/logo.png|jpg`), the profile keeps its type and size.
 */
export const organisationLogoSchema = z.strictObject({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  widthPx: z.number().int().min(1).max(MAX_LOGO_SIDE_PX),
  heightPx: z.number().int().min(1).max(MAX_LOGO_SIDE_PX),
  bytes: z.number().int().min(1).max(MAX_LOGO_BYTES),
});
/** See {@link organisationLogoSchema}. */
export type OrganisationLogo = z.infer<typeof organisationLogoSchema>;

/** Why a logo file was refused; text `settings.logo.refused.<reason>`. */
export type LogoRefusal = 'tooLarge' | 'notPngOrJpeg' | 'badSize';

/**
 * Reads a PNG or JPEG file's type and pixel size from its header (PNG: the IHDR chunk; JPEG:
 * the first start-of-frame marker), refusing anything else, a file over {@link MAX_LOGO_BYTES}
 * and sizes outside 1 … {@link MAX_LOGO_SIDE_PX}. Never decodes the image.
 */
export function inspectLogo(
  bytes: Uint8Array,
): { ok: true; logo: OrganisationLogo } | { ok: false; reason: LogoRefusal } {
  if (bytes.byteLength > MAX_LOGO_BYTES) return { ok: false, reason: 'tooLarge' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sized = (mediaType: OrganisationLogo['mediaType'], widthPx: number, heightPx: number) => {
    const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_LOGO_SIDE_PX;
    return ok(widthPx) && ok(heightPx)
      ? { ok: true as const, logo: { mediaType, widthPx, heightPx, bytes: bytes.byteLength } }
      : { ok: false as const, reason: 'badSize' as const };
  };
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.byteLength >= 24 && PNG.every((b, i) => bytes[i] === b)) {
    // 8-byte signature, 4-byte length, "IHDR", width, height (big-endian).
    if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
      return { ok: false, reason: 'notPngOrJpeg' };
    }
    return sized('image/png', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.byteLength >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.byteLength) {
      if (bytes[at] !== 0xff) return { ok: false, reason: 'notPngOrJpeg' };
      const marker = bytes[at + 1]!;
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2;
        continue;
      }
      const length = view.getUint16(at + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): height, then width.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return sized('image/jpeg', view.getUint16(at + 7), view.getUint16(at + 5));
      }
      if (length < 2) return { ok: false, reason: 'notPngOrJpeg' };
      at += 2 + length;
    }
  }
  return { ok: false, reason: 'notPngOrJpeg' };
}

/** The logo's height in the document header (points); the width keeps the aspect ratio. */
export const LOGO_HEADER_HEIGHT_PX = 32;
/** The widest a header logo may be (pixels at 96 dpi), so it never crowds the header text. */
export const LOGO_HEADER_MAX_WIDTH_PX = 200;

/** The logo's size in the header: 32 px high, at most 200 px wide, aspect ratio kept. */
export function headerLogoSize(logo: Pick<OrganisationLogo, 'widthPx' | 'heightPx'>): {
  width: number;
  height: number;
} {
  const scale = Math.min(
    LOGO_HEADER_HEIGHT_PX / logo.heightPx,
    LOGO_HEADER_MAX_WIDTH_PX / logo.widthPx,
  );
  return {
    width: Math.max(1, Math.round(logo.widthPx * scale)),
    height: Math.max(1, Math.round(logo.heightPx * scale)),
  };
}
