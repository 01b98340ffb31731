import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { projectPlan } from '../engine';
import { writeWorkbook } from '../export/xlsx/workbook';
import { parsePlanDocument } from '../model';
import { recomputeSheets, soffice, sofficeSkipReason } from '../../test-support/libreoffice';

/**
 * The two kinds' XLSX formulas recomputed by LibreOffice on the sample that uses both
 * (pods and the node group's cost, a function's concurrency and its usage cost): every
 * sized row and month must come back as the engine's number.
 */
const parsed = parsePlanDocument(ticketingLaunch);
if (!parsed.ok) throw new Error('ticketing-launch sample invalid');
const plan = parsed.plan;
const projection = projectPlan(plan);
let dir = '';
const sheets: Record<string, string[][]> = {};

describe.skipIf(!soffice)('ticketing launch XLSX recomputed by LibreOffice' + (soffice ? '' : ` (skipped: ${sofficeSkipReason})`), () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'headroom-kinds-xlsx-'));
    const bytes = await writeWorkbook({ plan, projection, deflate: (d) => deflateSync(d), now: new Date('2026-01-01T00:00:00Z') }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
    const file = path.join(dir, 'ticketing.xlsx');
    writeFileSync(file, bytes);
    Object.assign(sheets, recomputeSheets(dir, [file], ['Capacity', 'Projection', 'Assumptions'])[file]);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no formula errors', () => {
    for (const [name, rows] of Object.entries(sheets)) expect(rows.flat().filter((c) => /^#(DIV\/0!|NAME\?|VALUE!|REF!|N\/A|NUM!)|^Err:/.test(c)), name).toEqual([]);
  });

  it('recomputes every sized row, the workload and the function included, to the engine’s numbers', () => {
    const names = new Set(projection.nodes.map((n) => n.name));
    const rows = sheets.Capacity!.slice(1).filter((r) => names.has(r[0] ?? ''));
    const sized = projection.nodes.filter((n) => n.unit !== null);
    expect(sized.map((n) => n.kind)).toEqual(expect.arrayContaining(['kubernetesWorkload', 'serverlessFunction']));
    expect(rows).toHaveLength(sized.length);
    sized.forEach((node, i) => {
      const row = rows[i]!;
      const at = node.atEvent;
      expect(Number(row[8]), `${node.name} base need`).toBe(at.base);
      expect(Number(row[9]), `${node.name} with redundancy`).toBe(at.requiredUnclamped);
      expect(Number(row[12]), `${node.name} required`).toBe(at.required);
      expect(Number(row[13]), `${node.name} current`).toBe(at.current);
      expect(row[15], `${node.name} status`).toBe(at.status);
      expect(Number(row[16]), `${node.name} cost`).toBeCloseTo(at.monthlyCost, 6);
    });
  });

  it('recomputes every month of the Projection sheet to the engine’s needs', () => {
    const rows = sheets.Projection!.slice(1).filter((r) => r[1]?.startsWith('required'));
    const sized = projection.nodes.filter((n) => n.unit !== null);
    sized.forEach((node, i) => {
      expect(rows[i]!.slice(3, 3 + projection.months.length).map(Number), node.name).toEqual(node.monthly.map((s) => s.required));
    });
  });
});
