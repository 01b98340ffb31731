import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import flashSale from '../../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../../resources/samples/global-conference.headroom.json';
import { parsePlanDocument, type Plan } from '../../model';
import { scenarioForExport } from '../../scenarios/export-input';
import { planArb } from '../../testing/random-plan';
import { cellText } from './text';
import { buildWorkbook } from './workbook';

function plan(doc: unknown): Plan {
  const parsed = parsePlanDocument(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

function workbook(stored: Plan, scenario?: string) {
  const chosen = scenarioForExport(stored, scenario);
  if (!chosen.ok) throw new Error(chosen.message);
  const v = chosen.value;
  return { wb: buildWorkbook({ plan: v.plan, projection: v.projection, scenarios: v.comparison, chartPng: new Uint8Array(0), now: new Date('2026-06-01T00:00:00Z') }), c: v.comparison! };
}

/** The cached result a reader that trusts it sees (`cell.value` hides a cached 0 of a formula). */
function cached(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function rowOf(ws: ExcelJS.Worksheet, title: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === title) return r;
  throw new Error(`no row ${title}`);
}

describe('XLSX Scenarios sheet', () => {
  const stress = 'Stress (+400%, lose a zone)';
  const { wb, c } = workbook(plan(flashSale), stress);
  const ws = wb.getWorksheet('Scenarios')!;

  it('comes after Projection when the plan has scenarios, and not at all when it has none', () => {
    expect(wb.worksheets.map((s) => s.name).slice(0, 4)).toEqual(['Summary', 'Capacity', 'Projection', 'Scenarios']);
    expect(workbook(plan(globalConference)).wb.getWorksheet('Scenarios')).toBeUndefined();
  });

  it('caches every scenario\'s event need, cost, horizon needs and first short month as the comparison has them', () => {
    const need = rowOf(ws, 'Need at the event peak');
    const cost = rowOf(ws, 'Cost / month at the event peak (USD)');
    c.scenarios.forEach((s, k) => {
      expect(ws.getRow(need).getCell(3 + k).value).toBe(s.name);
      s.nodes.forEach((t, i) => {
        expect(cached(ws.getRow(need + 1 + i).getCell(3 + k))).toBe(t.atEvent.required);
        expect(cached(ws.getRow(cost + 1 + i).getCell(3 + k))).toBe(t.atEvent.monthlyCost);
      });
    });
    for (const [h, month] of c.horizons.entries()) {
      const top = rowOf(ws, `Need at month ${month} (${c.scenarios[0]!.nodes[0]!.horizons[h]!.label})`);
      c.scenarios.forEach((s, k) => s.nodes.forEach((t, i) => expect(cached(ws.getRow(top + 1 + i).getCell(3 + k))).toBe(t.horizons[h]!.required)));
    }
    const short = rowOf(ws, 'First short month');
    c.scenarios.forEach((s, k) => s.nodes.forEach((t, i) => expect(cached(ws.getRow(short + 1 + i).getCell(3 + k))).toBe(t.firstShortLabel ?? '—')));
  });

  it('caches the least-regret need, its driver and its extra cost as the comparison has them, as formulas over the row', () => {
    const need = rowOf(ws, 'Need at the event peak');
    const n = c.scenarios.length;
    c.leastRegret.forEach((r, i) => {
      const row = ws.getRow(need + 1 + i);
      expect(cached(row.getCell(3 + n))).toBe(r.required);
      expect((row.getCell(3 + n).value as ExcelJS.CellFormulaValue).formula).toMatch(/^MAX\(C\d+:F\d+\)$/);
      expect(cached(row.getCell(4 + n))).toBe(r.drivenBy);
      expect(cached(row.getCell(5 + n))).toBe(r.extraMonthlyCost);
    });
  });

  it('makes the exported scenario\'s column live over the Capacity sheet', () => {
    const need = rowOf(ws, 'Need at the event peak');
    const col = 3 + c.scenarios.findIndex((s) => s.name === stress);
    const formula = (ws.getRow(need + 1).getCell(col).value as ExcelJS.CellFormulaValue).formula;
    expect(formula).toMatch(/^Capacity!\$M\$\d+$/);
    const capRow = Number(formula.replace(/^.*\$/, ''));
    expect(cached(wb.getWorksheet('Capacity')!.getRow(capRow).getCell(13))).toBe(cached(ws.getRow(need + 1).getCell(col)));
    expect(typeof ws.getRow(need + 1).getCell(3).value).toBe('number');
  });
});

describe('XLSX Scenarios sheet on random plans', () => {
  it('is written for any plan with scenarios, its event needs the comparison\'s and names kept as text', () => {
    fc.assert(
      fc.property(planArb({ maxNodes: 5 }), (p) => {
        fc.pre(p.scenarios.length > 0);
        const { wb, c } = workbook(p);
        const ws = wb.getWorksheet('Scenarios')!;
        const need = rowOf(ws, 'Need at the event peak');
        c.scenarios.forEach((s, k) => {
          expect(ws.getRow(need).getCell(3 + k).value).toBe(cellText(s.name));
          s.nodes.forEach((t, i) => expect(cached(ws.getRow(need + 1 + i).getCell(3 + k))).toBe(t.atEvent.required));
        });
      }),
      { numRuns: 40 },
    );
  });
});
