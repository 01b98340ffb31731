// The project's own postinstall: fetches Electron's binary, which package.json's
// allowScripts keeps Electron's own postinstall from doing. A download that cannot happen
// (offline, a locked-down network) must not fail `npm install`: Electron's script would
// print a stack trace and make npm roll the whole install back. Here it is one plain line,
// and `npm start` opens Headroom in the browser instead (scripts/start.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPresent } from './electron-binary.mjs';
import { linkBin } from './link-bin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const installer = path.join(root, 'node_modules', 'electron', 'install.js');
const timeoutSeconds = Number(process.env.HEADROOM_ELECTRON_DOWNLOAD_TIMEOUT ?? 300);
const later = 'run `node node_modules/electron/install.js` when online for the desktop app';

function say(line) {
  console.log(`headroom: ${line}`);
}

/** The CLI's prebuilt bundle (scripts/build-cli.mjs), so `npx headroom` starts without compiling; bin/headroom.mjs falls back to tsx without it. */
async function buildCliBundle() {
  if (!existsSync(path.join(root, 'node_modules', 'esbuild'))) return; // production install: no build tools
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli(root);
  } catch (error) {
    say(`the CLI bundle was not built (${String(error?.message ?? error).split('\n')[0]}); \`npx headroom\` compiles the sources on its first run instead.`);
  }
}

await buildCliBundle();
try {
  linkBin(root);
} catch (error) {
  say(`node_modules/.bin/headroom was not linked (${String(error?.message ?? error).split('\n')[0]}); run the CLI as \`node bin/headroom.mjs\`.`);
}
if (!existsSync(installer)) process.exit(0); // production install without devDependencies
if (electronBinaryPresent(root)) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  say(`Electron's binary was not fetched (ELECTRON_SKIP_BINARY_DOWNLOAD is set); \`npm start\` opens Headroom in your browser instead; ${later}.`);
  process.exit(0);
}

say(`fetching Electron's binary (about 100 MB, at most ${timeoutSeconds} s)…`);
const child = spawn(process.execPath, [installer], { cwd: path.dirname(installer), stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const timer = setTimeout(() => {
  output = `no answer within ${timeoutSeconds} s\n${output}`;
  child.kill('SIGKILL');
}, timeoutSeconds * 1000);
child.on('error', (error) => finish(`could not run it: ${error.message}`));
child.on('close', (code) => finish(code === 0 && electronBinaryPresent(root) ? null : firstLine(output) || `its installer exited with code ${code}`));

function firstLine(text) {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}

let finished = false;
function finish(problem) {
  if (finished) return;
  finished = true;
  clearTimeout(timer);
  if (problem === null) say("Electron's binary is installed; `npm start` opens the desktop app.");
  else say(`Electron's binary could not be downloaded (${problem}); install finished without it: \`npm start\` opens Headroom in your browser instead; ${later}.`);
  // Never fail the install over it: the tests, the CLI and the browser app need no Electron binary.
  process.exit(0);
}
