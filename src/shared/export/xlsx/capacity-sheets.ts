import type ExcelJS from 'exceljs';
import type { HeadroomPolicy, Plan, PlanNode } from '../../model';
import { resolvePolicy } from '../../engine/sizing-common';
import type { Projection } from '../../engine/types';
import type { AssumptionRefs, NodeRefs } from './assumptions';
import { kindOf } from '../../kinds';
import { withMinimum, type SizingRefs } from './formulas';
import { cellText } from './text';
import type { TierChartsPlan } from './tier-charts';

/**
 * Capacity (one row per sized node, at the event peak) and Projection (month by month).
 * Every sizing cell is a formula over Assumptions; its cached result is the engine's
 * number, so the file reads right before any recalculation.
 */

const SHORT_FILL = 'FFF8D7DA';
const TIGHT_FILL = 'FFFFF3CD';

function f(formula: string, result: number | string): ExcelJS.CellFormulaValue {
  return { formula, result };
}

export interface CapacityRowRef {
  row: number;
  refs: SizingRefs;
}

export const CAPACITY_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
export const PROJECTION_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];

const RPS = { numFmt: '#,##0" rps"' };
const COUNT = { numFmt: '#,##0' };
const RATIO = { numFmt: '0%' };

/** Bold, wrapped header (row 1), committed. */
function commitHeader(ws: ExcelJS.Worksheet, wrap: boolean): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  if (wrap) header.alignment = { wrapText: true };
  header.commit();
}

export function writeCapacity(ws: ExcelJS.Worksheet, plan: Plan, projection: Projection, a: AssumptionRefs): Map<string, CapacityRowRef> {
  // Wide enough for the plan's longest kind name (kubernetesWorkload was cut at 13).
  const kindWidth = Math.max(13, ...plan.nodes.map((n) => n.kind.length + 1));
  ws.columns = [
    { header: 'Node', key: 'node', width: 28 },
    { header: 'Kind', key: 'kind', width: kindWidth },
    { header: 'Unit', key: 'unit', width: 11 },
    { header: 'Load at event', key: 'load', width: 14, style: RPS },
    { header: 'Capacity per unit', key: 'cap', width: 16, style: { numFmt: '#,##0.##' } },
    { header: 'Capacity unit', key: 'capUnit', width: 17 },
    { header: 'Target util. (services, workers)', key: 'target', width: 13, style: RATIO },
    { header: 'Buffer', key: 'buffer', width: 9, style: RATIO },
    { header: 'Base need', key: 'base', width: 11, style: COUNT },
    { header: 'With redundancy', key: 'unclamped', width: 15, style: COUNT },
    { header: 'Min', key: 'min', width: 8, style: COUNT },
    { header: 'Max', key: 'max', width: 8, style: COUNT },
    { header: 'Required', key: 'required', width: 10, style: COUNT },
    { header: 'Current', key: 'current', width: 9, style: COUNT },
    { header: 'To add', key: 'add', width: 9, style: COUNT },
    { header: 'Status', key: 'status', width: 9 },
    { header: cellText(`Cost / month (${plan.currency})`), key: 'cost', width: 18, style: { numFmt: '#,##0.00' } },
  ];
  commitHeader(ws, true);

  const out = new Map<string, CapacityRowRef>();
  // By id: a search of plan.nodes per row made the sheet quadratic (5,000 nodes: 25 million comparisons).
  const planNodes = new Map(plan.nodes.map((n) => [n.id, n]));
  let r = 1;
  for (const node of projection.nodes) {
    const refs = a.nodes.get(node.nodeId);
    const planNode = planNodes.get(node.nodeId);
    const xlsx = kindOf(node.kind).xlsx;
    if (!refs || !planNode || !xlsx) continue;
    r++;
    const at = node.atEvent;
    const policy = resolvePolicy(plan, planNode);
    const cap = xlsx.capacity(planNode, at, { ...refs, capacity: '' }, policy);
    const target = xlsx.target(planNode, refs, policy);
    const sizing: SizingRefs = { ...refs, capacity: `Capacity!$E$${r}` };
    const base = at.base;
    const unclamped = at.requiredUnclamped;
    // A count at or above today's and still short: a hard limit (a database's primary or connections, a node group's max).
    const hardShort = at.status === 'short' && at.required <= at.current;
    const row = ws.addRow([
      cellText(node.name),
      node.kind,
      node.unit ?? '',
      f(`${refs.load}`, xlsx.loadOf(at)),
      f(cap.formula, cap.value),
      cap.unit,
      target ? f(target.ref, target.value) : null,
      f(`${refs.buffer}`, 0),
      f(xlsx.base(sizing, `D${r}`), base),
      f(xlsx.redundancy(sizing, `I${r}`), unclamped),
      refs.min ? f(refs.min, 0) : null,
      refs.max ? f(refs.max, 0) : null,
      f(withMinimum({ ...sizing, ...(refs.min ? { min: `K${r}` } : {}) }, `J${r}`), at.required),
      f(`${refs.current}`, at.current),
      f(`MAX(0,M${r}-N${r})`, Math.max(0, at.required - at.current)),
      f(`IF(OR(M${r}>N${r},${hardShort ? 'TRUE()' : 'FALSE()'}),"short",IF(AND(J${r}>0,J${r}>=0.9*N${r}),"tight","ok"))`, at.status),
      f(xlsx.cost(sizing, `M${r}`, `D${r}`), at.monthlyCost),
    ]);
    fillCachedInputs(row, planNode, policy, refs);
    row.commit();
    out.set(node.nodeId, { row: r, refs: sizing });
  }
  formatCapacity(ws, r);
  return out;
}

