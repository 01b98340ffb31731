// Export benchmark: synthetic plans of 1,000 and 5,000 nodes over 36 months (37 month
// columns), written to XLSX, each size in its own process so its peak RSS is its own.
// Goals (issue 18): 1,000 nodes < 0.6 s and < 200 MB peak; 5,000 nodes < 3 s and < 300 MB.
// Checks: LibreOffice opens the 1,000-node workbook and converts it, and every tfvars file parses as HCL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { build } from 'esbuild';
import { projectPlan } from '../src/shared/engine';
import { buildTfvarsModel } from '../src/shared/export/tfvars-model';
import { renderTfvarsFiles } from '../src/shared/export/tfvars';
import { check, figure, goal, median } from './bench-report';
import { syntheticPlan } from './export-measure';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const GOALS: Record<number, { s: number; mb: number }> = { 1000: { s: 0.6, mb: 200 }, 5000: { s: 3, mb: 300 } };

/** The measuring child, bundled as the CLI is (esbuild, exceljs from node_modules) and run by plain node. */
async function bundleChild(): Promise<string> {
  // Inside the checkout (out/ is ignored) so the external exceljs resolves from node_modules.
  const outfile = path.join(root, 'out', 'bench', 'export-measure.mjs');
  await build({ entryPoints: [fileURLToPath(new URL('./export-measure.ts', import.meta.url))], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', external: ['exceljs'], logLevel: 'silent', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  return outfile;
}

function child<T>(script: string, args: string[], what: string): T {
  const run = spawnSync(process.execPath, ['--expose-gc', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, cwd: root });
  check(run.status === 0, `${what} ran: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-export-bench-'));
  try {
    const script = await bundleChild();
    for (const nodeCount of [1_000, 5_000]) {
      const out = path.join(dir, `report-${nodeCount}.xlsx`);
      const r = child<{ ms: number; peak: number; before: number; bytes: number; months: number }>(script, ['--measure', String(nodeCount), out], `the ${nodeCount}-node export`);
      const a = child<{ ms: number; peak: number; before: number }>(script, ['--anchor', String(nodeCount)], `the ${nodeCount}-node anchor`);
      const g = GOALS[nodeCount]!;
      figure(`  anchor: exceljs's streaming WorkbookWriter, the same Capacity + Projection values (no styles, formulas, picture), median of 3`, `${(a.ms / 1000).toFixed(2)} s, peak RSS ${a.peak.toFixed(0)} MB`);
      goal(`xlsx ${nodeCount} nodes × ${r.months} months (${(r.bytes / 1024 / 1024).toFixed(1)} MB), median of 3`, r.ms / 1000, 's', g.s, { note: `(${(r.ms / a.ms).toFixed(2)}× the anchor)` });
      goal(`xlsx ${nodeCount} nodes peak RSS`, r.peak, 'MB', g.mb, { digits: 0, note: `(${(r.peak / a.peak).toFixed(2)}× the anchor; process with plan + projection before it: ${r.before.toFixed(0)} MB)` });
      if (nodeCount === 1_000) {
        // LibreOffice must open it: a workbook it cannot read is no figure at all.
        const t0 = performance.now();
        const lo = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'csv', '--outdir', dir, out], { encoding: 'utf8', timeout: 300_000 });
        const csv = path.join(dir, `report-${nodeCount}.csv`);
        check(lo.status === 0 && existsSync(csv), `LibreOffice opened the ${nodeCount}-node workbook: ${lo.stderr}`);
        const text = readFileSync(csv, 'utf8');
        check(!/#(?:NAME|REF|VALUE|DIV\/0)[?!]?|Err:\d+/.test(text), 'LibreOffice computed the first sheet with no errors');
        figure(`  LibreOffice opened and converted the ${nodeCount}-node workbook (first sheet, ${text.split('\n').length} lines, no errors)`, `${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    }
    const plan = syntheticPlan(1_000);
    const projection = projectPlan(plan);
    const times: number[] = [];
    let files = renderTfvarsFiles(buildTfvarsModel(plan, projection));
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      files = renderTfvarsFiles(buildTfvarsModel(plan, projection));
      times.push(performance.now() - t0);
    }
    let parsed = 0;
    for (const f of files.filter((f) => f.name.endsWith('.tfvars') || f.name.endsWith('.tf'))) {
      const json = await parseHcl(f.name, f.content);
      check(json && typeof json === 'object', `${f.name} parses as HCL`);
      parsed++;
    }
    for (const f of files.filter((f) => f.name.endsWith('.json'))) JSON.parse(f.content);
    check(parsed > 0, 'there were tfvars files to parse');
    figure(`tfvars (all stages, ${files.length} files, ${parsed} parsed as HCL by hcl2json, the .json ones by JSON.parse), median of 7`, `${median(times).toFixed(1)} ms (no goal in issue 18)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
