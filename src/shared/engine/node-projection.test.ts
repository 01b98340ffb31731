import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../model';
import { projectPlan, additions } from './project';

function sample(name: string) {
  const parsed = parsePlanText(readFileSync(`resources/samples/${name}.headroom.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.plan;
}

describe('a node projection read one month at a time', () => {
  const plan = sample('event-platform');

  it('gives, for each month, the sizing that the whole monthly list holds', () => {
    const whole = projectPlan(plan);
    const oneByOne = projectPlan(plan);
    for (let k = 0; k < whole.nodes.length; k++) {
      for (let m = plan.horizonMonths; m >= 0; m--) {
        expect(JSON.stringify(oneByOne.nodes[k]!.monthAt(m))).toBe(JSON.stringify(whole.nodes[k]!.monthly[m]));
      }
    }
  });

  it('hands out the same object for a month whether read alone first or through the list', () => {
    const p = projectPlan(plan);
    const node = p.nodes.find((n) => n.unit !== null)!;
    const alone = node.monthAt(3);
    expect(node.monthly[3]).toBe(alone);
    expect(node.monthAt(4)).toBe(node.monthly[4]);
  });

  it('refuses a month outside the horizon rather than answering a sizing of nothing', () => {
    const node = projectPlan(plan).nodes[0]!;
    expect(() => node.monthAt(plan.horizonMonths + 1)).toThrow(RangeError);
    expect(() => node.monthAt(-1)).toThrow(RangeError);
    expect(() => node.monthAt(1.5)).toThrow(RangeError);
  });

  it('derives its additions from its monthly needs, as `additions` over the series does', () => {
    for (const node of projectPlan(plan).nodes) {
      expect(node.addBy).toEqual(additions(node.series.required, node.current));
    }
  });

  it('reads each series array from the same numbers as the months, and writes all five in JSON in their order', () => {
    for (const node of projectPlan(plan).nodes) {
      const { series } = node;
      node.monthly.forEach((m, k) => {
        expect(series.required[k]).toBe(m.required);
        expect(series.status[k]).toBe(m.status);
        expect(series.loadRps[k]).toBe(m.loadRps);
      });
      expect(Object.keys(JSON.parse(JSON.stringify(series)) as object)).toEqual(['loadRps', 'required', 'planned', 'monthlyCost', 'status']);
      expect(series.required).toBe(series.required);
    }
  });
});
