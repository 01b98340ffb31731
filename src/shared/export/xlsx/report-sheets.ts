import type ExcelJS from 'exceljs';
import type { Plan } from '../../model';
import { describePolicy } from '../../engine/policy-note';
import type { Projection } from '../../engine/types';
import type { CostSummary } from '../../engine/cost-range';
import { formatNumber } from '../../engine/format';
import { cellText } from './text';

/**
 * Summary, Traffic and Readiness. The checklist and traffic history come from other
 * modules (readiness/, the traffic store); they are typed here by shape only, so the
 * workbook can be built without them and says so.
 */

export interface ChecklistItemInput {
  id: string;
  phase: string;
  title: string;
  /** The item's whole detail: per-node from → to numbers, test targets, pass criteria. */
  detail?: string;
  /** The node the item is about, when it is about one. */
  node?: string;
  dueAt: string;
  /** Why it is due then (a moved test, a lead time, a shortfall today, a team override). */
  dueNote?: string;
  owner: string;
  status: string;
  note: string;
  evidence?: string;
}

export interface PhaseProgressInput {
  phase: string;
  done: number;
  notApplicable: number;
  total: number;
  overdue: number;
  blocked: number;
}

export interface ReadinessInput {
  /** The event's start in its zone and in UTC, and the moment the verdict is for. */
  event?: { startsLocal: string; startsAtUtc: string; asOf: string };
  items: readonly ChecklistItemInput[];
  progress?: readonly PhaseProgressInput[];
  /** `rules`: the rules that fired ("N2: an item past its due time is not done"). */
  verdict?: { verdict: string; rules?: readonly string[]; reasons: readonly string[] } | undefined;
}

export interface TrafficInput {
  sourceName: string;
  dailyPeaks: readonly { date: string; peakRps: number }[];
}

const STATUS_FILL: Record<string, string> = { done: 'FFD4EDDA', blocked: 'FFF8D7DA', 'in-progress': 'FFFFF3CD' };

function money(n: number): string {
  return formatNumber(Math.round(n));
}

export const TRAFFIC_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1 }];
export const READINESS_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1 }];

/** Characters of body text a column of width 1 holds (Calibri 11 averages a little under one per unit). */
const CHARS_PER_WIDTH = 1.1;

/**
 * Wraps `row`'s cell `col` in its column's width and makes the row tall enough for the
 * lines: a spreadsheet does not grow a row for wrapped text it has not laid out yet
 * (LibreOffice drew a long finding over the header above), and an unwrapped reason makes
 * the printed page as wide as its longest line. Call it before the row is committed.
 */
function wrapText(ws: ExcelJS.Worksheet, row: ExcelJS.Row, col: number, text: string): void {
  const width = ws.getColumn(col).width ?? 10;
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * CHARS_PER_WIDTH))), 0);
  row.getCell(col).alignment = { wrapText: true, vertical: 'top' };
  if (lines > 1) row.height = 13.5 * lines;
}

/** Adds a row, lets `style` dress it, commits it (streamed out) and returns its number. */
function put(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], style?: (row: ExcelJS.Row) => void): number {
  const row = ws.addRow(values);
  style?.(row);
  row.commit();
  return row.number;
}

function heading(ws: ExcelJS.Worksheet, text: string): void {
  put(ws, [text], (row) => (row.font = { bold: true, size: 12 }));
}

function commitHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
}

/**
 * `chart.place(row)` puts the chart picture with its top-left corner at 0-based `row`
 * (the workbook adds the PNG); without it the sheet says no chart was rendered.
 */
