import type ExcelJS from 'exceljs';
import type { CostSummary } from '../../engine/cost-range';
import { cellText } from './text';

/**
 * The Costs sheet: each priced tier's monthly cost at min / desired / max, for the normal
 * fleet (the baseline stage file) and the event fleet (the T-1 day stage file), how it is
 * bought, and the event's extra cost on demand and as bought. Every number is the domain's
 * cost summary (engine/cost-range.ts) written as a value: no formula recomputes it.
 */

const MONEY = '#,##0.00';
const COUNT = '#,##0';

export const COSTS_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1 }];

export function writeCosts(ws: ExcelJS.Worksheet, costs: CostSummary): void {
  const c = cellText(costs.currency);
  const header = [
    'Tier', 'Unit', 'Pricing', 'Hourly on demand', 'Hourly above the commitment',
    'Normal min', 'Normal desired', 'Normal max', `Normal at min (${c}/month)`, `Normal at desired (${c}/month)`, `Normal at max (${c}/month)`,
    'Event min', 'Event desired', 'Event max', `Event at min (${c}/month)`, `Event at desired (${c}/month)`, `Event at max (${c}/month)`,
    `Event extra on demand (${c})`, `Event extra as bought (${c})`,
  ];
  ws.columns = header.map((_, k) => ({ width: k === 0 ? 24 : k === 2 ? 46 : 13 }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  // LibreOffice does not grow a row for wrapped text on load: three lines, set here.
  head.height = 45;
  head.commit();
  const formats = ['', '', '', MONEY, MONEY, COUNT, COUNT, COUNT, MONEY, MONEY, MONEY, COUNT, COUNT, COUNT, MONEY, MONEY, MONEY, MONEY, MONEY];
  // Rows are styled, then committed (streamed out): the total row is bold before it goes.
  const add = (values: (string | number)[], bold = false) => {
    const row = ws.addRow(values);
    if (bold) row.font = { bold: true };
    values.forEach((_, k) => {
      if (formats[k]) row.getCell(k + 1).numFmt = formats[k]!;
    });
    row.commit();
    return row;
  };
  for (const t of costs.tiers) {
    const { baseline: b, event: e } = t;
    add([
      cellText(t.name), t.unit, cellText(t.pricingLabel), t.hourly, t.marginalHourly,
      b.counts.min, b.counts.desired, b.counts.max, b.monthly.min, b.monthly.desired, b.monthly.max,
      e.counts.min, e.counts.desired, e.counts.max, e.monthly.min, e.monthly.desired, e.monthly.max,
      t.eventExtraOnDemand, t.eventExtra,
    ]);
  }
  if (costs.tiers.length === 0) {
    ws.addRow(['No tier has an hourly cost: type one in the inspector to price the plan.']);
    return;
  }
  add([
    'All priced tiers', '', '', '', '',
    '', '', '', costs.baseline.min, costs.baseline.desired, costs.baseline.max,
    '', '', '', costs.event.min, costs.event.desired, costs.event.max,
    costs.eventExtraOnDemand, costs.eventExtra,
  ], true);
}
