import { describe, expect, it } from 'vitest';
import { addNode } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../../../shared/model/plan';
import { setNodeParam } from './node-param-edit';
import { setPlanField } from './plan-field-edit';

const empty = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });
const plan = addNode(addNode(empty, 'service', 'svc', { x: 0, y: 0 }), 'cache', 'kv', { x: 300, y: 0 });

function message(result: { ok: true } | { ok: false; message: string }): string {
  return result.ok ? '(accepted)' : result.message;
}

describe('a field refused by the schema says so in the field’s own words and unit', () => {
  it('growth below −99 % a month names the growth, the percent and the month', () => {
    expect(message(setPlanField(plan, 'growth', 'monthlyRate', -1.5))).toBe('Growth per month must be at least −99 % a month.');
    expect(message(setPlanField(plan, 'growth', 'monthlyRate', 11))).toBe('Growth per month must be at most 1,000 % a month.');
  });

  it('a percent parameter speaks percent, not the stored ratio', () => {
    expect(message(setNodeParam(plan, 'svc', 'measuredUtilization', 1.2))).toBe('…at CPU must be at most 100 %.');
    expect(message(setNodeParam(plan, 'kv', 'hitRatio', -0.1))).toBe('Hit ratio must be at least 0 %.');
  });

  it('a rate that must be positive says “above 0” in its unit', () => {
    expect(message(setNodeParam(plan, 'svc', 'measuredRps', -5))).toBe('Measured throughput must be above 0 req/s per instance.');
  });

  it('a count says whole number and its range', () => {
    expect(message(setNodeParam(plan, 'svc', 'currentInstances', 2.5))).toBe('Instances today must be a whole number.');
    expect(message(setNodeParam(plan, 'svc', 'currentInstances', -1))).toBe('Instances today must be at least 0.');
    expect(message(setNodeParam(plan, 'svc', 'maxInstances', 2_000_000))).toBe('Autoscaling max must be at most 1,000,000.');
  });

  it('plan-level counts and policy fields name themselves', () => {
    expect(message(setPlanField(plan, 'root', 'horizonMonths', 0))).toBe('Horizon must be at least 1 month.');
    expect(message(setPlanField(plan, 'event', 'durationDays', 400))).toBe('Duration must be at most 366 days.');
    expect(message(setPlanField(plan, 'headroom', 'targetUtilization', 0))).toBe('Target utilization must be above 0 %.');
    expect(message(setPlanField(plan, 'headroom', 'zones', 13))).toBe('Zones must be at most 12.');
  });

  it('no message anywhere carries zod’s own wording', () => {
    const results = [
      setPlanField(plan, 'growth', 'monthlyRate', -3),
      setPlanField(plan, 'headroom', 'buffer', 20),
      setPlanField(plan, 'event', 'surge', { mode: 'multiplier', value: -1 }),
      setNodeParam(plan, 'kv', 'workingSetGb', -1),
      setNodeParam(plan, 'svc', 'hourlyCost', -1),
    ];
    for (const r of results) expect(message(r)).not.toMatch(/Too small|Too big|expected number|>=|<=/);
  });
});
