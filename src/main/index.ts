import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { SHELL_EVENTS } from '../shared/contract/events';
import { createDispatcher } from './api/dispatch';
import { startAppServices, type AppServices } from './services/app-services';
import { StoreOpenError } from './store/open-database';
import { createDialogPort } from './shell/dialogs';
import { registerIpc } from './shell/ipc';
import { installMenu } from './shell/menu';
import { createAckTracker, createQuitCoordinator } from './shell/quit-coordinator';
import { electronNativeBinding } from './shell/native-binding';
import { installSecurity, isAppUrl } from './shell/security';
import { createMainWindow } from './shell/window';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

// Unsaved edits are saved before the app quits or its window closes: each renderer is asked
// to flush its autosaver and answers on flushDone (from the app's own top frame only).
const FLUSH_TIMEOUT_MS = 4000;
const flushAcks = createAckTracker();
function askToFlush(windows: BrowserWindow[], requestId: number): number {
  const live = windows.filter((w) => !w.isDestroyed() && !w.webContents.isCrashed());
  for (const w of live) w.webContents.send(SHELL_EVENTS.flushRequest, requestId);
  return live.length;
}
const quitting = createQuitCoordinator({
  send: (requestId) => askToFlush(BrowserWindow.getAllWindows(), requestId),
  waitForAck: (requestId, windows) => flushAcks.wait(requestId, windows),
  quit: () => app.quit(),
  timeoutMs: FLUSH_TIMEOUT_MS,
  log: (message) => console.warn(message),
});

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
      // The restored database is swapped in at start-up; quit() (not exit) so edits are flushed first.
      onRestoreStaged: () => {
        app.relaunch();
        setTimeout(() => app.quit(), 200);
      },
      // The store repaired something under the running app (a WAL deleted by a sync tool): say so now.
      onNotice: (notice) => {
        const options = { type: 'warning' as const, title: notice.title, message: notice.title, detail: notice.message };
        void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
      },
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
  ipcMain.on(SHELL_EVENTS.flushDone, (event, requestId: unknown) => {
    const frame = event.senderFrame;
    if (frame && frame.parent === null && isAppUrl(frame.url, devServerUrl)) flushAcks.ack(requestId);
  });
  app.on('before-quit', (event) => quitting.beforeQuit(event));
  installMenu(() => mainWindow, services.info);
  const open = () => {
    mainWindow = createMainWindow(path.join(here, '../preload'), path.join(here, '../renderer'), devServerUrl);
    const win = mainWindow;
    // Closing the window (the last one quits on Windows/Linux) waits for its flush the same way.
    const closing = createQuitCoordinator({
      send: (requestId) => askToFlush([win], requestId),
      waitForAck: (requestId, windows) => flushAcks.wait(requestId, windows),
      quit: () => win.close(),
      timeoutMs: FLUSH_TIMEOUT_MS,
      log: (message) => console.warn(message),
    });
    win.on('close', (event) => closing.beforeQuit(event));
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
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
