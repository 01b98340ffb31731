// The engine bench (engine-measure.ts) bundled with esbuild and run by plain node, as the
// export bench runs its child: the renderer ships the engine as one Rollup bundle, its
// modules hoisted into one scope. Under tsx every engine module is loaded in CommonJS form,
// so each read of an imported function or constant in the sizing loops (ceilSafe,
// HOURS_PER_MONTH…) is a getter call: 10 % of the bench's self time in the profile, and
// about twice the recompute time in all, a cost no build of the app has.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the checkout (out/ is ignored), beside the export bench's child.
const outfile = path.join(root, 'out', 'bench', 'engine-measure.mjs');
await build({ entryPoints: [fileURLToPath(new URL('./engine-measure.ts', import.meta.url))], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' });
const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
