// Bundles the CLI (src/cli/run.ts and everything it imports) with esbuild into
// out/cli/<build>/headroom.mjs, one chunk per command (each command's module is a dynamic
// import, so `headroom project` never loads exceljs). out/cli/manifest.json names the
// current build and the source files it was made from; bin/headroom.mjs runs the bundle
// while none of them is newer than the build, and rebuilds (or falls back to tsx) otherwise.
//
// Each build goes to a fresh folder and the manifest is swapped in by rename, so two first
// runs at once (parallel tests) never read a half-written bundle.
//
// `node scripts/build-cli.mjs` builds; `npm run build` and the postinstall call it.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Old build folders are removed once this old: a CLI started before the swap may still load their chunks. */
const KEEP_OLD_BUILDS_MS = 10 * 60 * 1000;
/** Besides the bundled sources: what changes the bundle without touching a source file. */
const EXTRA_INPUTS = ['package.json', 'package-lock.json', 'scripts/build-cli.mjs'];

export function manifestPath(root = defaultRoot) {
  return path.join(root, 'out', 'cli', 'manifest.json');
}

/** Builds the bundle and swaps the manifest in; resolves to the manifest. Throws when esbuild is missing or the build fails. */
export async function buildCli(root = defaultRoot) {
  const { build } = await import('esbuild');
  const builtAt = Date.now(); // before reading any source: an edit during the build counts as newer
  const outRoot = path.join(root, 'out', 'cli');
  const name = `build-${builtAt}-${process.pid}`;
  const outdir = path.join(outRoot, name);
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { headroom: 'src/cli/run.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // zod and date-fns are bundled (loading zod's hundreds of files costs more than the rest of
    // a call); better-sqlite3 is a native addon and exceljs a CommonJS tree with its own
    // requires, so both load from node_modules at run time, and only where a command uses them.
    external: ['better-sqlite3', 'exceljs'],
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    minify: true,
    keepNames: true, // error messages and instanceof checks read class names
    sourcemap: 'linked',
  });
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  const manifest = { entry: `${name}/headroom.mjs`, builtAt, inputs: [...sources, ...EXTRA_INPUTS].sort() };
  const temporary = `${manifestPath(root)}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(temporary, manifestPath(root));
  removeOldBuilds(outRoot, name);
  return manifest;
}

function removeOldBuilds(outRoot, current) {
  for (const entry of readdirSync(outRoot)) {
    if (!entry.startsWith('build-') || entry === current) continue;
    const dir = path.join(outRoot, entry);
    try {
      if (Date.now() - statSync(dir).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another build removed it first
    }
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const started = performance.now();
  const manifest = await buildCli();
  console.log(`CLI bundle: out/cli/${manifest.entry} from ${manifest.inputs.length} files in ${Math.round(performance.now() - started)} ms`);
}
