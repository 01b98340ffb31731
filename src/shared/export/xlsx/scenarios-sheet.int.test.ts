import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import flashSale from '../../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument } from '../../model';
import { scenarioForExport, type ScenarioExport } from '../../scenarios/export-input';
import { writeWorkbook } from './workbook';
import { recomputeSheets, soffice, sofficeSkipReason } from '../../../test-support/libreoffice';

/**
 * The flash sale exported for its stress case, recomputed by LibreOffice: the Scenarios
 * sheet's live cells (the exported scenario's column over Capacity, the least-regret need,
 * driver and extra cost) come out as the comparison's numbers. Skipped where soffice is absent.
 */
const parsed = parsePlanDocument(flashSale);
if (!parsed.ok) throw new Error('sample');
const chosen = scenarioForExport(parsed.plan, 'Stress (+400%, lose a zone)');
if (!chosen.ok) throw new Error(chosen.message);
const exported: ScenarioExport = chosen.value;
const c = exported.comparison!;
let dir = '';
let rows: string[][] = [];

describe.skipIf(!soffice)('XLSX Scenarios sheet recomputed by LibreOffice' + (soffice ? '' : ` (skipped: ${sofficeSkipReason})`), () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'headroom-scenarios-'));
    const bytes = await writeWorkbook({ plan: exported.plan, projection: exported.projection, scenarios: c, deflate: (d) => deflateSync(d), now: new Date('2026-01-01T00:00:00Z') }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
    const file = path.join(dir, 'report.xlsx');
    writeFileSync(file, bytes);
    rows = recomputeSheets(dir, [file], ['Scenarios'])[file]!.Scenarios!;
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('recomputes each tier\'s event need, least-regret need, driver and extra cost to the comparison\'s', () => {
    const top = rows.findIndex((r) => r[0] === 'Need at the event peak');
    const n = c.scenarios.length;
    c.leastRegret.forEach((lr, i) => {
      const row = rows[top + 1 + i]!;
      expect(row[0]).toBe(lr.name);
      c.scenarios.forEach((s, k) => expect(Number(row[2 + k]), `${lr.name} in ${s.name}`).toBe(s.nodes[i]!.atEvent.required));
      expect(Number(row[2 + n]), `${lr.name} largest`).toBe(lr.required);
      expect(row[3 + n], `${lr.name} driver`).toBe(lr.drivenBy);
      expect(Number(row[4 + n]), `${lr.name} extra cost`).toBeCloseTo(lr.extraMonthlyCost, 6);
    });
    expect(rows.flat().filter((cell) => /^#(DIV\/0!|NAME\?|VALUE!|REF!|N\/A|NUM!)|^Err:/.test(cell))).toEqual([]);
  });
});
