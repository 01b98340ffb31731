import type ExcelJS from 'exceljs';
import type { ScenarioComparison } from '../../scenarios/compare';
import type { CapacityRowRef } from './capacity-sheets';
import { cellText } from './text';

/**
 * The Scenarios sheet: every scenario's need per tier side by side, at the event peak and
 * at the comparison's horizon months, cost and first short month, and the least-regret
 * columns. Every cached value is the comparison's number (scenarios/compare.ts, the same
 * projections the app shows). The exported scenario's columns are live formulas over the
 * Capacity sheet (which is that scenario), and the least-regret columns are formulas over
 * the row, so a reader who changes an assumption sees the exported scenario and the
 * least-regret need move; the other scenarios are their engine values.
 */

const DIFFERS_FILL = 'FFFFF2CC';

export const SCENARIOS_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 2 }];

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function writeScenarios(ws: ExcelJS.Worksheet, c: ScenarioComparison, exported: string, capacityRows: ReadonlyMap<string, CapacityRowRef>): void {
  const n = c.scenarios.length;
  const first = 3;
  const last = first + n - 1;
  const firstCol = columnName(first);
  const lastCol = columnName(last);
  const baseCol = firstCol; // the base (or the first scenario standing in for it) is the first column
  const exportedIndex = c.scenarios.findIndex((s) => s.name === exported);
  const tiers = c.scenarios[0]?.nodes ?? [];
  ws.columns = [{ width: 28 }, { width: 11 }, ...c.scenarios.map(() => ({ width: 20 })), { width: 18 }, { width: 26 }, { width: 64 }];
  // Rows stay uncommitted (a few dozen): the cost table writes back into the need table's rows.

  ws.addRow([cellText(`Scenarios side by side. The Capacity and Projection sheets are scenario "${exported}"; its column here is live over the Capacity sheet.`)]).font = { bold: true };
  const differs: string[] = [];

  function header(title: string, extra: string[]): number {
    ws.addRow([]);
    const row = ws.addRow([cellText(title), 'Unit', ...c.scenarios.map((s) => cellText(s.name)), ...extra]);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheets do not grow a row for wrapped text written by a program: room for two lines.
    row.height = 30;
    return row.number;
  }
  function markDiffers(from: number, to: number): void {
    if (to >= from) differs.push(`${firstCol}${from}:${lastCol}${to}`);
  }

  // At the event: the need, the largest need (least regret) and which scenario drives it.
  const needHeader = header('Need at the event peak', ['Largest need', 'Driven by', cellText(`Extra cost / month over ${c.scenarios[0]?.name ?? 'base'} (${c.totals.currency})`)]);
  const needRow = new Map<string, number>();
  tiers.forEach((tier, t) => {
    const r = ws.rowCount + 1;
    const lr = c.leastRegret[t]!;
    const cells = c.scenarios.map((s, k) => {
      const value = s.nodes[t]!.atEvent.required;
      const cap = capacityRows.get(tier.nodeId);
      return k === exportedIndex && cap ? { formula: `Capacity!$M$${cap.row}`, result: value } : value;
    });
    ws.addRow([
      cellText(tier.name),
      tier.unit,
      ...cells,
      { formula: `MAX(${firstCol}${r}:${lastCol}${r})`, result: lr.required },
      { formula: `INDEX($${firstCol}$${needHeader}:$${lastCol}$${needHeader},MATCH(${columnName(last + 1)}${r},${firstCol}${r}:${lastCol}${r},0))`, result: lr.drivenBy },
      null,
    ]);
    needRow.set(tier.nodeId, r);
  });
  markDiffers(needHeader + 1, ws.rowCount);

  // Cost of the need at the event, and what the largest need costs over the base.
  const costHeader = header(cellText(`Cost / month at the event peak (${c.totals.currency})`), ['Cost of the largest need', 'Extra over base']);
  tiers.forEach((tier, t) => {
    const r = ws.rowCount + 1;
    const lr = c.leastRegret[t]!;
    const nr = needRow.get(tier.nodeId)!;
    const cells = c.scenarios.map((s, k) => {
      const value = s.nodes[t]!.atEvent.monthlyCost;
      const cap = capacityRows.get(tier.nodeId);
      return k === exportedIndex && cap ? { formula: `Capacity!$Q$${cap.row}`, result: value } : value;
    });
    const largest = columnName(last + 1);
    ws.addRow([
      cellText(tier.name),
      tier.unit,
      ...cells,
      { formula: `INDEX(${firstCol}${r}:${lastCol}${r},MATCH(${largest}${nr},${firstCol}${nr}:${lastCol}${nr},0))`, result: lr.monthlyCost },
      { formula: `${largest}${r}-${baseCol}${r}`, result: lr.extraMonthlyCost },
    ]);
    // The need table's extra-cost column points here: one number, one place.
    ws.getRow(nr).getCell(last + 3).value = { formula: `${columnName(last + 2)}${r}`, result: lr.extraMonthlyCost };
  });
  for (let r = costHeader + 1; r <= ws.rowCount; r++) for (let col = first; col <= last + 2; col++) ws.getRow(r).getCell(col).numFmt = '#,##0.00';
  for (let r = needHeader + 1; r < costHeader - 1; r++) ws.getRow(r).getCell(last + 3).numFmt = '#,##0.00';

  // Each horizon month: the need, and where a scenario is short first.
  for (const [h, month] of c.horizons.entries()) {
    const label = c.scenarios[0]?.nodes[0]?.horizons[h]?.label;
    const top = header(label ? `Need at month ${month} (${label})` : `Need at month ${month} (past the plan's horizon)`, []);
    tiers.forEach((tier, t) => {
      ws.addRow([cellText(tier.name), tier.unit, ...c.scenarios.map((s) => s.nodes[t]!.horizons[h]!.required ?? '—')]);
    });
    markDiffers(top + 1, ws.rowCount);
  }
  const shortTop = header('First short month', []);
  tiers.forEach((tier, t) => {
    ws.addRow([cellText(tier.name), tier.unit, ...c.scenarios.map((s) => s.nodes[t]!.firstShortLabel ?? '—')]);
  });
  markDiffers(shortTop + 1, ws.rowCount);

  // What each scenario changes, in words: the "why" behind its columns.
  header('Scenario', ['Surge', 'Growth', 'Overrides']);
  for (const s of c.scenarios) {
    const row = ws.addRow([cellText(s.name), '', ...c.scenarios.map(() => null), cellText(s.surgeLabel), cellText(s.growthLabel), cellText(s.overrides.length > 0 ? s.overrides.join('; ') : '(the base assumptions)')]);
    row.alignment = { wrapText: true, vertical: 'top' };
    const longest = Math.max(s.surgeLabel.length / 18, s.growthLabel.length / 24, (s.overrides.join('; ').length || 1) / 60);
    row.height = 15 * Math.max(1, Math.ceil(longest));
    for (const stale of s.stale) ws.addRow([cellText(`  ${s.name}`), '', ...c.scenarios.map(() => null), '', '', cellText(`no longer applies: ${stale.reason}`)]);
  }

  for (let r = needHeader + 1; r < costHeader - 1; r++) for (let col = first; col <= last + 1; col++) ws.getRow(r).getCell(col).numFmt = '#,##0';
  // A scenario's cell differs from the base's in the same row: highlighted.
  for (const ref of differs) {
    const [from] = ref.split(':');
    const row = from!.replace(/^[A-Z]+/, '');
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: 'expression', priority: 1, formulae: [`${firstCol}${row}<>$${baseCol}${row}`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: DIFFERS_FILL } } } }],
    });
  }
}
