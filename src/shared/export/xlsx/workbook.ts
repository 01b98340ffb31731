import ExcelJS from 'exceljs';
import { trafficFromPlan } from '../traffic-input';
import type { Plan } from '../../model';
import type { Projection } from '../../engine/types';
import { ASSUMPTIONS_VIEWS, writeAssumptions } from './assumptions';
import { CAPACITY_VIEWS, PROJECTION_VIEWS, placeTierCharts, writeCapacity, writeProjection } from './capacity-sheets';
import { planTierCharts, renderTierCharts } from './tier-charts';
import { renderLineChart, type Deflate } from './png';
import { READINESS_VIEWS, TRAFFIC_VIEWS, writeReadiness, writeSummary, writeTraffic, type ReadinessInput, type TrafficInput } from './report-sheets';
import { createStreamWorkbook, type NodeBuffer, type PictureAnchor } from './stream-workbook';
import { plainText } from './text';
import { COSTS_VIEWS, writeCosts } from './costs-sheet';
import { costSummary } from '../../engine/cost-range';
import type { ScenarioComparison } from '../../scenarios/compare';
import { SCENARIOS_VIEWS, writeScenarios } from './scenarios-sheet';

/**
 * The capacity report. Sheets are written in reading order, each by one function
 * `writeX(ws, …inputs)` in its own module; a sheet that needs another's cell addresses
 * gets them as a return value (Assumptions → Capacity → Projection).
 *
 * The .xlsx is streamed (exceljs's `WorkbookWriter`): rows go to the zip as they are
 * committed and are gone from memory after. A sheet module therefore follows four rules,
 * which the in-memory build (`buildWorkbook`, used by tests and the export preview)
 * tolerates too:
 * 1. Column widths, headers and number formats go in `ws.columns = [{ header, width,
 *    style: { numFmt } }]` before the first row: a column's style is then one shared
 *    style entry, and never a loop over written cells.
 * 2. Style a row (font, fill, alignment, a cell's numFmt) right after `ws.addRow`, then
 *    `row.commit()`; never read or touch a committed row (the header row, row 1, too).
 *    A small sheet (tens of rows, like Scenarios) may leave its rows uncommitted and go
 *    back to them: they are written when the sheet ends, and held in memory until then.
 * 3. `ws.rowCount` is the last row's number on both (the streamed sheet's is patched in).
 * 4. Frozen panes: the sheet's `views`, passed to `addSheet` below (the writer writes
 *    them before any row). Conditional formats may be added at any time before the end.
 */

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

export interface WriteOptions {
  /**
   * Node's `(b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)`, from main / the CLI:
   * exceljs's streaming writer zips through archiver, which takes a Buffer for the chart
   * PNG and src/shared has none.
   */
  nodeBuffer: NodeBuffer;
}

/** What the sheets are written into: the streaming writer, or an in-memory workbook. */
interface WorkbookTarget {
  addSheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  addPng(png: Uint8Array): number;
  placePicture(sheet: ExcelJS.Worksheet, imageId: number, anchor: PictureAnchor): void;
  /** The sheet is complete: the streaming writer flushes it to the zip. */
  done(sheet: ExcelJS.Worksheet): void;
}

/** Σ required and Σ current over the sized tiers, month by month: the Summary chart. */
export function chartSeries(projection: Projection): { required: number[]; current: number[] } {
  const sized = projection.nodes.filter((n) => n.unit !== null);
  return {
    required: projection.months.map((_, m) => sized.reduce((s, n) => s + (n.monthly[m]?.required ?? 0), 0)),
    current: projection.months.map(() => sized.reduce((s, n) => s + n.current, 0)),
  };
}

function properties(input: WorkbookInput) {
  const { plan } = input;
  return {
    created: input.now ?? new Date(),
    creator: 'Headroom',
    title: plainText(`${plan.name}: capacity report`),
    subject: plainText(`Capacity and readiness for ${plan.event.name} (${plan.event.startDate})`),
    keywords: 'capacity; headroom; readiness',
    description: plainText(plan.description, 2000),
  };
}

// Printed or saved as PDF, each sheet is as wide as one landscape page rather than cut into columns.
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

