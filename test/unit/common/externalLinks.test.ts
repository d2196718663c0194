import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  normalizedExternalUrl,
} from '../../../shared/domain/common/externalLinks';

describe('external links', () => {
  it('opens https links to the cited public sources', () => {
    for (const url of [
      'https://www.finlex.fi/fi/laki/ajantasa/2016/20161397',
      'https://finlex.fi/fi/laki/alkup/2016/20161397#Pidm45',
      'https://eur-lex.europa.eu/legal-content/FI/TXT/?uri=CELEX:32014L0024',
      'https://www.hankinnat.fi/',
      'https://www.hilma.fi/',
      'https://ted.europa.eu/fi/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses plain http, other schemes and unparsable text', () => {
    for (const url of [
      'http://www.finlex.fi/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ftp://finlex.fi/',
      'www.finlex.fi',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses look-alike hosts and hosts not on the list', () => {
    for (const url of [
      'https://finlex.fi.example.com/',
      'https://evilfinlex.fi/',
      'https://example.com/?u=https://www.finlex.fi/',
      'https://google.com/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses links with credentials or a port that could point elsewhere', () => {
    expect(isAllowedExternalUrl('https://user:pw@www.finlex.fi/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.finlex.fi@example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.finlex.fi:8443/')).toBe(false);
  });
});

describe('the link handed to the operating system', () => {
  it('is the parsed URL’s href, not the raw text', () => {
    expect(normalizedExternalUrl('https://WWW.Finlex.FI/fi/laki/a b')).toBe(
      'https://www.finlex.fi/fi/laki/a%20b',
    );
    expect(normalizedExternalUrl('  https://www.hilma.fi/\t')).toBe('https://www.hilma.fi/');
    expect(normalizedExternalUrl('https://www.finlex.fi/\u0000calc')).not.toContain('\u0000');
  });

  it('is null for a link that is not allowed, or absurdly long', () => {
    expect(normalizedExternalUrl('https://evil.example/')).toBeNull();
    expect(normalizedExternalUrl('https://finlex.fi@evil.example/')).toBeNull();
    expect(normalizedExternalUrl(`https://www.finlex.fi/${'a'.repeat(3000)}`)).toBeNull();
  });
});
