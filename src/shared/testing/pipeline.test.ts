import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costSummary, formatNumber, projectPlan, type CostSummary, type NodeProjection } from '../engine';
import { readinessForExport } from '../export/readiness-input';
import { renderTfvarsFiles } from '../export/tfvars';
import { buildTfvarsModel, type TfNode } from '../export/tfvars-model';
import { buildWorkbook } from '../export/xlsx/workbook';
import { emptyChecklistState } from '../readiness';
import { generateItems, type GeneratedItem } from '../readiness/build-checklist';
import type { Plan } from '../model';
import { planArb } from './random-plan';

/**
 * Every random valid plan through the whole pipeline: projection, checklist, tfvars (all
 * three writers) and the XLSX workbook. Each must finish (no hang, no crash: the bound is
 * this test's timeout), the checklist's per-node numbers must be each stage file's values,
 * and every cached value of the workbook's Capacity and Projection sheets must be the
 * engine's number. LibreOffice's recomputation of those cached values and `terraform plan`
 * of the stage files run on a sample in pipeline.int.test.ts.
 */

const RUNS = Number(process.env.PIPELINE_RUNS ?? 500);
const NOW = new Date('2026-06-01T00:00:00Z');
const countWithUnit = (count: number, unit: string | null) => {
  const word = unit ?? 'units';
  return `${formatNumber(count)} ${count === 1 ? word.replace(/s$/, '') : word}`;
};

function desired(tf: TfNode, stage: keyof TfNode['values']): number {
  const v = tf.values[stage][tf.check.desired];
  if (typeof v !== 'number') throw new Error(`${tf.nodeName}: no desired count at ${stage}`);
  return v;
}

function item(items: readonly GeneratedItem[], id: string): GeneratedItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** The checklist says, for each node, the numbers its stage files set. */
function checklistMatchesStages(plan: Plan, nodes: readonly NodeProjection[], items: readonly GeneratedItem[], tf: readonly TfNode[]): void {
  const scaleCompute = item(items, 'std:t-1w:scale-compute').detail;
  const finalScale = item(items, 'std:t-1d:final-scale').detail;
  const scaleDown = item(items, 'std:after:scale-down').detail;
  for (const t of tf) {
    const n = nodes.find((p) => p.nodeId === t.nodeId)!;
    const t1d = desired(t, 't-1d');
    const after = desired(t, 'after');
    if ('attr' in t.check.min) {
      // Pre-warm that holds: from T-1 week to the event's end the group's min is its count.
      // (A plan whose own min is above its max keeps that min: validation refuses the file.)
      const planMin = Number(t.values.baseline[t.check.min.attr]);
      for (const stage of ['t-1w', 't-1d'] as const) expect(t.values[stage][t.check.min.attr], `${n.name} min at ${stage}`).toBe(Math.max(planMin, desired(t, stage)));
      expect(t.values.after[t.check.min.attr], `${n.name} min after`).toBe(planMin);
    }
    if (n.kind === 'service' || n.kind === 'workerPool') {
      expect(scaleCompute, `${n.name} at T-1w`).toContain(`${n.name}: ${formatNumber(n.current)} → ${formatNumber(desired(t, 't-1w'))} (${countWithUnit(t1d, n.unit)} at the event)`);
    }
    expect(finalScale, `${n.name} at T-1d`).toContain(`${n.name}: ${countWithUnit(t1d, n.unit)}`);
    const prescale = items.find((i) => i.id === `node:${n.nodeId}:prescale`);
    if (n.kind === 'service' || n.kind === 'workerPool') {
      if (t1d > n.current) expect(prescale?.title, `${n.name} pre-scale`).toContain(`(${formatNumber(n.current)} → ${formatNumber(t1d)}) before the event`);
      else expect(prescale, `${n.name} has no pre-scale at T-1d ${t1d}`).toBeUndefined();
    }
    const replicas = items.find((i) => i.id === `node:${n.nodeId}:add-replicas`);
    if (n.kind === 'database' && desired(t, 't-2w') > n.current) expect(replicas?.title, `${n.name} replicas`).toContain(`(${formatNumber(n.current)} → ${formatNumber(desired(t, 't-2w'))})`);
    const lb = items.find((i) => i.id === `node:${n.nodeId}:prewarm-lb`);
    if (n.kind === 'loadBalancer' && desired(t, 't-1w') > n.current) expect(lb?.title, `${n.name} LB`).toContain(`(${formatNumber(n.current)} → ${formatNumber(desired(t, 't-1w'))})`);
    const cacheNodes = items.find((i) => i.id === `node:${n.nodeId}:add-cache-nodes`);
    if (n.kind === 'cache' && desired(t, 't-2w') > n.current) expect(cacheNodes?.title, `${n.name} cache`).toContain(`(${formatNumber(n.current)} → ${formatNumber(desired(t, 't-2w'))})`);
    if (t1d > after) {
      const line = scaleDown.split('\n• ').find((l) => l.replace(/^• /, '').startsWith(`${n.name}: ${formatNumber(t1d)}`));
      expect(line, `${n.name} scale-down from ${t1d}`).toBeDefined();
      expect(line!.endsWith(` → ${formatNumber(after)}`), `${n.name} scale-down ends at the after file's ${after}: ${line}`).toBe(true);
    }
  }
  expect(plan.nodes.length).toBeGreaterThan(0);
}

