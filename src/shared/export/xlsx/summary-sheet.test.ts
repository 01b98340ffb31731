import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine';
import { parsePlanText } from '../../model';
import { emptyChecklistState } from '../../readiness';
import { readinessForExport } from '../readiness-input';
import { buildWorkbook } from './workbook';

const parsed = parsePlanText(readFileSync(new URL('../../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const plan = parsed.plan;
const projection = projectPlan(plan);
const now = new Date('2027-03-08T17:00:00Z');

describe('the Summary sheet as printed', () => {
  const readiness = readinessForExport(plan, projection, emptyChecklistState(), now);
  const ws = buildWorkbook({ plan, projection, readiness: readiness.input, chartPng: new Uint8Array(0), now }).getWorksheet('Summary')!;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => void rows.push(row));

  it('wraps every long readiness reason and finding in its column, on a row tall enough for its lines', () => {
    const long = rows.filter((r) => String(r.getCell(3).value ?? '').length > 120);
    expect(long.length).toBeGreaterThan(2);
    for (const row of long) {
      expect(row.getCell(3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      expect(row.height, String(row.getCell(3).value)).toBeGreaterThanOrEqual(27);
    }
  });

  it('has a label column wide enough for its longest label', () => {
    // Every key–value row's label: the cost labels are the longest ("Event's extra cost as bought: …").
    const labels = rows.filter((r) => r.getCell(2).value !== null && r.getCell(2).value !== undefined).map((r) => String(r.getCell(1).value ?? ''));
    expect(labels.some((t) => t.startsWith('Event’s') || t.startsWith("Event's"))).toBe(true);
    const longest = Math.max(...labels.map((t) => t.length));
    expect(ws.getColumn(1).width!).toBeGreaterThanOrEqual(longest);
  });
});
