import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeSheets, soffice, sofficeSkipReason } from '../../test-support/libreoffice';
import { initModule, planWith, terraform, terraformSkipReason } from '../../test-support/terraform';
import { projectPlan } from '../engine';
import { readinessForExport } from '../export/readiness-input';
import { renderTfvarsFiles } from '../export/tfvars';
import { buildTfvarsModel, type TfvarsModel } from '../export/tfvars-model';
import { writeWorkbook } from '../export/xlsx/workbook';
import { emptyChecklistState } from '../readiness';
import type { Plan } from '../model';
import { planArb } from './random-plan';

/**
 * A sample of random valid plans (20 a run, new ones each run) through the real tools:
 * LibreOffice recomputes every formula of each exported workbook and must get the cached
 * value back, and `terraform plan` accepts every stage file against the exported
 * variables.tf (or refuses it with "Invalid value for variable" exactly when the plan's
 * own min is above its max, which the file's comment line reports).
 */

const SAMPLE = Number(process.env.PIPELINE_SAMPLE ?? 20);
const SHEETS = ['Capacity', 'Projection', 'Assumptions'] as const;
const NOW = new Date('2026-06-01T00:00:00Z');
// New plans each run; a failure names its seed so PIPELINE_SEED=<seed> replays the same plans.
const SEED = Number(process.env.PIPELINE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const plans: Plan[] = fc.sample(planArb({ maxNodes: 6, maxHorizon: 24 }), { numRuns: SAMPLE, seed: SEED });
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'headroom-pipeline-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every formula cell's cached result, by sheet and 0-based [row, column]. */
async function cachedFormulas(file: string): Promise<Map<string, { sheet: string; row: number; col: number; value: unknown; formula: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, { sheet: string; row: number; col: number; value: unknown; formula: string }>();
  for (const sheet of SHEETS) {
    wb.getWorksheet(sheet)!.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        out.set(`${sheet}!${r}:${c}`, { sheet, row: r - 1, col: c - 1, value: cell.result, formula: cell.formula });
      });
    });
  }
  return out;
}

/**
 * LibreOffice's CSV keeps a percent format ("30%", "12.5%") even with "as shown" off: such a
 * cell is compared to the precision it shows; every other number to 1e-9, counts exactly.
 */
function sameValue(recomputed: string | undefined, cached: unknown, where: string): void {
  if (typeof cached === 'number') {
    const percent = recomputed?.endsWith('%') === true;
    const lo = percent ? Number(recomputed!.slice(0, -1)) / 100 : Number(recomputed);
    const shownDecimals = percent ? (recomputed!.split('.')[1]?.length ?? 0) + 2 : 0;
    // Counts are exact up to 1e9; beyond (absurd plans: a trillion cache nodes, fed by loads
    // past 1e15 where a double's last bits are whole requests) the spreadsheet's order of
    // operations moves the last units (seen: 181561972026 against 181561972029), so they are
    // compared to 1e-9 like every other number.
    const tolerance = percent
      ? Math.max(0.5 * 10 ** -shownDecimals, 1e-9 * Math.max(1, Math.abs(cached)))
      : Number.isInteger(cached) && Math.abs(cached) < 1e9 ? 0 : 1e-9 * Math.max(1, Math.abs(cached));
    if (!(Math.abs(lo - cached) <= tolerance)) expect(lo, where).toBe(cached);
  } else {
    expect(recomputed ?? '', where).toBe(String(cached ?? ''));
  }
}

describe.skipIf(!soffice)(`random plans' workbooks recomputed by LibreOffice${soffice ? '' : ` (skipped: ${sofficeSkipReason})`}`, () => {
  it(`${SAMPLE} plans: every formula recomputes to its cached value`, async () => {
    const files: string[] = [];
    for (const [k, plan] of plans.entries()) {
      const projection = projectPlan(plan);
      const readiness = readinessForExport(plan, projection, emptyChecklistState(), NOW);
      const file = path.join(dir, `plan-${k}.xlsx`);
      writeFileSync(file, await writeWorkbook({ plan, projection, readiness: readiness.input, deflate: (d) => deflateSync(d), now: NOW }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) }));
      files.push(file);
    }
    const recomputed = recomputeSheets(path.join(dir, 'lo'), files, SHEETS);
    let checked = 0;
    for (const file of files) {
      for (const [key, c] of await cachedFormulas(file)) {
        sameValue(recomputed[file]![c.sheet]![c.row]?.[c.col], c.value, `${path.basename(file)} ${key} = ${c.formula} (PIPELINE_SEED=${SEED})`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  }, 600_000);
});

function minAboveMax(model: TfvarsModel): boolean {
  return model.nodes.some((n) => {
    const row = n.values.baseline;
    const min = n.check.min;
    const max = n.check.max;
    return 'attr' in min && max !== null && Number(row[min.attr]) > Number(row[max.attr]);
  });
}

describe.skipIf(!terraform)(`random plans' stage files through terraform plan${terraform ? '' : ` (skipped: ${terraformSkipReason})`}`, () => {
  it(`${SAMPLE} plans: every stage file passes against the exported variables.tf`, () => {
    for (const [k, plan] of plans.entries()) {
      const model = buildTfvarsModel(plan, projectPlan(plan));
      if (model.nodes.length === 0) continue;
      const out = path.join(dir, `tf-${k}`);
      mkdirSync(out, { recursive: true });
      const files = renderTfvarsFiles(model);
      for (const f of files) writeFileSync(path.join(out, f.name), f.content);
      const module = initModule(path.join(out, 'module'), path.join(out, 'variables.tf'));
      const refused = minAboveMax(model);
      // Every .tfvars; the .tfvars.json twins for a few plans (same values, another parser).
      const varFiles = files.filter((f) => f.name.endsWith('.tfvars') || (k < 4 && f.name.endsWith('.tfvars.json')));
      for (const f of varFiles) {
        // The schedule sets only its own variable: applied with the baseline stage file.
        const result = planWith(module, f.name.startsWith('schedule.') ? [path.join(out, '01-baseline.tfvars'), path.join(out, f.name)] : path.join(out, f.name));
        if (refused) expect(result.output, `${f.name} of plan ${k} (PIPELINE_SEED=${SEED})`).toContain('Invalid value for variable');
        else expect(result.status, `${f.name} of plan ${k} (PIPELINE_SEED=${SEED}):\n${result.output}`).toBe(0);
      }
    }
  }, 600_000);
});
