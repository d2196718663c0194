/**
 * External links the app may open in the user's browser: https only, and only to the public
 * sources the app cites (legislation, EU law, procurement guidance, the notice service).
 * Anything else is refused, so a crafted link in imported data cannot open an arbitrary site.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [
  'finlex.fi',
  'www.finlex.fi',
  'eur-lex.europa.eu',
  'www.hankinnat.fi',
  'hankinnat.fi',
  'www.hilma.fi',
  'hilma.fi',
  'www.suomi.fi',
  'ted.europa.eu',
  'simap.ted.europa.eu',
];

/** Longest link accepted (characters); the cited sources' links are far shorter. */
export const MAX_EXTERNAL_URL_LENGTH = 2_000;

/**
 * The link to hand to the operating system, or null when it is not allowed: an https URL to
 * one of {@link ALLOWED_EXTERNAL_HOSTS}, without credentials or port. What is returned is the
 * parsed URL's `href` (normalised: host lower-cased, spaces and control characters
 * percent-encoded or removed), never the raw text, so the OS opens exactly what was checked.
 */
export function normalizedExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const allowed =
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_EXTERNAL_HOSTS.includes(parsed.hostname);
  return allowed ? parsed.href : null;
}

/** True when `url` is an https URL to one of {@link ALLOWED_EXTERNAL_HOSTS}, without credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  return normalizedExternalUrl(url) !== null;
}
