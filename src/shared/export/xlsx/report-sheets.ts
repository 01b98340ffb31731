import type ExcelJS from 'exceljs';
import type { Plan } from '../../model';
import { describePolicy } from '../../engine/policy-note';
import type { Projection } from '../../engine/types';
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
  dueAt: string;
  owner: string;
  status: string;
  note: string;
}

export interface ReadinessInput {
  items: readonly ChecklistItemInput[];
  verdict?: { verdict: string; reasons: readonly string[] } | undefined;
}

export interface TrafficInput {
  sourceName: string;
  dailyPeaks: readonly { date: string; peakRps: number }[];
}

const STATUS_FILL: Record<string, string> = { done: 'FFD4EDDA', blocked: 'FFF8D7DA', 'in-progress': 'FFFFF3CD' };

function heading(ws: ExcelJS.Worksheet, text: string): void {
  const row = ws.addRow([text]);
  row.font = { bold: true, size: 12 };
}

export function writeSummary(ws: ExcelJS.Worksheet, plan: Plan, projection: Projection, readiness: ReadinessInput | undefined, chart: { imageId: number } | undefined): void {
  ws.columns = [{ width: 30 }, { width: 22 }, { width: 90 }];
  const title = ws.addRow([cellText(`${plan.name}: capacity report`)]);
  title.font = { bold: true, size: 16 };
  const kv = (k: string, v: string | number, numFmt?: string) => {
    // Labels carry user text too (the currency): escaped like any value.
    const row = ws.addRow([cellText(k), typeof v === 'string' ? cellText(v) : v]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  kv('Event', plan.event.name);
  kv('Starts', `${plan.event.startDate} (${plan.event.timeZone}), ${plan.event.durationDays} day(s)`);
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
  const { critical, warning, info } = projection.totals.counts;
  kv('Findings', `${critical} critical, ${warning} warnings, ${info} notes`);

  ws.addRow([]);
  heading(ws, 'Readiness verdict');
  if (!readiness) {
    ws.addRow(['no checklist', 'The export was made without the readiness checklist.']);
  } else if (!readiness.verdict) {
    ws.addRow(['no verdict', `${readiness.items.length} checklist items; see the Readiness sheet.`]);
  } else {
    const v = ws.addRow([cellText(readiness.verdict.verdict)]);
    v.font = { bold: true };
    for (const reason of readiness.verdict.reasons) ws.addRow(['', '', cellText(reason)]);
  }

  ws.addRow([]);
  heading(ws, 'Projection vs capacity');
  if (chart) {
    const top = ws.rowCount;
    ws.addRow(['', '', 'Blue: units in place today (all sized tiers). Orange: units needed each month. Red dashes: the event month.']);
    ws.addImage(chart.imageId, { tl: { col: 0, row: top + 1 }, ext: { width: 720, height: 320 } });
    for (let i = 0; i < 17; i++) ws.addRow([]);
  } else {
    ws.addRow(['', '', 'No chart image was rendered.']);
  }

  ws.addRow([]);
  heading(ws, 'Findings');
  const header = ws.addRow(['Severity', 'Node', 'Message']);
  header.font = { bold: true };
  if (projection.findings.length === 0) ws.addRow(['none', '', 'No findings.']);
  for (const finding of projection.findings) {
    const node = finding.nodeId ? projection.byId[finding.nodeId]?.name ?? finding.nodeId : '(plan)';
    const row = ws.addRow([finding.severity, cellText(node), cellText(finding.message)]);
    row.getCell(3).alignment = { wrapText: true };
    if (finding.severity === 'critical') row.getCell(1).font = { bold: true, color: { argb: 'FFC00000' } };
  }
}

export function writeTraffic(ws: ExcelJS.Worksheet, traffic: readonly TrafficInput[] | undefined): void {
  ws.columns = [
    { header: 'Source', width: 28 },
    { header: 'Date', width: 12 },
    { header: 'Daily peak', width: 14 },
  ];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getRow(1).font = { bold: true };
  ws.getColumn(3).numFmt = '#,##0" rps"';
  if (!traffic || traffic.length === 0) {
    ws.addRow(['no traffic history', '', 'Baselines were typed in the plan.']);
    return;
  }
  for (const source of traffic) for (const p of source.dailyPeaks) ws.addRow([cellText(source.sourceName), cellText(p.date), p.peakRps]);
}

export function writeReadiness(ws: ExcelJS.Worksheet, readiness: ReadinessInput | undefined): void {
  ws.columns = [
    { header: 'Phase', width: 10 },
    { header: 'Due', width: 26 },
    { header: 'Item', width: 60 },
    { header: 'Owner', width: 18 },
    { header: 'Status', width: 13 },
    { header: 'Note', width: 50 },
  ];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getRow(1).font = { bold: true };
  if (!readiness) {
    ws.addRow(['no checklist', '', 'The export was made without the readiness checklist.']);
    return;
  }
  for (const item of readiness.items) {
    const row = ws.addRow([cellText(item.phase), cellText(item.dueAt), cellText(item.title), cellText(item.owner), cellText(item.status), cellText(item.note)]);
    const fill = STATUS_FILL[item.status];
    if (fill) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
}
