import path from 'node:path';
import { BrowserWindow } from 'electron';

export function createMainWindow(preloadDir: string, rendererDir: string, devServerUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Headroom',
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise ask for a new window; the open handler denies it too, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(path.join(rendererDir, 'index.html'));
  return win;
}
