import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI, built beside the Node-ABI copy that tests use
 * (scripts/prepare-electron-native.mjs). Returns undefined when absent, so the default
 * binding is tried and its NODE_MODULE_VERSION error says what to run.
 */
export function electronNativeBinding(appPath: string): string | undefined {
  const file = path.join(appPath, '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
