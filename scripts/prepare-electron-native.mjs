// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, beside the
// Node-ABI build in node_modules that the tests and the CLI use. The app passes this file
// to better-sqlite3 as `nativeBinding`, so neither build overwrites the other.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  require('electron');
} catch (error) {
  console.error(`Electron's binary is not installed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  console.error('Install it with `node node_modules/electron/install.js` (needs internet), or re-run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD.');
  process.exit(1);
}

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const target = path.join(root, '.native', `electron-${electronVersion}`);
const binding = path.join(target, 'better_sqlite3.node');
if (existsSync(binding)) process.exit(0);

console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
const work = path.join(root, '.native', 'build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(path.dirname(work), { recursive: true });
cpSync(path.join(root, 'node_modules/better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });

const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const arch = process.arch;
// A prebuilt binary for this Electron if one is published, else a local compile against Electron's headers.
let ok = spawnSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', arch], { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
if (!ok) {
  ok = spawnSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
}
const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
if (!ok || !existsSync(built)) {
  console.error('Could not build better-sqlite3 for Electron. See README → Troubleshooting.');
  process.exit(1);
}
mkdirSync(target, { recursive: true });
copyFileSync(built, binding);
rmSync(path.join(root, '.native', 'build'), { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion}: ${binding}`);
