import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { projectPlan } from '../engine';
import { parsePlanDocument, type Plan } from '../model';
import { generateItems } from './build-checklist';

function conference(launchPerMinute?: number, warmupSeconds?: number): Plan {
  const parsed = parsePlanDocument(globalConference);
  if (!parsed.ok) throw new Error('sample');
  const app = parsed.plan.nodes.find((n) => n.id === 'platform-app');
  if (app?.kind !== 'service') throw new Error('app');
  if (launchPerMinute !== undefined) app.params.autoscaling = { ...app.params.autoscaling, launchPerMinute, ...(warmupSeconds !== undefined ? { warmupSeconds } : {}) };
  return parsed.plan;
}

const START = Date.parse('2027-06-08T09:00:00-07:00');
const MINUTE = 60_000;

function prescaleItem(plan: Plan) {
  const item = generateItems(plan, projectPlan(plan)).find((i) => i.id === 'node:platform-app:prescale');
  if (!item) throw new Error('no pre-scale item');
  return item;
}

describe('the pre-scale item is dated for the ramp', () => {
  it('keeps the plan\'s 2 h lead when the group grows faster than that (10 a minute, 300 s warm-up)', () => {
    const item = prescaleItem(conference());
    expect((START - Date.parse(item.dueAt)) / MINUTE).toBe(120);
    expect(item.dueNote).toContain("the plan's pre-scale lead time");
  });
  it('moves earlier when the ramp takes longer than the lead: at 0.5 a minute the T-1 day step takes hours', () => {
    const plan = conference(0.5, 600);
    const item = prescaleItem(plan);
    const lead = (START - Date.parse(item.dueAt)) / MINUTE;
    expect(lead).toBeGreaterThan(120);
    expect(item.dueNote).toMatch(/takes \d/);
    expect(item.dueNote).toContain("longer than the plan's pre-scale lead of 2 h");
    expect(item.dueNote).toContain('0.5 a minute');
  });
});
