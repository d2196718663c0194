/**
 * The organisation's logo for the header of every generated document (issue 12: "the
 * organisation's logo when set in the profile"). Only PNG and JPEG: the two formats Word and
 * LibreOffice both embed without conversion. The image is checked from its own bytes (the
 * file name's extension says nothing), and its pixel size read from the header so the
 * document can scale it without decoding it.
 */

/** Largest logo file accepted: a header logo needs a few kilobytes; 1 MB leaves room. */
export const MAX_LOGO_BYTES = 1024 * 1024;
/** Pixel bounds: below 16 px it cannot be read, above 4 000 px it is a photo, not a logo. */
export const MIN_LOGO_PIXELS = 16;
export const MAX_LOGO_PIXELS = 4000;

/** The image formats a logo may have. */
export type LogoType = 'png' | 'jpg';

/** What the bytes say about a logo. */
export interface LogoInfo {
  type: LogoType;
  widthPx: number;
  heightPx: number;
}

/** Why a picked file cannot be the logo (texts `settings.logo.refused.<reason>`). */
export type LogoRefusal =
  | { reason: 'tooLarge'; kilobytes: number; limitKilobytes: number }
  | { reason: 'notAnImage' }
  | { reason: 'tooSmall'; widthPx: number; heightPx: number; minPx: number }
  | { reason: 'tooBig'; widthPx: number; heightPx: number; maxPx: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2);

/** PNG (ISO/IEC 15948): the signature, then the IHDR chunk with width and height. */
function pngSize(b: Uint8Array): { widthPx: number; heightPx: number } | null {
  if (b.length < 24 || PNG_SIGNATURE.some((v, i) => b[i] !== v)) return null;
  const ihdr = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (ihdr !== 'IHDR') return null;
  return { widthPx: u32(b, 16), heightPx: u32(b, 20) };
}

/**
 * JPEG (ITU-T T.81): SOI, then marker segments until a start-of-frame (SOF0–SOF15 except
 * DHT C4, JPG C8 and DAC CC), whose body holds the height and width.
 */
function jpegSize(b: Uint8Array): { widthPx: number; heightPx: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan before a frame
    const length = u16(b, at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (at + 9 > b.length) return null;
      return { heightPx: u16(b, at + 5), widthPx: u16(b, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Checks a picked file's bytes as a logo: format, file size and pixel size. */
export function inspectLogo(
  bytes: Uint8Array,
  size = bytes.length,
): { ok: true; logo: LogoInfo } | { ok: false; refusal: LogoRefusal } {
  if (size > MAX_LOGO_BYTES)
    return {
      ok: false,
      refusal: {
        reason: 'tooLarge',
        kilobytes: Math.ceil(size / 1024),
        limitKilobytes: MAX_LOGO_BYTES / 1024,
      },
    };
  const png = pngSize(bytes);
  const jpg = png ? null : jpegSize(bytes);
  const found = png
    ? { type: 'png' as const, ...png }
    : jpg
      ? { type: 'jpg' as const, ...jpg }
      : null;
  if (!found || found.widthPx === 0 || found.heightPx === 0)
    return { ok: false, refusal: { reason: 'notAnImage' } };
  const { widthPx, heightPx } = found;
  if (widthPx < MIN_LOGO_PIXELS || heightPx < MIN_LOGO_PIXELS)
    return {
      ok: false,
      refusal: { reason: 'tooSmall', widthPx, heightPx, minPx: MIN_LOGO_PIXELS },
    };
  if (widthPx > MAX_LOGO_PIXELS || heightPx > MAX_LOGO_PIXELS)
    return { ok: false, refusal: { reason: 'tooBig', widthPx, heightPx, maxPx: MAX_LOGO_PIXELS } };
  return { ok: true, logo: found };
}

/**
 * The logo's size in a document header: at most 1.5 cm high and 6 cm wide (in pixels at
 * 96 dpi, as the docx library takes them), aspect ratio kept, never enlarged.
 */
export function logoHeaderSize(logo: Pick<LogoInfo, 'widthPx' | 'heightPx'>): {
  width: number;
  height: number;
} {
  const maxHeight = Math.round((1.5 / 2.54) * 96);
  const maxWidth = Math.round((6 / 2.54) * 96);
  const scale = Math.min(1, maxHeight / logo.heightPx, maxWidth / logo.widthPx);
  return {
    width: Math.max(1, Math.round(logo.widthPx * scale)),
    height: Math.max(1, Math.round(logo.heightPx * scale)),
  };
}