/**
 * Under the table: a heading, what the picture shows, and the per-tier charts placed by
 * `place(row)` (0-based row of the picture's top left corner), so the sheet module never
 * needs to know how the workbook holds pictures.
 */
export function placeTierCharts(ws: ExcelJS.Worksheet, charts: TierChartsPlan, place: (row: number) => void): void {
  ws.addRow([]);
  const heading = ws.addRow(['Required vs today, month by month']);
  heading.font = { bold: true };
  const shown = charts.tiers.length < charts.total ? ` The first ${charts.tiers.length} of ${charts.total} tiers, in the table's order.` : '';
  ws.addRow([`Blue: units in place today. Orange: units required each month. Red dashes: the event month; red dot: the need at the event peak.${shown}`]);
  place(ws.rowCount);
}

/** Cached results of the pure-reference cells (buffer, min, max; the target's is set with it). */
function fillCachedInputs(row: ExcelJS.Row, planNode: PlanNode, policy: HeadroomPolicy, refs: NodeRefs): void {
  const set = (col: number, v: number) => {
    const cell = row.getCell(col);
    const value = cell.value as ExcelJS.CellFormulaValue;
    cell.value = { formula: value.formula, result: v };
  };
  set(8, policy.buffer);
  const bounds = kindOf(planNode).bounds(planNode);
  if (refs.min) set(11, bounds.min);
  if (refs.max) set(12, bounds.max ?? 0);
}

/** Short and tight rows in red and amber, while the Status formula says so. */
function formatCapacity(ws: ExcelJS.Worksheet, lastRow: number): void {
  const last = Math.max(2, lastRow);
  ws.addConditionalFormatting({
    ref: `A2:Q${last}`,
    rules: [
      { type: 'expression', priority: 1, formulae: ['$P2="short"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: SHORT_FILL } } } },
      { type: 'expression', priority: 2, formulae: ['$P2="tight"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: TIGHT_FILL } } } },
    ],
  });
}

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Two rows per sized node: the engine's load each month (traffic propagation is not a
 * spreadsheet formula), then the need as a live formula over that load and Assumptions.
 */
export function writeProjection(ws: ExcelJS.Worksheet, projection: Projection, rows: Map<string, CapacityRowRef>): void {
  const months = projection.months;
  ws.columns = [
    { header: 'Node', key: 'node', width: 28 },
    { header: 'Measure', key: 'measure', width: 18 },
    { header: 'Current', key: 'current', width: 9, style: COUNT },
    ...months.map((m, i) => ({ header: i === projection.eventMonthIndex ? `${m} (event)` : m, key: `m${i}`, width: 11, style: COUNT })),
  ];
  commitHeader(ws, false);
  let last = 1;
  for (const node of projection.nodes) {
    const ref = rows.get(node.nodeId);
    if (!ref) continue;
    const xlsx = kindOf(node.kind).xlsx;
    if (!xlsx) continue;
    const loads = node.monthly.map((s) => xlsx.loadOf(s));
    const current = f(`Capacity!$N$${ref.row}`, node.current);
    const loadRow = ws.addRow([cellText(node.name), xlsx.projectionLoadLabel, current, ...loads]);
    const lr = loadRow.number;
    // One shared formula per row: the month cells only say "same as D, shifted", which
    // keeps a 1,000-node × 36-month sheet small and fast to write (Excel and LibreOffice
    // expand shared formulas on load).
    const first = `D${lr + 1}`;
    const lastCell = `${columnName(node.monthly.length + 3)}${lr + 1}`;
    const cells: ExcelJS.CellValue[] = node.monthly.map((s, i) =>
      i === 0
        ? { formula: withMinimum(ref.refs, xlsx.redundancy(ref.refs, xlsx.base(ref.refs, `D${lr}`))), result: s.required, shareType: 'shared', ref: `${first}:${lastCell}` }
        : { sharedFormula: first, result: s.required },
    );
    loadRow.commit();
    const requiredRow = ws.addRow([cellText(node.name), `required (${node.unit ?? ''})`, { ...current }, ...cells]);
    requiredRow.commit();
    last = requiredRow.number;
  }
  last = Math.max(2, last);
  const lastCol = columnName(months.length + 3);
  ws.addConditionalFormatting({
    ref: `D2:${lastCol}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['AND(LEFT($B2,8)="required",D2>$C2)'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: SHORT_FILL } } },
      },
    ],
  });
}
