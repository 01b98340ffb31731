#!/usr/bin/env node
// `headroom …` / `npx headroom …`. Runs the prebuilt bundle (out/cli, made by `npm run build`,
// the postinstall, or here on first run) while no source it was built from is newer than it;
// otherwise rebuilds it (esbuild, about a second), and when a build is impossible (no
// esbuild, a read-only checkout) compiles the sources on the fly with tsx as before.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outCli = path.join(root, 'out', 'cli');

/** The current bundle's entry file when it is at least as new as every file it was built from, else null. */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outCli, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (typeof manifest?.entry !== 'string' || typeof manifest.builtAt !== 'number' || !Array.isArray(manifest.inputs)) return null;
  for (const input of manifest.inputs) {
    const stat = statSync(path.join(root, input), { throwIfNoEntry: false });
    // package-lock.json may be absent; a bundled source that vanished means the sources moved on.
    if (stat === undefined ? input !== 'package-lock.json' : stat.mtimeMs > manifest.builtAt) return null;
  }
  return path.join(outCli, manifest.entry);
}

async function rebuiltBundle() {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    const manifest = await buildCli(root);
    return path.join(outCli, manifest.entry);
  } catch {
    return null;
  }
}

const entry = process.env.HEADROOM_CLI_FROM_SOURCE ? null : (freshBundle() ?? (await rebuiltBundle()));
if (entry !== null) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
