// Links node_modules/.bin/headroom → bin/headroom.mjs, so `npx headroom …` in a checkout runs
// the CLI straight away. package.json has no `bin` on purpose: when the project's own
// package.json names a bin, npm exec (npm 11) treats the checkout as a package to install
// into its npx cache, loads the whole node_modules tree with Arborist and links it there
// first: 1–5 s before every call. With no `bin`, npm exec finds node_modules/.bin/headroom
// and runs it, paying only its own start. npm never links a root package's own bins, so
// the postinstall (and `npm run build`) make the link.
import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Makes (or repairs) the link; returns what it did. Windows gets npm's usual .cmd shim instead of a symlink. */
export function linkBin(root = defaultRoot) {
  const binDir = path.join(root, 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  const target = path.join('..', '..', 'bin', 'headroom.mjs');
  if (process.platform === 'win32') {
    writeFileSync(path.join(binDir, 'headroom.cmd'), `@node "%~dp0\\${target}" %*\r\n`);
    return 'shim';
  }
  const link = path.join(binDir, 'headroom');
  const stat = lstatSync(link, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink() && readlinkSync(link) === target) return 'present';
  if (stat) rmSync(link, { force: true });
  symlinkSync(target, link);
  return 'linked';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) linkBin();
