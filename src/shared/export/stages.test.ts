import { describe, expect, it } from 'vitest';
import { sizeAtStage, stages, wantedAtStage } from './stages';
import { makePlan, makeProjection } from './testing/fixtures';

// The engine's numbers for the fixture (see testing/fixtures.ts): api needs 4…10 over
// months 0–6 and 28 at the event (month 3); db 1, 1, 2, 2, 2, 2, 2 and 6; cache
// 1, 2, 2, 2, 2, 3, 3 and 7 (today 2); workers 2…5 and 14 (today 3).
const plan = makePlan();
const projection = makeProjection(plan);
const node = (id: string) => projection.byId[id]!;

describe('stage rules', () => {
  it('lists the five stages in the order they are applied', () => {
    expect(stages.map((s) => s.fileStem)).toEqual(['01-baseline', '02-t-2w', '03-t-1w', '04-t-1d', '05-after']);
  });
  it('pre-scales databases and caches at T-2w and leaves compute alone', () => {
    expect(wantedAtStage(node('db'), 3, 't-2w')).toBe(6);
    expect(wantedAtStage(node('cache'), 3, 't-2w')).toBe(7);
    expect(wantedAtStage(node('api'), 3, 't-2w')).toBe(4);
  });
  it('takes compute to 3× the event month’s normal need at T-1w, capped at the target', () => {
    // normal need in month 3 is 7 → 21, below the target 28
    expect(wantedAtStage(node('api'), 3, 't-1w')).toBe(21);
    expect(wantedAtStage(node('api'), 3, 't-1w', { interimMultiplier: 10 })).toBe(28);
    expect(wantedAtStage(node('api'), 3, 't-1w', { interimMultiplier: 0.1 })).toBe(4);
  });
  it('scales back to the month after the event, never below today', () => {
    expect(wantedAtStage(node('api'), 3, 'after')).toBe(8);
    expect(wantedAtStage(node('db'), 3, 'after')).toBe(2);
    // The cache needs 1 in month 0, but 2 run today.
    expect(wantedAtStage(node('cache'), -1, 'after')).toBe(2);
  });
  it('uses the last month when the event is the horizon’s last month', () => {
    expect(wantedAtStage(node('api'), 6, 'after')).toBe(10);
  });
});

describe('sizeAtStage', () => {
  it('writes a need above max as max and says it was clamped', () => {
    expect(sizeAtStage(node('api'), 3, 't-1d', { min: 2, max: 10 })).toEqual({ desired: 10, wanted: 28, clampedToMax: true });
  });
  it('raises a need below min to min', () => {
    expect(sizeAtStage(node('api'), 3, 'baseline', { min: 6, max: 10 })).toEqual({ desired: 6, wanted: 4, clampedToMax: false });
  });
  it('has no upper bound when the kind has none', () => {
    expect(sizeAtStage(node('cache'), 3, 't-1d', { min: 0, max: null }).desired).toBe(7);
  });
});
