// No electron import: these rules are unit-tested under plain Node (url-policy.test.ts).

/** Links the app may hand to the system browser: https only, never file:, javascript: or custom schemes. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Where the app's own pages come from: the built files, or the dev server while developing. */
export function isAppUrl(raw: string, devServerUrl: string | undefined): boolean {
  try {
    const url = new URL(raw);
    if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
    return url.protocol === 'file:';
  } catch {
    return false;
  }
}
