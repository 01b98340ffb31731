import { BrowserWindow, dialog } from 'electron';
import type { SaveDialogPort } from '../services/exports-handlers';

/**
 * The export services' dialog port, backed by Electron's native dialogs. Each dialog is
 * modal to the window the user is working in (the focused one, else the main window), so
 * it cannot slip behind the app.
 */
export function createDialogPort(mainWindow: () => BrowserWindow | null): SaveDialogPort {
  const parent = () => BrowserWindow.getFocusedWindow() ?? mainWindow();
  return {
    async chooseFile({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title, defaultPath }) {
      const options = { title, defaultPath, buttonLabel: 'Save here', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths[0] ?? null;
    },
  };
}
