import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web-host/content-security-policy';
import { isAllowedExternalUrl } from './url-policy';

// The URL rules are plain functions in url-policy.ts so Vitest can test them without Electron.
export { isAllowedExternalUrl, isAppUrl } from './url-policy';

function harden(contents: WebContents): void {
  // A single-page app never navigates; anything that tries (a dropped file, a link) is stopped.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies the window rules of CONVENTIONS.md to every web contents the app will ever create. */
export function installSecurity(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The dev server's React refresh preamble is an inline script; built files need none.
  const policy = devServerUrl
    ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:")
    : CONTENT_SECURITY_POLICY;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
