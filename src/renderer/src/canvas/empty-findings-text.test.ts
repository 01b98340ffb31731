import { describe, expect, it } from 'vitest';
import { addNode } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../../../shared/model/plan';
import { emptyFindingsText } from './empty-findings-text';

const empty = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });

describe('the findings list with nothing flagged', () => {
  it('an empty plan is told how to start, not that every tier has its headroom', () => {
    expect(emptyFindingsText(empty)).toMatch(/add a traffic source.*template/);
    expect(emptyFindingsText(empty)).not.toMatch(/every tier/);
  });
  it('a plan of traffic sources only is told to add tiers', () => {
    expect(emptyFindingsText(addNode(empty, 'trafficSource', 'web', { x: 0, y: 0 }))).toMatch(/No tiers to size yet/);
  });
  it('a plan with tiers and no findings says every tier has its headroom', () => {
    expect(emptyFindingsText(addNode(empty, 'service', 'svc', { x: 0, y: 0 }))).toMatch(/every tier has its headroom/);
  });
});