function writeSheets(target: WorkbookTarget, input: WorkbookInput): void {
  const { plan, projection } = input;
  const sheet = (name: string, views: Partial<ExcelJS.WorksheetView>[] = []) => target.addSheet(name, { views, pageSetup: { ...PAGE_SETUP } });
  // Created in tab order; Assumptions (last tab) is written first because the sizing
  // formulas point at its cells; a streamed sheet waits in memory until the zip reaches it.
  const summary = sheet('Summary');
  const capacity = sheet('Capacity', CAPACITY_VIEWS);
  const projectionSheet = sheet('Projection', PROJECTION_VIEWS);
  const scenariosSheet = input.scenarios ? sheet('Scenarios', SCENARIOS_VIEWS) : null;
  const traffic = sheet('Traffic', TRAFFIC_VIEWS);
  const readiness = sheet('Readiness', READINESS_VIEWS);
  const assumptions = sheet('Assumptions', ASSUMPTIONS_VIEWS);
  const costsSheet = sheet('Costs', COSTS_VIEWS);
  const costs = costSummary(plan, projection);

  const series = chartSeries(projection);
  const png = input.chartPng ?? renderLineChart(
    [
      { values: series.current, color: 2, name: "Today's capacity (all tiers)" },
      { values: series.required, color: 3, name: 'Required (all tiers)' },
    ],
    { markIndex: projection.eventMonthIndex, markLabel: 'Event', labels: projection.months, deflate: input.deflate },
  );
  const imageId = target.addPng(png);
  writeSummary(summary, plan, projection, input.readiness, { place: (row) => target.placePicture(summary, imageId, { col: 0, row, width: 720, height: 320 }) }, costs);
  target.done(summary);

  const refs = writeAssumptions(assumptions, plan, projection);
  const rows = writeCapacity(capacity, plan, projection, refs);
  const tierCharts = planTierCharts(projection);
  if (tierCharts) {
    const tierPng = input.tierChartPng ?? renderTierCharts(projection, input.deflate)?.png ?? new Uint8Array(0);
    const tierImage = target.addPng(tierPng);
    placeTierCharts(capacity, tierCharts, (row) => target.placePicture(capacity, tierImage, { col: 0, row, width: tierCharts.width, height: tierCharts.height }));
  }
  target.done(capacity);
  writeProjection(projectionSheet, projection, rows);
  target.done(projectionSheet);
  if (scenariosSheet && input.scenarios) {
    writeScenarios(scenariosSheet, input.scenarios, plan.activeScenario, rows);
    target.done(scenariosSheet);
  }
  // The plan keeps each source's daily peaks: the sheet shows them unless the caller passes its own.
  writeTraffic(traffic, input.traffic ?? trafficFromPlan(plan));
  target.done(traffic);
  writeReadiness(readiness, input.readiness);
  target.done(readiness);
  target.done(assumptions);
  writeCosts(costsSheet, costs);
  target.done(costsSheet);
}

/**
 * The report as an in-memory ExcelJS workbook: for tests that read cells back and for the
 * export preview's sheet list. Saving goes through `writeWorkbook`.
 */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const p = properties(input);
  Object.assign(wb, { creator: p.creator, lastModifiedBy: p.creator, created: p.created, modified: p.created, title: p.title, subject: p.subject, keywords: p.keywords, description: p.description });
  wb.calcProperties.fullCalcOnLoad = true;
  writeSheets(
    {
      addSheet: (name, options) => wb.addWorksheet(name, options),
      // exceljs types ask for a Node Buffer; a Uint8Array is what it reads (and all the renderer has).
      addPng: (png) => wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }),
      placePicture: (sheet, imageId, a) => sheet.addImage(imageId, { tl: { col: a.col, row: a.row }, ext: { width: a.width, height: a.height } }),
      done: () => undefined,
    },
    input,
  );
  return wb;
}

/** The .xlsx bytes, streamed: memory stays near one row per sheet plus the zip. */
export async function writeWorkbook(input: WorkbookInput, options: WriteOptions): Promise<Uint8Array> {
  const book = createStreamWorkbook({ ...properties(input), nodeBuffer: options.nodeBuffer });
  writeSheets({ addSheet: book.addSheet, addPng: book.addPng, placePicture: book.placePicture, done: (sheet) => sheet.commit() }, input);
  return book.finish();
}