export function writeSummary(ws: ExcelJS.Worksheet, plan: Plan, projection: Projection, readiness: ReadinessInput | undefined, chart: { place: (row: number) => void } | undefined, costs?: CostSummary): void {
  // Wide enough for the longest label ("Event's extra cost as bought: reserved, savings plan, spot (USD)").
  ws.columns = [{ width: 66 }, { width: 22 }, { width: 90 }];
  put(ws, [cellText(`${plan.name}: capacity report`)], (row) => (row.font = { bold: true, size: 16 }));
  const kv = (k: string, v: string | number, numFmt?: string) => {
    // Labels carry user text too (the currency): escaped like any value.
    put(ws, [cellText(k), typeof v === 'string' ? cellText(v) : v], (row) => {
      if (numFmt) row.getCell(2).numFmt = numFmt;
    });
  };
  kv('Event', plan.event.name);
  // The start minute as the readiness report dated it (local and UTC), when the checklist could be built.
  const starts = readiness?.event ? `${readiness.event.startsLocal} = ${readiness.event.startsAtUtc}` : `${plan.event.startDate} ${plan.event.startTime} (${plan.event.timeZone})`;
  kv('Starts', `${starts}, ${plan.event.durationDays} day(s)`);
  kv('Surge', projection.surgeLabel);
  kv('Headroom', describePolicy(plan).replace(/^Headroom policy: /, ''));
  kv('Projection', `${projection.months[0] ?? ''} to ${projection.months.at(-1) ?? ''}`);
  kv('Peak entry traffic at event', projection.totals.entryRpsAtEvent, '#,##0" rps"');
  const sized = projection.nodes.filter((n) => n.unit !== null);
  kv('Sized tiers', sized.length);
  kv('Tiers short at the event', sized.filter((n) => n.atEvent.status === 'short').length);
  // One row per unit: instances, replicas and cache nodes are never added up.
  for (const { unit, add } of projection.totals.toAddAtEvent) kv(`To add before the event: ${unit}`, add, '#,##0');
  const t = projection.totals;
  const eventMonth = t.monthlyCost[Math.min(Math.max(projection.eventMonthIndex, 0), t.monthlyCost.length - 1)] ?? 0;
  kv(`Cost of today's fleet per month (${plan.currency})`, t.todayMonthlyCost, '#,##0.00');
  kv(`Plan's cost per month, event month (${plan.currency})`, eventMonth, '#,##0.00');
  kv(`Event's extra cost: pre-scale weeks and event days (${plan.currency})`, t.eventCost, '#,##0.00');
  if (costs && costs.tiers.length > 0) {
    // The Costs sheet has each tier; these are its totals (engine/cost-range.ts).
    // Short labels: column A is 30 characters wide; the Costs sheet says the rest.
    kv('Month, normal: min/desired/max', `${money(costs.baseline.min)} / ${money(costs.baseline.desired)} / ${money(costs.baseline.max)} ${plan.currency}`);
    kv('Month, event: min/desired/max', `${money(costs.event.min)} / ${money(costs.event.desired)} / ${money(costs.event.max)} ${plan.currency}`);
    kv(`Event's extra cost as bought (${plan.currency})`, costs.eventExtra, '#,##0.00');
  }
  const { critical, warning, info } = projection.totals.counts;
  kv('Findings', `${critical} critical, ${warning} warnings, ${info} notes`);

  put(ws, []);
  heading(ws, 'Readiness verdict');
  if (!readiness) {
    put(ws, ['no checklist', 'The export was made without the readiness checklist.']);
  } else if (!readiness.verdict) {
    put(ws, ['no verdict', `${readiness.items.length} checklist items; see the Readiness sheet.`]);
  } else {
    put(ws, [cellText(readiness.verdict.verdict)], (row) => (row.font = { bold: true }));
    for (const reason of readiness.verdict.reasons) put(ws, ['', '', cellText(reason)], (row) => wrapText(ws, row, 3, reason));
  }

  put(ws, []);
  heading(ws, 'Projection vs capacity');
  if (chart) {
    const legend = put(ws, ['', '', 'Blue: units in place today (all sized tiers). Orange: units needed each month. Red dashes: the event month.']);
    for (let i = 0; i < 17; i++) put(ws, []);
    // The picture covers the 17 blank rows below the legend line (its 0-based top row is
    // the legend's own number). Placed once they exist: an in-memory sheet would otherwise
    // create the anchor's row and push every later row down by one.
    chart.place(legend);
  } else {
    put(ws, ['', '', 'No chart image was rendered.']);
  }

  put(ws, []);
  heading(ws, 'Findings');
  put(ws, ['Severity', 'Node', 'Message'], (row) => (row.font = { bold: true }));
  if (projection.findings.length === 0) put(ws, ['none', '', 'No findings.']);
  for (const finding of projection.findings) {
    const node = finding.nodeId ? projection.byId[finding.nodeId]?.name ?? finding.nodeId : '(plan)';
    put(ws, [finding.severity, cellText(node), cellText(finding.message)], (row) => {
      wrapText(ws, row, 3, finding.message);
      for (const c of [1, 2]) row.getCell(c).alignment = { vertical: 'top' };
      if (finding.severity === 'critical') row.getCell(1).font = { bold: true, color: { argb: 'FFC00000' } };
    });
  }
}

