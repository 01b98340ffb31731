import { describe, expect, it } from 'vitest';
import { reuseUnchangedEdges } from './edge-reuse';
import type { PlanFlowEdge } from './PlanEdge';

const edge = (id: string, over: Partial<PlanFlowEdge> = {}): PlanFlowEdge => ({
  id,
  type: 'plan',
  source: `${id}-from`,
  target: `${id}-to`,
  label: '120 rps',
  selected: false,
  data: { callsPerRequest: 1, labelT: 0.5, fullLabel: '', lane: null },
  ...over,
});

describe('flow edges kept across a rebuild', () => {
  it('keeps every previous object, and the array itself, when nothing an edge draws changed', () => {
    const previous = [edge('a'), edge('b')];
    const result = reuseUnchangedEdges(previous, [edge('a'), edge('b')], new Set());
    expect(result).toBe(previous);
  });

  it('a selection change makes a new object for the edges whose selection changed only', () => {
    const previous = [edge('a'), edge('b')];
    const result = reuseUnchangedEdges(previous, [edge('a'), edge('b')], new Set(['b']));
    expect(result[0]).toBe(previous[0]);
    expect(result[1]).not.toBe(previous[1]);
    expect(result[1]!.selected).toBe(true);
  });

  it('takes the rebuilt edge when its label, its spot or its ends changed', () => {
    const previous = [edge('a'), edge('b'), edge('c')];
    const next = [edge('a', { label: '130 rps' }), edge('b', { data: { callsPerRequest: 1, labelT: 0.3, fullLabel: '', lane: null } }), edge('c', { target: 'elsewhere' })];
    const result = reuseUnchangedEdges(previous, next, new Set());
    result.forEach((e, i) => expect(e).toBe(next[i]));
  });

  it('follows the rebuilt order and drops removed edges', () => {
    const previous = [edge('a'), edge('b'), edge('c')];
    const result = reuseUnchangedEdges(previous, [edge('c'), edge('a')], new Set());
    expect(result).toEqual([previous[2], previous[0]]);
  });
});
