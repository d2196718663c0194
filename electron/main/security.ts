import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { normalizedExternalUrl } from '../../shared/domain/common/externalLinks';

/** The app's own origin: the renderer is served from this custom protocol, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hankintapolku';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content Security Policy of the renderer: only the app's own scripts, fonts and images;
 * inline styles are needed by styled-components (the Suomi.fi design system); no remote
 * anything, no plugins, no frames, no forms posting elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The same policy for the page's meta tag; `frame-ancestors` only works as a header, and a
 * meta tag carrying it makes Chromium log a warning.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** The renderer's origins we trust: the app protocol, and the dev server while developing. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  return devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** True when `url` belongs to one of the trusted origins. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** An IPC call is accepted only from the top frame of our own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isTrustedUrl(frame.url, origins);
}

/** Denies every permission (camera, notifications, geolocation, …) the renderer may ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks down a web contents: no navigation away from the app, no new windows, no webviews.
 * An https link the app allows (legislation and guidance sites) opens in the user's browser.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: readonly string[],
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, origins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const href = normalizedExternalUrl(url);
    if (href !== null) openExternal(href);
    return { action: 'deny' };
  });
}
