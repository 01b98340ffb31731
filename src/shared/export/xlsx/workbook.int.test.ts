import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { projectPlan } from '../../engine';
import { writeWorkbook } from './workbook';
import { reportPlan } from '../testing/report-plan';
import { recalcProfile, recomputeSheets, soffice, sofficeSkipReason } from '../../../test-support/libreoffice';

/**
 * Opens the exported workbook in LibreOffice, forced to recompute every formula (the
 * profile sets OOXMLRecalcMode = 0, "always"), converts each sheet to CSV, and compares the
 * recomputed values with the engine's. Skipped, saying why, where soffice is absent.
 */
const plan = reportPlan();
const projection = projectPlan(plan);
let dir = '';
const sheets: Record<string, string[][]> = {};

describe.skipIf(!soffice)('XLSX recomputed by LibreOffice' + (soffice ? '' : ` (skipped: ${sofficeSkipReason})`), () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'headroom-xlsx-'));
    const bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d), now: new Date('2026-01-01T00:00:00Z') }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
    const file = path.join(dir, 'report.xlsx');
    writeFileSync(file, bytes);
    Object.assign(sheets, recomputeSheets(dir, [file], ['Summary', 'Capacity', 'Projection', 'Traffic', 'Readiness', 'Assumptions'])[file]);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no formula errors in any sheet', () => {
    for (const [name, rows] of Object.entries(sheets)) {
      expect(rows.length, name).toBeGreaterThan(1);
      expect(rows.flat().filter((c) => /^#(DIV\/0!|NAME\?|VALUE!|REF!|N\/A|NUM!)|^Err:/.test(c)), name).toEqual([]);
    }
  });

  it('recomputes the Capacity sheet to the engine’s numbers', () => {
    // The table runs to the first blank row; the per-tier charts' heading sits below it.
    const body = sheets.Capacity!.slice(1);
    const end = body.findIndex((r) => r.length <= 1 || r[0] === '');
    const rows = end < 0 ? body : body.slice(0, end);
    const sized = projection.nodes.filter((n) => n.unit !== null);
    expect(rows).toHaveLength(sized.length);
    sized.forEach((node, i) => {
      const row = rows[i]!;
      const at = node.atEvent;
      expect(row[0], 'name stays text').toBe(node.name);
      expect(Number(row[8]), `${node.name} base need`).toBe(at.base);
      expect(Number(row[9]), `${node.name} with redundancy`).toBe(at.requiredUnclamped);
      expect(Number(row[12]), `${node.name} required`).toBe(at.required);
      expect(Number(row[13]), `${node.name} current`).toBe(at.current);
      expect(Number(row[14]), `${node.name} to add`).toBe(Math.max(0, at.required - at.current));
      expect(row[15], `${node.name} status`).toBe(at.status);
      expect(Number(row[16]), `${node.name} cost`).toBeCloseTo(at.monthlyCost, 6);
    });
  });

  it('recomputes every month of the Projection sheet to the engine’s needs', () => {
    const rows = sheets.Projection!.slice(1).filter((r) => r[1]?.startsWith('required'));
    const sized = projection.nodes.filter((n) => n.unit !== null);
    expect(rows).toHaveLength(sized.length);
    sized.forEach((node, i) => {
      const recomputed = rows[i]!.slice(3, 3 + projection.months.length).map(Number);
      expect(recomputed, node.name).toEqual(node.monthly.map((s) => s.required));
    });
  });

  it('keeps hostile names as text and says when there is no checklist', () => {
    const names = sheets.Capacity!.map((r) => r[0]);
    expect(names).toContain('=HYPERLINK("http://evil.example","x")');
    expect(names).toContain("+cmd|' /C calc'!A0");
    expect(names).toContain('mailer\nworkers');
    expect(names).toContain('sessions 🛒 _x0041_');
    expect(sheets.Readiness!.flat()).toContain('no checklist');
  });

  it('moves the result when a reader changes an input', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    const sheet = wb.getWorksheet('Assumptions')!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Plan' && row.getCell(2).value === 'Buffer') row.getCell(3).value = 2;
    });
    const file = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(file);
    execFileSync(soffice!, [`-env:UserInstallation=${recalcProfile(dir)}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', path.join(dir, 'edited'), file], { stdio: 'pipe', timeout: 120_000 });
    const capacity = Papa.parse<string[]>(readFileSync(path.join(dir, 'edited', 'edited-Capacity.csv'), 'utf8')).data;
    const api = capacity.find((r) => r[0] === '=HYPERLINK("http://evil.example","x")')!;
    expect(Number(api[12])).toBeGreaterThan(projection.byId.api!.atEvent.required);
  });

  it('freezes the header rows (checked in the sheet XML: LibreOffice drops panes on export)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    for (const name of ['Capacity', 'Projection', 'Assumptions']) expect(wb.getWorksheet(name)!.views[0]?.state, name).toBe('frozen');
  });

  it('carries the chart picture on the Summary and asks Excel to recompute on open (streamed writer)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'report.xlsx'));
    expect(wb.getWorksheet('Summary')!.getImages()).toHaveLength(1);
    const workbookXml = execFileSync('unzip', ['-p', path.join(dir, 'report.xlsx'), 'xl/workbook.xml'], { encoding: 'utf8' });
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