export function writeTraffic(ws: ExcelJS.Worksheet, traffic: readonly TrafficInput[] | undefined): void {
  ws.columns = [
    { header: 'Source', width: 28 },
    { header: 'Date', width: 12 },
    { header: 'Daily peak', width: 14, style: { numFmt: '#,##0" rps"' } },
  ];
  commitHeader(ws);
  if (!traffic || traffic.length === 0) {
    put(ws, ['no traffic history', '', 'Baselines were typed in the plan.']);
    return;
  }
  for (const source of traffic) {
    const name = cellText(source.sourceName);
    for (const p of source.dailyPeaks) put(ws, [name, cellText(p.date), p.peakRps]);
  }
}

export function writeReadiness(ws: ExcelJS.Worksheet, readiness: ReadinessInput | undefined): void {
  ws.columns = [
    { header: 'Phase', width: 12 },
    { header: 'Due', width: 24 },
    { header: 'Item', width: 60 },
    { header: 'Node', width: 18 },
    { header: 'Owner', width: 18 },
    { header: 'Status', width: 13 },
    { header: 'Detail', width: 80 },
    { header: 'Why due then', width: 40 },
    { header: 'Evidence', width: 40 },
    { header: 'Note', width: 40 },
  ];
  commitHeader(ws);
  if (!readiness) {
    put(ws, ['no checklist', '', 'The export was made without the readiness checklist.']);
    return;
  }
  for (const item of readiness.items) {
    put(ws, [
      cellText(item.phase),
      cellText(item.dueAt),
      cellText(item.title),
      cellText(item.node ?? ''),
      cellText(item.owner),
      cellText(item.status),
      cellText(item.detail ?? ''),
      cellText(item.dueNote ?? ''),
      cellText(item.evidence ?? ''),
      cellText(item.note),
    ], (row) => {
      row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
      const fill = STATUS_FILL[item.status];
      if (fill) row.getCell(6).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  }
  writeReadinessSummary(ws, readiness);
}

/** Below the items: the event's start, progress per phase, and the verdict with the rules that fired and every reason. */
function writeReadinessSummary(ws: ExcelJS.Worksheet, readiness: ReadinessInput): void {
  put(ws, []);
  if (readiness.event) {
    heading(ws, 'Event');
    put(ws, ['Starts', cellText(readiness.event.startsLocal)]);
    put(ws, ['Starts (UTC)', cellText(readiness.event.startsAtUtc)]);
    put(ws, ['Verdict as of', cellText(readiness.event.asOf)]);
    put(ws, []);
  }
  if (readiness.progress) {
    heading(ws, 'Progress per phase');
    put(ws, ['Phase', 'Done', 'Not applicable', 'Items', 'Overdue', 'Blocked'], (row) => (row.font = { bold: true }));
    for (const p of readiness.progress) put(ws, [cellText(p.phase), p.done, p.notApplicable, p.total, p.overdue, p.blocked]);
    put(ws, []);
  }
  if (readiness.verdict) {
    heading(ws, `Verdict: ${readiness.verdict.verdict}`);
    for (const rule of readiness.verdict.rules ?? []) put(ws, ['Rule', cellText(rule)]);
    for (const reason of readiness.verdict.reasons) put(ws, ['Reason', '', cellText(reason)]);
  }
}
