import path from 'node:path';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

/** package.json's `name`, which Electron's app.getName() uses when there is no productName. */
export const APP_NAME = 'headroom';

/**
 * The folder Electron's `app.getPath('userData')` gives the desktop app, computed without
 * Electron, so `npm run web` and `npm start` in a browser keep their data where the desktop
 * app does: appData (per platform, as Electron resolves it) joined with the app's name.
 */
export function userDataDir(facts: PlatformFacts, appName: string = APP_NAME): string {
  const { platform, env, homedir } = facts;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, appName);
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', appName);
  // Linux and the BSDs: XDG_CONFIG_HOME when it is an absolute path, else ~/.config.
  const xdg = env.XDG_CONFIG_HOME;
  const config = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.config');
  return path.posix.join(config, appName);
}
