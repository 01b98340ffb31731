import ExcelJS from 'exceljs';
import { trafficFromPlan } from '../traffic-input';
import type { Plan } from '../../model';
import type { Projection } from '../../engine/types';
import { writeAssumptions } from './assumptions';
import { placeTierCharts, writeCapacity, writeProjection } from './capacity-sheets';
import { planTierCharts, renderTierCharts } from './tier-charts';
import { renderLineChart, type Deflate } from './png';
import { writeReadiness, writeSummary, writeTraffic, type ReadinessInput, type TrafficInput } from './report-sheets';
import { plainText } from './text';
import { writeCosts } from './costs-sheet';
import { costSummary } from '../../engine/cost-range';
import type { ScenarioComparison } from '../../scenarios/compare';
import { writeScenarios } from './scenarios-sheet';

export interface WorkbookInput {
  plan: Plan;
  projection: Projection;
  readiness?: ReadinessInput | undefined;
  traffic?: readonly TrafficInput[] | undefined;
  /** zlib compression for the chart PNG (node:zlib deflateSync in main / CLI). */
  deflate?: Deflate | undefined;
  /** Ready-made chart PNG bytes; when absent one is rendered here. */
  chartPng?: Uint8Array | undefined;
  /** Ready-made bytes of the Capacity sheet's per-tier charts (the preview's empty image); when absent rendered here. */
  tierChartPng?: Uint8Array | undefined;
  /** Every scenario side by side (scenarios/export-input.ts); a Scenarios sheet when given. `plan` is then the exported scenario's. */
  scenarios?: ScenarioComparison | undefined;
  /** Fixed for reproducible output (tests); default now. */
  now?: Date | undefined;
}

/** Σ required and Σ current over the sized tiers, month by month: the Summary chart. */
export function chartSeries(projection: Projection): { required: number[]; current: number[] } {
  const sized = projection.nodes.filter((n) => n.unit !== null);
  return {
    required: projection.months.map((_, m) => sized.reduce((s, n) => s + (n.monthly[m]?.required ?? 0), 0)),
    current: projection.months.map(() => sized.reduce((s, n) => s + n.current, 0)),
  };
}

/** The capacity report as an ExcelJS workbook (sheets in the order a reader wants them). */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const { plan, projection } = input;
  const wb = new ExcelJS.Workbook();
  const now = input.now ?? new Date();
  wb.creator = 'Headroom';
  wb.lastModifiedBy = 'Headroom';
  wb.created = now;
  wb.modified = now;
  wb.title = plainText(`${plan.name}: capacity report`);
  wb.subject = plainText(`Capacity and readiness for ${plan.event.name} (${plan.event.startDate})`);
  wb.keywords = 'capacity; headroom; readiness';
  wb.description = plainText(plan.description, 2000);
  wb.calcProperties.fullCalcOnLoad = true;

  const summary = wb.addWorksheet('Summary');
  const capacity = wb.addWorksheet('Capacity');
  const projectionSheet = wb.addWorksheet('Projection');
  const scenariosSheet = input.scenarios ? wb.addWorksheet('Scenarios') : null;
  const traffic = wb.addWorksheet('Traffic');
  const readiness = wb.addWorksheet('Readiness');
  const assumptions = wb.addWorksheet('Assumptions');
  const costsSheet = wb.addWorksheet('Costs');

  const refs = writeAssumptions(assumptions, plan, projection);
  const rows = writeCapacity(capacity, plan, projection, refs);
  const tierCharts = planTierCharts(projection);
  if (tierCharts) {
    const tierPng = input.tierChartPng ?? renderTierCharts(projection, input.deflate)?.png ?? new Uint8Array(0);
    const tierImage = wb.addImage({ buffer: tierPng as unknown as ExcelJS.Buffer, extension: 'png' });
    placeTierCharts(capacity, tierCharts, (row) => capacity.addImage(tierImage, { tl: { col: 0, row }, ext: { width: tierCharts.width, height: tierCharts.height } }));
  }
  writeProjection(projectionSheet, projection, rows);
  if (scenariosSheet && input.scenarios) writeScenarios(scenariosSheet, input.scenarios, plan.activeScenario, rows);
  // The plan keeps each source's daily peaks: the sheet shows them unless the caller passes its own.
  writeTraffic(traffic, input.traffic ?? trafficFromPlan(plan));
  writeReadiness(readiness, input.readiness);
  const costs = costSummary(plan, projection);
  writeCosts(costsSheet, costs);

  const series = chartSeries(projection);
  const png = input.chartPng ?? renderLineChart(
    [
      { values: series.current, color: 2, name: "Today's capacity (all tiers)" },
      { values: series.required, color: 3, name: 'Required (all tiers)' },
    ],
    { markIndex: projection.eventMonthIndex, markLabel: 'Event', labels: projection.months, deflate: input.deflate },
  );
  // exceljs types ask for a Node Buffer; a Uint8Array is what it reads (and all the renderer has).
  const imageId = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  writeSummary(summary, plan, projection, input.readiness, { imageId }, costs);
  // Printed or saved as PDF, each sheet is as wide as one landscape page rather than cut into columns.
  for (const sheet of wb.worksheets) {
    sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  return wb;
}

/** The .xlsx bytes. */
export async function writeWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const buffer = await buildWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
