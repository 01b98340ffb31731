// Whether Electron's binary is on disk, asked the way node_modules/electron/index.js finds
// it, without requiring that module (it throws when the binary is missing).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron executable's path, or null when it was never downloaded. */
export function electronBinaryPath(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const file = path.join(base, relative || 'electron');
  return existsSync(file) ? file : null;
}

export function electronBinaryPresent(root) {
  return electronBinaryPath(root) !== null;
}
