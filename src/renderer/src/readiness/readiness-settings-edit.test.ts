import { describe, expect, it } from 'vitest';
import { makePlan } from '../../../shared/readiness/test-fixtures';
import { latencyText, setLatencyObjective, setSourceAverage } from './readiness-settings-edit';

describe('readiness settings edits', () => {
  const plan = makePlan();

  it('types a source average, and clears it back to unknown with an empty field', () => {
    const typed = setSourceAverage(plan, 'web', '13,334');
    expect(typed.ok && typed.plan.nodes[0]).toMatchObject({ params: { averageRps: 13_334 } });
    if (!typed.ok) return;
    const cleared = setSourceAverage(typed.plan, 'web', ' ');
    expect(cleared.ok && 'averageRps' in (cleared.plan.nodes[0]!.params as object)).toBe(false);
  });

  it('refuses a negative or non-numeric average, saying what it wants, and keeps the plan', () => {
    expect(setSourceAverage(plan, 'web', 'lots')).toEqual({ ok: false, message: 'a number of requests/s, or empty when not known' });
    expect(setSourceAverage(plan, 'web', '-5')).toMatchObject({ ok: false });
  });

  it('sets, replaces and removes the p99 latency objective', () => {
    const set = setLatencyObjective(plan, 99, '150');
    if (!set.ok) throw new Error(set.message);
    expect(set.plan.slo.latency).toEqual([{ percentile: 99, thresholdMs: 150 }]);
    expect(latencyText(set.plan, 99)).toBe('150');
    const replaced = setLatencyObjective(set.plan, 99, '120');
    expect(replaced.ok && replaced.plan.slo.latency).toEqual([{ percentile: 99, thresholdMs: 120 }]);
    const removed = setLatencyObjective(set.plan, 99, '');
    expect(removed.ok && removed.plan.slo.latency).toEqual([]);
    expect(setLatencyObjective(plan, 99, '0')).toMatchObject({ ok: false });
  });
});
