import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine';
import { addNode } from '../editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../model/plan';
import { trafficFromPlan } from './traffic-input';
import { buildWorkbook } from './xlsx/workbook';

function planWithHistory(): Plan {
  let plan = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });
  plan = addNode(plan, 'trafficSource', 'web', { x: 0, y: 0 }, 'web-users');
  plan = addNode(plan, 'trafficSource', 'api', { x: 0, y: 100 }, 'partners');
  const summary = {
    fileName: 'web.csv', format: 'csv', series: null, rows: 2880, firstTimestamp: '2026-11-01T00:00:00.000Z', lastTimestamp: '2026-11-02T23:59:00.000Z',
    intervalSeconds: 60, dailyPeaks: [{ date: '2026-11-01', peakRps: 1200 }, { date: '2026-11-02', peakRps: 1350 }],
    peak: 1350, mean: 1275, p95: 1342.5, p99: 1348.5, gaps: { count: 0, largestSeconds: 0 }, valueKind: 'rate', rateUnit: 'perSecond', timeZone: 'UTC',
  };
  return PlanSchema.parse({ ...plan, nodes: plan.nodes.map((n) => (n.id === 'web' ? { ...n, params: { ...n.params, historySummary: summary } } : n)) });
}

describe('the report’s Traffic sheet from the plan', () => {
  it('takes the daily peaks of every source that has imported history', () => {
    expect(trafficFromPlan(planWithHistory())).toEqual([{ sourceName: 'web-users', dailyPeaks: [{ date: '2026-11-01', peakRps: 1200 }, { date: '2026-11-02', peakRps: 1350 }] }]);
  });

  it('writes them into the workbook when the caller passes no traffic of its own', () => {
    const plan = planWithHistory();
    const sheet = buildWorkbook({ plan, projection: projectPlan(plan), chartPng: new Uint8Array() }).getWorksheet('Traffic')!;
    const values = sheet.getSheetValues().flat().map(String);
    expect(values).toContain('web-users');
    expect(values).toContain('1350');
  });
});
