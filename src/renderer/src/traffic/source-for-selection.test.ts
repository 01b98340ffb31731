import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../../shared/model/parse-plan';
import { sourceForSelection } from './source-for-selection';

function twoSourcePlan() {
  const parsed = parsePlanDocument({
    name: 'Two doors', startMonth: '2026-12', event: { name: 'Launch', startDate: '2027-03-01' },
    nodes: [
      { id: 'web', kind: 'trafficSource', name: 'web', position: { x: 0, y: 0 }, params: { baselineRps: 100 } },
      { id: 'mobile', kind: 'trafficSource', name: 'mobile', position: { x: 0, y: 200 }, params: { baselineRps: 50 } },
      { id: 'api', kind: 'service', name: 'api', position: { x: 300, y: 200 }, params: {} },
      { id: 'db', kind: 'database', name: 'db', position: { x: 600, y: 200 }, params: {} },
    ],
    edges: [
      { id: 'mobile-api', source: 'mobile', target: 'api' },
      { id: 'api-db', source: 'api', target: 'db' },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

describe('the source the Traffic view opens', () => {
  it('is the selected source, not the first one', () => {
    expect(sourceForSelection(twoSourcePlan(), ['mobile'], [])?.id).toBe('mobile');
  });
  it('is the source feeding a selected node or connection, however far upstream', () => {
    expect(sourceForSelection(twoSourcePlan(), ['db'], [])?.id).toBe('mobile');
    expect(sourceForSelection(twoSourcePlan(), [], ['api-db'])?.id).toBe('mobile');
  });
  it('is the first source when nothing selected leads back to one', () => {
    expect(sourceForSelection(twoSourcePlan(), [], [])?.id).toBe('web');
  });
});
