import { describe, expect, it } from 'vitest';
import { changedLeaves, createCoalescingRun } from './undo-coalescing';

const plan = { name: 'p', nodes: [{ id: 'a', params: { rps: 1, max: 2 } }, { id: 'b', params: { rps: 3 } }] };
const withParam = (rps: number) => ({ ...plan, nodes: [{ ...plan.nodes[0]!, params: { ...plan.nodes[0]!.params, rps } }, plan.nodes[1]!] });

describe('which edits are one undo step', () => {
  it('names the one leaf a field edit changes, even when the edit rebuilt the objects around it', () => {
    expect(changedLeaves(plan, withParam(12))).toEqual(['.nodes[0].params.rps']);
    expect(changedLeaves(plan, structuredClone(plan))).toEqual([]);
  });

  it('calls adding or removing a node structural', () => {
    expect(changedLeaves(plan, { ...plan, nodes: plan.nodes.slice(1) })).toBeNull();
  });

  it('merges quick edits of the same field, and nothing else', () => {
    const run = createCoalescingRun(1000);
    expect(run.continues(plan, withParam(10), 0)).toBe(false);
    expect(run.continues(withParam(10), withParam(12), 200)).toBe(true);
    expect(run.continues(withParam(12), { ...withParam(12), name: 'q' }, 300)).toBe(false);
    expect(run.continues(plan, withParam(5), 400)).toBe(false);
    expect(run.continues(withParam(5), withParam(6), 2000)).toBe(false);
    run.reset();
    expect(run.continues(withParam(6), withParam(7), 2100)).toBe(false);
  });
});
