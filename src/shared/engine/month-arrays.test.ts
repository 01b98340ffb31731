import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type Plan } from '../model';
import { projectPlan } from './project';
import type { Projection } from './types';

function sample(name: string): Plan {
  const parsed = parsePlanText(readFileSync(`resources/samples/${name}.headroom.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.plan;
}

/** Everything a projection's lazy parts answer: series, steps, months, explanations, finding texts. */
function lazyReads(p: Projection): string {
  return JSON.stringify({
    nodes: p.nodes.map((n) => ({ series: n.series, addBy: n.addBy, month2: n.monthAt(2), why: n.atEvent.explanation, monthly: n.monthly })),
    findings: p.findings.map((f) => [f.message, f.suggestion]),
  });
}

describe('month arrays kept between recomputes of plans of the same shape', () => {
  const plan = sample('event-platform');
  // Same nodes, edges and horizon (the same array lengths), other numbers.
  const busier: Plan = { ...plan, growth: { ...plan.growth, monthlyRate: plan.growth.monthlyRate + 0.1 } };

  it('leave an earlier projection its own numbers when a later recompute takes the arrays over', () => {
    const alone = lazyReads(projectPlan(plan));
    const earlier = projectPlan(plan);
    const later = projectPlan(busier);
    expect(lazyReads(earlier)).toBe(alone);
    expect(lazyReads(later)).toBe(lazyReads(projectPlan(busier)));
    expect(lazyReads(later)).not.toBe(alone);
  });

  it('give the same numbers to a recompute that reuses them as to the first one', () => {
    const first = JSON.stringify(projectPlan(busier));
    projectPlan(plan);
    expect(JSON.stringify(projectPlan(busier))).toBe(first);
  });
});
