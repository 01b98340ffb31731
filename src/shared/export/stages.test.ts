import { describe, expect, it } from 'vitest';
import { sizeAtStage, stages, wantedAtStage } from './stages';
import { makePlan, makeProjection } from './testing/fixtures';

const plan = makePlan();
const projection = makeProjection(plan, {
  current: { api: 4, db: 1, cache: 2, workers: 3 },
  monthly: { api: [4, 4, 5, 5, 6, 6, 7], db: [1, 1, 1, 2, 2, 2, 2] },
  event: { api: 18, db: 4, cache: 5, workers: 12 },
});
const node = (id: string) => projection.byId[id]!;

describe('stage rules', () => {
  it('lists the five stages in the order they are applied', () => {
    expect(stages.map((s) => s.fileStem)).toEqual(['01-baseline', '02-t-2w', '03-t-1w', '04-t-1d', '05-after']);
  });
  it('pre-scales databases and caches at T-2w and leaves compute alone', () => {
    expect(wantedAtStage(node('db'), 3, 't-2w')).toBe(4);
    expect(wantedAtStage(node('cache'), 3, 't-2w')).toBe(5);
    expect(wantedAtStage(node('api'), 3, 't-2w')).toBe(4);
  });
  it('takes compute to 3× the event month’s normal need at T-1w, capped at the target', () => {
    // normal need in month 3 is 5 → 15, below the target 18
    expect(wantedAtStage(node('api'), 3, 't-1w')).toBe(15);
    expect(wantedAtStage(node('api'), 3, 't-1w', { interimMultiplier: 10 })).toBe(18);
    expect(wantedAtStage(node('api'), 3, 't-1w', { interimMultiplier: 0.1 })).toBe(4);
  });
  it('scales back to the month after the event, never below today', () => {
    expect(wantedAtStage(node('api'), 3, 'after')).toBe(6);
    expect(wantedAtStage(node('workers'), 3, 'after')).toBe(3);
  });
  it('uses the last month when the event is the horizon’s last month', () => {
    expect(wantedAtStage(node('api'), 6, 'after')).toBe(7);
  });
});

describe('sizeAtStage', () => {
  it('writes a need above max as max and says it was clamped', () => {
    expect(sizeAtStage(node('api'), 3, 't-1d', { min: 2, max: 10 })).toEqual({ desired: 10, wanted: 18, clampedToMax: true });
  });
  it('raises a need below min to min', () => {
    expect(sizeAtStage(node('api'), 3, 'baseline', { min: 6, max: 10 })).toEqual({ desired: 6, wanted: 4, clampedToMax: false });
  });
  it('has no upper bound when the kind has none', () => {
    expect(sizeAtStage(node('cache'), 3, 't-1d', { min: 0, max: null }).desired).toBe(5);
  });
});
