import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { projectPlan } from '../../engine';
import { PlanSchema, type Plan } from '../../model';
import { buildChecklist, CustomItemSchema, emptyChecklistState, type ChecklistState } from '../../readiness';
import { readinessForExport } from '../readiness-input';
import { reportPlan } from '../testing/report-plan';
import { writeWorkbook } from './workbook';

/**
 * Fuzz: whatever a user types (node names, instance types, the plan and event names,
 * notes, the currency, checklist titles, owners and notes), the workbook read back holds
 * it as text, never as a formula, so `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)` stay inert in
 * Excel and LibreOffice. Each string ends with a unique marker so the test can find the
 * cell it landed in and prove it is a string cell, and that no formula carries it.
 */

const formulaish = fc.constantFrom('', '=', '+', '-', '@', '=HYPERLINK("http://evil.example","x")&', "+cmd|' /C calc'!A0", '=1+1', '\t=', '-2+3', '=cmd|"/c calc"!A1');
// Characters XML cannot carry and OOXML's own escape syntax, which a writer must neutralize.
const awkward = fc.constantFrom('\u0001', '\u0008', '\u001F', '\uFFFE', '\uD800', '_x0041_', '\n', '\r', '"', '<', '&');
const anyText = fc.oneof(
  fc.string({ unit: awkward, maxLength: 6 }),
fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 24 }));
const marker = (i: number) => `Qz${i}mK`;
const hostile = (i: number) => fc.tuple(formulaish, anyText).map(([head, body]) => `${head}${body}${marker(i)}`);

interface Fields {
  plan: string;
  event: string;
  description: string;
  currency: string;
  nodeNames: string[];
  instanceType: string;
  nodeNote: string;
  itemNote: string;
  itemOwner: string;
  customTitle: string;
}

const fieldsArb: fc.Arbitrary<Fields> = fc.record({
  plan: hostile(0),
  event: hostile(1),
  description: hostile(2),
  // The plan's currency is at most 8 characters: a short formula and a marker.
  currency: fc.tuple(fc.constantFrom('=', '+', '@', '-'), fc.oneof(awkward.filter((c) => c.length === 1), fc.string({ unit: 'binary', maxLength: 1 }))).map(([h, b]) => `${h}${b}${marker(3)}`),
  nodeNames: fc.tuple(...Array.from({ length: 7 }, (_, i) => hostile(10 + i))),
  instanceType: hostile(4),
  nodeNote: hostile(5),
  itemNote: hostile(6),
  itemOwner: hostile(7),
  customTitle: hostile(8),
});

function hostilePlan(f: Fields): Plan {
  const base = reportPlan();
  let named = 0;
  return PlanSchema.parse({
    ...base,
    name: f.plan,
    description: f.description,
    currency: f.currency,
    event: { ...base.event, name: f.event },
    nodes: base.nodes.map((n) => {
      const name = n.kind === 'trafficSource' ? n.name : f.nodeNames[named++] ?? n.name;
      const params = 'instanceType' in n.params ? { ...n.params, instanceType: f.instanceType } : n.params;
      return { ...n, name, notes: f.nodeNote, params };
    }),
  });
}

function hostileState(plan: Plan, f: Fields): ChecklistState {
  const first = buildChecklist(plan, projectPlan(plan), emptyChecklistState())[0]!;
  return {
    ...emptyChecklistState(),
    items: { [first.id]: { status: 'blocked', owner: f.itemOwner, note: f.itemNote, evidenceUrl: '', updatedAt: '' } },
    custom: [CustomItemSchema.parse({ id: 'custom:1', phase: 't-1w', title: f.customTitle, owner: f.itemOwner, note: f.itemNote })],
  };
}

interface Seen {
  textCells: string[];
  formulas: string[];
}

async function readBack(bytes: Uint8Array): Promise<Seen> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const seen: Seen = { textCells: [], formulas: [] };
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          seen.formulas.push(`${ws.name}!${cell.address}: ${cell.formula ?? ''}`);
          return;
        }
        const v = cell.value;
        if (typeof v === 'string') seen.textCells.push(v);
        else if (v && typeof v === 'object' && 'richText' in v) seen.textCells.push(v.richText.map((r) => r.text).join(''));
      });
    });
  });
  return seen;
}

describe('user strings in the XLSX', () => {
  it('are always written as text, never as formulas', async () => {
    await fc.assert(
      fc.asyncProperty(fieldsArb, async (f) => {
        const plan = hostilePlan(f);
        const projection = projectPlan(plan);
        const readiness = readinessForExport(plan, projection, hostileState(plan, f), new Date('2026-08-01T00:00:00Z'));
        const bytes = await writeWorkbook({ plan, projection, readiness: readiness.input, now: new Date('2026-01-01T00:00:00Z') }, { nodeBuffer: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
        const seen = await readBack(bytes);

        expect(seen.formulas.length, 'the report keeps its own live formulas').toBeGreaterThan(0);
        // No formula anywhere carries user text: the workbook's own formulas reference cells only.
        const markers = Array.from({ length: 20 }, (_, i) => marker(i));
        for (const formula of seen.formulas) for (const m of markers) expect(formula, formula).not.toContain(m);

        // And each string the report shows is there, as a text cell.
        const written = [f.plan, f.event, f.currency, ...f.nodeNames, f.itemNote, f.itemOwner, f.customTitle];
        for (const text of written) {
          const m = text.slice(text.lastIndexOf('Qz'));
          expect(seen.textCells.some((c) => c.includes(m)), `${JSON.stringify(text)} as a text cell`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
