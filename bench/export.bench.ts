// Export benchmark: a synthetic 1,000-node plan with 36 months of projection, written to
// XLSX (goal < 3 s, peak memory < 400 MB) and to every tfvars stage (goal < 200 ms).
// Run with `npm run bench` (or `npm run bench export`). Prints medians and ratios to goals.
import { deflateSync } from 'node:zlib';
import { PLAN_SCHEMA_VERSION, PlanSchema, type PlanInput } from '../src/shared/model';
import { projectPlan } from '../src/shared/engine';
import { writeWorkbook } from '../src/shared/export/xlsx/workbook';
import { buildTfvarsModel } from '../src/shared/export/tfvars-model';
import { renderTfvarsFiles } from '../src/shared/export/tfvars';

const kinds = ['service', 'database', 'cache', 'workerPool', 'loadBalancer'] as const;

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
    // Collect between runs (bench.mjs passes --expose-gc) so one run's garbage is not charged to the next.
    (globalThis as { gc?: () => void }).gc?.();
  }
  return { ms: median(times), last: last as T };
}

const plan = syntheticPlan(1_000);
const projection = projectPlan(plan);
const sized = projection.nodes.filter((n) => n.unit !== null).length;
console.log(`plan: ${plan.nodes.length} nodes (${sized} sized), ${projection.months.length} months`);

// Peak memory of one XLSX export, measured first: maxRSS only ever grows.
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.resourceUsage().maxRSS / 1024;
await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) });
const rssMb = process.resourceUsage().maxRSS / 1024;

const tf = await time(7, () => renderTfvarsFiles(buildTfvarsModel(plan, projection)));
const tfBytes = tf.last.reduce((n, f) => n + f.content.length, 0);
console.log(`tfvars (all stages, ${tf.last.length} files, ${(tfBytes / 1024).toFixed(0)} KB): median ${tf.ms.toFixed(1)} ms  (goal 200 ms, ratio ${(tf.ms / 200).toFixed(2)})`);

const xlsx = await time(3, () => writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) }));
console.log(`xlsx (${(xlsx.last.length / 1024 / 1024).toFixed(1)} MB): median ${(xlsx.ms / 1000).toFixed(2)} s  (goal 3 s, ratio ${(xlsx.ms / 3000).toFixed(2)})`);
console.log(`peak RSS during one xlsx export: ${rssMb.toFixed(0)} MB (process with plan + projection before it: ${rssBefore.toFixed(0)} MB)  (goal 400 MB, ratio ${(rssMb / 400).toFixed(2)})`);
