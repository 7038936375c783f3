import { app, shell } from 'electron';
import type { Event, Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * Origins whose links may open in the user's browser. Empty on purpose: the app is offline-first and has no
 * reason to send users anywhere yet; adding an origin here is a reviewed decision, not a side effect.
 */
export const EXTERNAL_ORIGIN_ALLOWLIST: readonly string[] = [];

export function isExternalAllowed(
  raw: string,
  allowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && allowlist.includes(url.origin);
}

/** Subframes may briefly sit on about:blank/about:srcdoc; anything else must be our own origin. */
const isAllowedFrameUrl = (raw: string): boolean =>
  isAppUrl(raw) || raw === 'about:blank' || raw === 'about:srcdoc';

/** Deny every permission (camera, geolocation, notifications, clipboard-read …): the app needs none. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // The check handler answers synchronous queries (navigator.permissions, some APIs skip the request step).
  ses.setPermissionCheckHandler(() => false);
  // WebHID/WebUSB/WebSerial device access.
  ses.setDevicePermissionHandler(() => false);
}

const hardened = new WeakSet<WebContents>();

/**
 * Navigation, popup and <webview> guards for one WebContents. Idempotent, because the main window's contents
 * arrive both from createMainWindow and from app 'web-contents-created'.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);

  const keepInApp = (event: Event<{ url: string }>): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameUrl(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    // No in-app popups ever; an allowlisted web link goes to the system browser instead.
    if (isExternalAllowed(url)) shell.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK -- reviewed: origin allowlist (empty)
    return { action: 'deny' };
  });

  // <webview> is disabled by webviewTag: false; refusing the attach is the second lock on that door.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  hardenSession(contents.session);
}

/** Applies the guards to every WebContents the app ever creates (devtools, future windows, guests). */
export function installWebContentsHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
