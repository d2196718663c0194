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

/** True when `url` is an https URL to one of {@link ALLOWED_EXTERNAL_HOSTS}, without credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_EXTERNAL_HOSTS.includes(parsed.hostname)
  );
}
