// `npm start`: the desktop app where Electron's binary is installed; otherwise (an offline
// install, a network that blocks the download) the same app in the system browser over the
// loopback web host, after one line saying why and how to get the desktop shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPresent } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const shell = process.platform === 'win32';

function run(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', shell }).status === 0;
}

/** Replaces this process with `command` as far as a person can tell: same terminal, same exit code, Ctrl+C reaches it. */
function handOver(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The built renderer is missing or older than its sources (renderer, shared, the html). */
function rendererStale() {
  const built = path.join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(path.join(root, 'src', 'renderer')), newestMtime(path.join(root, 'src', 'shared')));
  return sources > statSync(built).mtimeMs;
}

function inBrowser(why) {
  console.log(`headroom: opening in your browser, not the desktop app: ${why}`);
  if (rendererStale()) {
    console.log('headroom: building the app (about a minute the first time)…');
    if (!run(bin('electron-vite'), ['build', '--logLevel', 'warn'])) {
      console.error('headroom: the build failed (see above); nothing was started.');
      process.exit(1);
    }
  }
  handOver(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main', 'web-host', 'serve.ts'), '--open', ...process.argv.slice(2)]);
}

const getIt = 'for the desktop app run `node node_modules/electron/install.js` (needs internet), then `npm start` again';
if (!electronBinaryPresent(root)) {
  inBrowser(`Electron's binary is not installed (its download failed or was skipped); ${getIt}.`);
} else if (!run(process.execPath, [path.join(root, 'scripts', 'prepare-electron-native.mjs')])) {
  inBrowser('better-sqlite3 could not be built for Electron (see above; README → Troubleshooting); fix that, then `npm start` again.');
} else {
  handOver(bin('electron-vite'), ['preview']);
}
