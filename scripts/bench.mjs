// Runs every bench/*.bench.ts in turn (each prints its own figures, each against the goal of
// issue 18, with the load average beside it). Speed goals live here, never in timed unit tests.
// `npm run bench [name]` runs the benches whose file name contains `name`.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const files = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`Node ${process.version}, ${cpus().length} CPUs, load average (1, 5, 15 min) ${load()}`);
// The canvas and renderer benches measure the built renderer, the CLI bench the bundle: build
// both from the current sources so no bench measures yesterday's build.
if (files.some((f) => f.startsWith('canvas') || f.startsWith('renderer') || f.startsWith('cli')) && !process.env.HEADROOM_BENCH_NO_BUILD) {
  console.log('Building the renderer and the CLI bundle (npm run build)…');
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(1);
}
const failed = [];
for (const file of files) {
  console.log(`\n=== ${file}   [load ${load()}]`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed.push(file);
}
console.log(`\nload average at the end: ${load()}${failed.length ? `; failed (output check or error): ${failed.join(', ')}` : ''}`);
process.exit(failed.length === 0 ? 0 : 1);
