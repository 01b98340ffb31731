// CLI startup: `headroom project <sample>` through the prebuilt bundle (bin/headroom.mjs),
// through `npx headroom`, and compiled from the sources by tsx (the anchor: what every call
// cost before the bundle). Goal (issue 18): `npx headroom project <sample>` < 0.4 s. Wall
// time is printed with the CPU time of the child (user + sys), which the load moves less.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, figure, goal, median } from './bench-report';

const root = path.resolve(import.meta.dirname, '..');
const sample = path.join('resources', 'samples', 'global-conference.headroom.json');
const RUNS = 9;
const TICKS = 100; // Linux USER_HZ

/** cutime + cstime of this process (its reaped children), ms. */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const walls: number[] = [];
  const cpus: number[] = [];
  let stdout = '';
  for (let i = 0; i < RUNS + 1; i++) {
    const cpu0 = childCpuMs();
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
    const wall = performance.now() - t0;
    const cpu = childCpuMs() - cpu0;
    check(r.status === 0, `${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    stdout = r.stdout;
    if (i === 0) continue; // the first call may build the bundle or fill caches
    walls.push(wall);
    cpus.push(cpu);
  }
  return { wall: median(walls), cpu: median(cpus), stdout };
}

const args = ['project', sample];
const source = timed(process.execPath, ['bin/headroom.mjs', ...args], { ...process.env, HEADROOM_CLI_FROM_SOURCE: '1' });
const bin = timed(process.execPath, ['bin/headroom.mjs', ...args]);
const npx = timed(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['headroom', ...args]);
const nodeAlone = timed(process.execPath, ['-e', '0']);
const npxAlone = timed(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--version']);
// npm exec running the smallest bin in node_modules/.bin (semver's): npm's own floor for any `npx x`.
const npxFloor = timed(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['semver', '1.0.0']);
check(npxFloor.stdout.trim() === '1.0.0', 'npx semver answered');
check(bin.stdout === source.stdout && npx.stdout === source.stdout, 'the bundle prints what the sources print');
check(source.stdout.includes('Global conference'), 'project printed the sample');

console.log(`median of ${RUNS} calls after one unmeasured call each`);
figure('anchor: tsx compiling the sources (the bin before the bundle)', `${(source.wall / 1000).toFixed(2)} s wall, ${(source.cpu / 1000).toFixed(2)} s CPU`);
figure('node -e 0 (the floor any call pays)', `${(nodeAlone.wall / 1000).toFixed(2)} s wall, ${(nodeAlone.cpu / 1000).toFixed(2)} s CPU`);
figure('npx --version (npm\'s own start, before it looks for the bin)', `${(npxAlone.wall / 1000).toFixed(2)} s wall, ${(npxAlone.cpu / 1000).toFixed(2)} s CPU`);
figure('npx semver 1.0.0 (npm exec running a tiny local bin: the floor of any npx call)', `${(npxFloor.wall / 1000).toFixed(2)} s wall, ${(npxFloor.cpu / 1000).toFixed(2)} s CPU`);
goal('npx headroom project <sample>', npx.wall / 1000, 's', 0.4, { note: `(CPU ${(npx.cpu / 1000).toFixed(2)} s; anchor ÷ this = ${(source.wall / npx.wall).toFixed(2)}; ${((npx.wall - npxFloor.wall) / 1000).toFixed(2)} s over npm's floor)` });
goal('node bin/headroom.mjs project <sample> (the bundle)', bin.wall / 1000, 's', 0.4, { note: `(CPU ${(bin.cpu / 1000).toFixed(2)} s; anchor ÷ this = ${(source.wall / bin.wall).toFixed(2)})` });
