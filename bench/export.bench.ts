// Export benchmark: synthetic plans of 1,000 and 5,000 nodes over 36 months (37 month
// columns), written to XLSX, each size in its own process so its peak RSS is its own.
// Goals (issue 18): 1,000 nodes < 0.6 s and < 200 MB peak; 5,000 nodes < 3 s and < 300 MB.
// Checks: LibreOffice opens the 1,000-node workbook and converts it, and every tfvars file parses as HCL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { PLAN_SCHEMA_VERSION, PlanSchema, type PlanInput } from '../src/shared/model';
import { projectPlan } from '../src/shared/engine';
import { writeWorkbook } from '../src/shared/export/xlsx/workbook';
import { buildTfvarsModel } from '../src/shared/export/tfvars-model';
import { renderTfvarsFiles } from '../src/shared/export/tfvars';
import { check, figure, goal, median } from './bench-report';

const kinds = ['service', 'database', 'cache', 'workerPool', 'loadBalancer'] as const;
const GOALS: Record<number, { s: number; mb: number }> = { 1000: { s: 0.6, mb: 200 }, 5000: { s: 3, mb: 300 } };

function syntheticPlan(nodeCount: number) {
  const nodes: PlanInput['nodes'] = [{ id: 'src', kind: 'trafficSource', name: 'Users', params: { baselineRps: 50_000 } }];
  const edges: PlanInput['edges'] = [];
  for (let i = 1; i < nodeCount; i++) {
    const kind = kinds[i % kinds.length]!;
    nodes.push({ id: `n${i}`, kind, name: `${kind} ${i} "tier"`, params: { instanceType: 'm6i.large', hourlyCost: 0.1 } });
    // A fan-out tree: every node is fed by an earlier one, so loads differ across the plan.
    const parent = i < 10 ? 'src' : `n${Math.floor(i / 3)}`;
    edges.push({ id: `e${i}`, source: parent, target: `n${i}`, callsPerRequest: 0.5 + (i % 4) * 0.25 });
  }
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION, name: 'Bench', startMonth: '2026-01', horizonMonths: 36,
    growth: { method: 'compound', monthlyRate: 0.05 },
    event: { name: 'Peak', startDate: '2027-11-27', surge: { mode: 'multiplier', value: 3 } },
    nodes, edges,
  });
}

/** Child: one size. The first write gives the peak RSS (maxRSS only grows), then timed writes. */
async function measure(nodeCount: number, out: string): Promise<void> {
  const plan = syntheticPlan(nodeCount);
  const projection = projectPlan(plan);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.resourceUsage().maxRSS / 1024;
  let bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
  const peak = process.resourceUsage().maxRSS / 1024;
  writeFileSync(out, bytes);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
    times.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ ms: median(times), peak, before, bytes: bytes.length, months: projection.months.length }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-export-bench-'));
  try {
    for (const nodeCount of [1_000, 5_000]) {
      const out = path.join(dir, `report-${nodeCount}.xlsx`);
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', String(nodeCount), out], { encoding: 'utf8', maxBuffer: 1 << 20 });
      check(child.status === 0, `the ${nodeCount}-node export ran: ${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; peak: number; before: number; bytes: number; months: number };
      const g = GOALS[nodeCount]!;
      goal(`xlsx ${nodeCount} nodes × ${r.months} months (${(r.bytes / 1024 / 1024).toFixed(1)} MB), median of 3`, r.ms / 1000, 's', g.s);
      goal(`xlsx ${nodeCount} nodes peak RSS`, r.peak, 'MB', g.mb, { digits: 0, note: `(process with plan + projection before it: ${r.before.toFixed(0)} MB)` });
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

const at = process.argv.indexOf('--measure');
if (at >= 0) await measure(Number(process.argv[at + 1]), process.argv[at + 2]!);
else await main();
