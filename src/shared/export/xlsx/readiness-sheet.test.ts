import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine';
import { parsePlanText } from '../../model';
import { emptyChecklistState, formatDue, type ChecklistState } from '../../readiness';
import { readinessForExport } from '../readiness-input';
import { buildWorkbook } from './workbook';

const parsed = parsePlanText(readFileSync(new URL('../../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const plan = parsed.plan;
const projection = projectPlan(plan);
const now = new Date('2027-03-08T17:00:00Z');

const state: ChecklistState = {
  ...emptyChecklistState(),
  items: {
    'node:platform-db:add-replicas': { status: 'in-progress', owner: 'Dana (DBA)', note: 'snapshot restoring', evidenceUrl: 'https://wiki.example/db-plan', updatedAt: '' },
  },
};

function sheetRows(readinessState: ChecklistState) {
  const readiness = readinessForExport(plan, projection, readinessState, now);
  const wb = buildWorkbook({ plan, projection, readiness: readiness.input, chartPng: new Uint8Array(0), now });
  const ws = wb.getWorksheet('Readiness')!;
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { rows, report: readiness.report! };
}

describe('the XLSX Readiness sheet', () => {
  const { rows, report } = sheetRows(state);
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);

  it('has one row per item with its whole detail, node, owner, status, due and evidence, as the report has them', () => {
    expect(header).toEqual(['Phase', 'Due', 'Item', 'Node', 'Owner', 'Status', 'Detail', 'Why due then', 'Evidence', 'Note']);
    for (const item of report.items) {
      const row = rows.find((r) => r[col('Item')] === item.title);
      expect(row, item.id).toBeDefined();
      expect(row![col('Due')]).toBe(formatDue(item.dueAt, plan.event.timeZone));
      expect(row![col('Detail')]).toBe(item.detail);
      expect(row![col('Status')]).toBe(item.status);
    }
    const db = rows.find((r) => r[col('Item')]!.startsWith('platform-db: add 2 read replicas (31 → 33)'))!;
    expect(db[col('Node')]).toBe('platform-db');
    expect(db[col('Owner')]).toBe('Dana (DBA)');
    expect(db[col('Status')]).toBe('in-progress');
    expect(db[col('Evidence')]).toBe('https://wiki.example/db-plan');
    expect(db[col('Note')]).toBe('snapshot restoring');
    const scaleDown = rows.find((r) => r[col('Item')] === 'Scale down gradually (30% per hour)')!;
    expect(scaleDown[col('Detail')]).toMatch(/platform-app: \d+ → \d+/);
    const chaos = rows.find((r) => r[col('Item')]!.startsWith('Chaos test'))!;
    expect(chaos[col('Why due then')]).toMatch(/^moved from Sun 6 Jun to Fri 4 Jun: tests run on working days/);
  });

  it('shows the event start in its zone and in UTC, the progress per phase, and the verdict with its rules and every reason', () => {
    expect(rows).toContainEqual(['Starts', 'Tue 8 Jun 2027 09:00 (America/Los_Angeles)']);
    expect(rows).toContainEqual(['Starts (UTC)', '2027-06-08T16:00:00.000Z']);
    const progressAt = rows.findIndex((r) => r[0] === 'Progress per phase');
    expect(rows[progressAt + 1]).toEqual(['Phase', 'Done', 'Not applicable', 'Items', 'Overdue', 'Blocked']);
    for (const [k, p] of report.progress.entries()) expect(rows[progressAt + 2 + k]).toEqual([p.label, String(p.done), String(p.notApplicable), String(p.total), String(p.overdue), String(p.blocked)]);
    expect(rows).toContainEqual(['Verdict: At risk']);
    expect(rows).toContainEqual(['Rule', 'R1: a critical finding is open; the items covering it are on track']);
    const reasons = rows.filter((r) => r[0] === 'Reason').map((r) => r[2]);
    expect(reasons).toEqual(report.overall.reasons.map((r) => `R1 · ${r.text}`));
    expect(reasons.some((r) => r!.includes('platform-db'))).toBe(true);
  });

  it('gives the Summary the start minute as the readiness report dated it, local and UTC', () => {
    const late = { ...plan, event: { ...plan.event, startTime: '18:30' } };
    const readiness = readinessForExport(late, projection, state, now);
    const wb = buildWorkbook({ plan: late, projection, readiness: readiness.input, chartPng: new Uint8Array(0), now });
    const starts = wb.getWorksheet('Summary')!.getColumn(1).values.indexOf('Starts');
    expect(wb.getWorksheet('Summary')!.getRow(starts).getCell(2).value).toBe('Tue 8 Jun 2027 18:30 (America/Los_Angeles) = 2027-06-09T01:30:00.000Z, 3 day(s)');
  });
});
