import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { AppInfo } from '../../shared/api';
import { SHELL_EVENTS } from '../../shared/contract/events';

export function installMenu(getWindow: () => BrowserWindow | null, info: AppInfo): void {
  const about = () => {
    const win = getWindow();
    const options = {
      type: 'info' as const,
      title: 'About Headroom',
      message: `Headroom ${info.version}`,
      detail: `Your plans are stored in:\n${info.dataFile}\n\nBackups are kept in:\n${info.backupsDir}`,
      buttons: ['OK', 'Show data folder'],
    };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).then(({ response }) => {
      if (response === 1) shell.showItemInFolder(info.dataFile);
    });
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Show data folder', click: () => shell.showItemInFolder(info.dataFile) },
        // The renderer's Backups dialog lists them with dates and sizes and confirms before restoring.
        { label: 'Restore from backup…', click: () => getWindow()?.webContents.send(SHELL_EVENTS.openBackups) },
        { type: 'separator' }, { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }])] },
    { role: 'help', submenu: [{ label: 'About Headroom', click: about }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
