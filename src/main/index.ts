import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { createDispatcher } from './api/dispatch';
import { startAppServices, type AppServices } from './services/app-services';
import { StoreOpenError } from './store/open-database';
import { createDialogPort } from './shell/dialogs';
import { registerIpc } from './shell/ipc';
import { installMenu } from './shell/menu';
import { electronNativeBinding } from './shell/native-binding';
import { installSecurity, isAppUrl } from './shell/security';
import { createMainWindow } from './shell/window';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

// A second copy would open the same database: hand over to the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  installSecurity(devServerUrl);
  const appPath = app.getAppPath();
  try {
    const nativeBinding = electronNativeBinding(appPath);
    services = startAppServices({
      dataDir: app.getPath('userData'),
      samplesDir: path.join(appPath, 'resources', 'samples'),
      version: app.getVersion(),
      transport: 'electron',
      dialogs: createDialogPort(() => mainWindow),
      defaultExportFolder: () => app.getPath('documents'),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /NODE_MODULE_VERSION/.test(message)
      ? '\n\nbetter-sqlite3 is built for Node, not Electron. Run `npm start` (it prepares the Electron build), see README → Troubleshooting.'
      : '';
    dialog.showErrorBox(error instanceof StoreOpenError ? 'Headroom cannot open its data' : 'Headroom could not start', message + hint);
    app.exit(1);
    return;
  }
  const dispatch = createDispatcher(services.api, (m, e) => console.error(m, e));
  registerIpc(ipcMain, dispatch, (url) => isAppUrl(url, devServerUrl));
  installMenu(() => mainWindow, services.info);
  const open = () => {
    mainWindow = createMainWindow(path.join(here, '../preload'), path.join(here, '../renderer'), devServerUrl);
    mainWindow.on('closed', () => (mainWindow = null));
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => services?.close());