/** The cached result a reader that trusts it sees (`cell.value` would hide a cached 0). */
function cached(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** Each cached result of the Capacity and Projection sheets is the engine's number. */
function workbookCachesEngine(wb: ExcelJS.Workbook, nodes: readonly NodeProjection[]): void {
  const capacity = wb.getWorksheet('Capacity')!;
  const projection = wb.getWorksheet('Projection')!;
  const sized = nodes.filter((n) => n.unit !== null);
  sized.forEach((n, k) => {
    const row = capacity.getRow(k + 2);
    const at = n.atEvent;
    const what = `${n.name} Capacity`;
    expect(cached(row.getCell(9)), `${what} base`).toBe(at.base);
    expect(cached(row.getCell(10)), `${what} with redundancy`).toBe(at.requiredUnclamped);
    expect(cached(row.getCell(13)), `${what} required`).toBe(at.required);
    expect(cached(row.getCell(14)), `${what} current`).toBe(at.current);
    expect(cached(row.getCell(15)), `${what} to add`).toBe(Math.max(0, at.required - at.current));
    expect(cached(row.getCell(16)), `${what} status`).toBe(at.status);
    expect(cached(row.getCell(17)), `${what} cost`).toBe(at.monthlyCost);
    const need = projection.getRow(2 * k + 3);
    n.series.required.forEach((r, m) => expect(cached(need.getCell(m + 4)), `${n.name} month ${m}`).toBe(r));
  });
}

/** The Summary says the engine's totals: additions per unit (never one sum of units) and the three costs. */
function summaryCachesTotals(wb: ExcelJS.Workbook, totals: ReturnType<typeof projectPlan>['totals']): void {
  const rows = new Map<string, unknown>();
  wb.getWorksheet('Summary')!.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
  expect([...rows.keys()].some((k) => k.startsWith('Units to add'))).toBe(false);
  for (const { unit, add } of totals.toAddAtEvent) expect(rows.get(`To add before the event: ${unit}`), unit).toBe(add);
  const cost = (label: string) => [...rows.entries()].find(([k]) => k.startsWith(label))?.[1];
  expect(cost("Cost of today's fleet per month")).toBe(totals.todayMonthlyCost);
  expect(cost("Event's extra cost: ")).toBe(totals.eventCost);
}

/** The Costs sheet holds the domain's cost summary (engine/cost-range.ts), tier by tier, and its totals. */
function costsCacheSummary(wb: ExcelJS.Workbook, costs: CostSummary): void {
  const rows: unknown[][] = [];
  wb.getWorksheet('Costs')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  if (costs.tiers.length === 0) return;
  expect(rows).toHaveLength(costs.tiers.length + 2);
  costs.tiers.forEach((t, k) => {
    const b = t.baseline;
    const e = t.event;
    expect(rows[k + 1]!.slice(3), t.name).toEqual([t.hourly, t.marginalHourly, b.counts.min, b.counts.desired, b.counts.max, b.monthly.min, b.monthly.desired, b.monthly.max, e.counts.min, e.counts.desired, e.counts.max, e.monthly.min, e.monthly.desired, e.monthly.max, t.eventExtraOnDemand, t.eventExtra]);
    // Never cheaper at a higher count (a plan with its min above its max has the stage files' own contradiction), never dearer than on demand.
    if (b.counts.min <= b.counts.max) expect(b.monthly.min).toBeLessThanOrEqual(b.monthly.max * (1 + 1e-12));
    expect(t.eventExtra).toBeLessThanOrEqual(t.eventExtraOnDemand * (1 + 1e-12));
  });
  expect(rows.at(-1)!.slice(-2)).toEqual([costs.eventExtraOnDemand, costs.eventExtra]);
}

/** Counts the infra team's Terraform checks as whole (bounds, node groups, reserved and provisioned concurrency) are whole at every stage. */
const wholeAttribute = /(^|_)(size|count|capacity|replicas|workers|executions)$/;
function stageCountsAreWhole(nodes: readonly TfNode[]): void {
  for (const n of nodes) {
    for (const [stage, row] of Object.entries(n.values)) {
      for (const [name, value] of Object.entries(row)) {
        if (typeof value === 'number' && wholeAttribute.test(name)) expect(Number.isInteger(value), `${n.nodeName} ${name} at ${stage} = ${value}`).toBe(true);
      }
    }
  }
}

describe('random valid plans through the whole pipeline', () => {
  it(`${RUNS} plans: projection, checklist, tfvars and XLSX finish and agree`, () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const projection = projectPlan(plan);
        const items = generateItems(plan, projection);
        const model = buildTfvarsModel(plan, projection);
        const files = renderTfvarsFiles(model);
        expect(files.length).toBe(13);
        checklistMatchesStages(plan, projection.nodes, items, model.nodes);
        stageCountsAreWhole(model.nodes);
        const readiness = readinessForExport(plan, projection, emptyChecklistState(), NOW);
        const wb = buildWorkbook({ plan, projection, readiness: readiness.input, chartPng: new Uint8Array(0), now: NOW });
        workbookCachesEngine(wb, projection.nodes);
        summaryCachesTotals(wb, projection.totals);
        costsCacheSummary(wb, costSummary(plan, projection));
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
