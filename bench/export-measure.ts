// The export bench's measuring child: one plan size per process (its peak RSS is its own),
// bundled by export.bench.ts with esbuild as the CLI is, so the figure is the shipped
// code's and not the TypeScript loader's (tsx alone holds ~50 MB).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PLAN_SCHEMA_VERSION, PlanSchema, type PlanInput } from '../src/shared/model';
import { projectPlan } from '../src/shared/engine';
import { writeWorkbook } from '../src/shared/export/xlsx/workbook';

import ExcelJS from 'exceljs';
import { median } from './bench-report';
const nodeBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const kinds = ['service', 'database', 'cache', 'workerPool', 'loadBalancer'] as const;

export function syntheticPlan(nodeCount: number) {
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
export async function measure(nodeCount: number, out: string): Promise<void> {
  const plan = syntheticPlan(nodeCount);
  const projection = projectPlan(plan);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.resourceUsage().maxRSS / 1024;
  let bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) }, { nodeBuffer });
  const peak = process.resourceUsage().maxRSS / 1024;
  writeFileSync(out, bytes);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d) }, { nodeBuffer });
    times.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ ms: median(times), peak, before, bytes: bytes.length, months: projection.months.length }));
}


/**
 * The anchor: exceljs's own streaming WorkbookWriter writing the same grid of cells (the
 * Capacity and Projection sheets' values, each Projection row as plain numbers), with no
 * styles, formulas or picture. What the report costs beyond it is ours.
 */
export async function anchor(nodeCount: number): Promise<void> {
  const plan = syntheticPlan(nodeCount);
  const projection = projectPlan(plan);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.resourceUsage().maxRSS / 1024;
  const write = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useSharedStrings: true });
    const capacity = wb.addWorksheet('Capacity');
    const sheet = wb.addWorksheet('Projection');
    for (const node of projection.nodes) {
      if (node.unit === null) continue;
      const at = node.atEvent;
      capacity.addRow([node.name, node.kind, node.unit, at.loadRps, 1, 'rps', 0.65, 0.15, at.base, at.requiredUnclamped, 1, 10, at.required, at.current, at.required - at.current, at.status, at.monthlyCost]).commit();
      sheet.addRow([node.name, 'load (rps)', node.current, ...node.monthly.map((s) => s.loadRps)]).commit();
      sheet.addRow([node.name, 'required', node.current, ...node.monthly.map((s) => s.required)]).commit();
    }
    capacity.commit();
    sheet.commit();
    await wb.commit();
  };
  await write();
  const peak = process.resourceUsage().maxRSS / 1024;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await write();
    times.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ ms: median(times), peak, before }));
}

const at = process.argv.indexOf('--measure');
if (at >= 0) await measure(Number(process.argv[at + 1]), process.argv[at + 2]!);
const anchorAt = process.argv.indexOf('--anchor');
if (anchorAt >= 0) await anchor(Number(process.argv[anchorAt + 1]));
