import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine';
import { parsePlanText } from '../../model';
import { scenarioForExport } from '../../scenarios/export-input';
import { renderLineChart } from './png';
import { buildWorkbook, writeWorkbook } from './workbook';

const parsed = parsePlanText(readFileSync(new URL('../../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const plan = parsed.plan;
const projection = projectPlan(plan);
const now = new Date('2026-01-01T00:00:00Z');
const nodeBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const png = renderLineChart([{ values: [1, 3, 2], color: 2, name: 'a' }], { markIndex: 1, markLabel: 'Event', labels: ['a', 'b', 'c'], deflate: (d) => deflateSync(d) });

function cells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      // A read-back shared formula names its master; the in-memory one carries its text: compare what both hold.
      out.set(cell.address, v && typeof v === 'object' && 'result' in v ? { result: v.result, shared: 'sharedFormula' in v ? v.sharedFormula : undefined } : v);
    }),
  );
  return out;
}

describe('the streamed workbook', async () => {
  const bytes = await writeWorkbook({ plan, projection, chartPng: png, now }, { nodeBuffer });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(nodeBuffer(bytes) as unknown as ExcelJS.Buffer);
  const built = buildWorkbook({ plan, projection, chartPng: png, now });

  it('holds the same sheets, cells and cached results as the in-memory build', () => {
    expect(read.worksheets.map((w) => w.name)).toEqual(built.worksheets.map((w) => w.name));
    for (const ws of built.worksheets) expect(cells(read.getWorksheet(ws.name)!), ws.name).toEqual(cells(ws));
  });

  it('gives each Projection row its own shared formula, not the first row’s', () => {
    const sheet = read.getWorksheet('Projection')!;
    const masters = new Set<string>();
    sheet.eachRow((row) => {
      const v = row.getCell(5).value;
      if (v && typeof v === 'object' && 'sharedFormula' in v) masters.add(v.sharedFormula);
    });
    expect(masters.size).toBe(projection.nodes.filter((n) => n.unit !== null).length);
  });

  it('keeps the chart picture on the Summary, column formats and the conditional formats', () => {
    const summary = read.getWorksheet('Summary')!;
    const images = summary.getImages();
    expect(images).toHaveLength(1);
    expect((read.getImage(Number(images[0]!.imageId)).buffer as unknown as Uint8Array).length).toBe(png.length);
    const capacity = read.getWorksheet('Capacity')!;
    expect(capacity.getCell('M2').numFmt).toBe('#,##0');
    expect(capacity.getCell('D2').numFmt).toBe('#,##0" rps"');
    const formats = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(formats(capacity)).toEqual([`A2:Q${1 + projection.nodes.filter((n) => n.unit !== null).length}`]);
    // The per-tier charts below the Capacity table are the sheet's own picture.
    expect(capacity.getImages()).toHaveLength(1);
    expect(formats(read.getWorksheet('Projection')!)).toHaveLength(1);
    expect(read.title).toBe(built.title);
  });
});

describe('a streamed workbook with the Scenarios sheet (rows kept uncommitted and written back into)', async () => {
  const flash = parsePlanText(readFileSync(new URL('../../../../resources/samples/flash-sale.headroom.json', import.meta.url), 'utf8'));
  if (!flash.ok) throw new Error('flash-sale sample does not parse');
  const chosen = scenarioForExport(flash.plan, undefined);
  if (!chosen.ok) throw new Error(chosen.message);
  const input = { plan: chosen.value.plan, projection: chosen.value.projection, scenarios: chosen.value.comparison, chartPng: png, now };
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(nodeBuffer(await writeWorkbook(input, { nodeBuffer })) as unknown as ExcelJS.Buffer);
  const built = buildWorkbook(input);

  it('holds the same Scenarios cells as the in-memory build, in the same tab place', () => {
    expect(chosen.value.comparison).toBeDefined();
    expect(read.worksheets.map((w) => w.name)).toEqual(built.worksheets.map((w) => w.name));
    expect(read.worksheets.map((w) => w.name)).toContain('Scenarios');
    for (const ws of built.worksheets) expect(cells(read.getWorksheet(ws.name)!), ws.name).toEqual(cells(ws));
  });
});
