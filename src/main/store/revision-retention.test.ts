import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revisionsToPrune, type RevisionStamp } from './revision-retention';

const now = new Date('2026-12-10T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function kept(stamps: RevisionStamp[]): number[] {
  const pruned = new Set(revisionsToPrune(stamps, now));
  return stamps.map((s) => s.revision).filter((r) => !pruned.has(r));
}

describe('which revisions a plan keeps', () => {
  it('coalesces saves made within the same minute into the last of them', () => {
    const stamps = [0, 1, 2, 3].map((i) => ({ revision: i + 1, savedAt: ago(5 * MIN + 10_000 - i * 2000) }));
    expect(kept(stamps)).toEqual([4]);
  });

  it('keeps one per hour for the last week and one per day before that', () => {
    const stamps: RevisionStamp[] = [];
    let revision = 0;
    for (let t = 20 * DAY; t >= 2 * HOUR; t -= 10 * MIN) stamps.push({ revision: (revision += 1), savedAt: ago(t) });
    const survivors = kept(stamps).map((r) => now.getTime() - Date.parse(stamps[r - 1]!.savedAt));
    const older = survivors.filter((age) => age >= 7 * DAY);
    const week = survivors.filter((age) => age < 7 * DAY);
    expect(older.length).toBeLessThanOrEqual(14);
    expect(week.length).toBeLessThanOrEqual(7 * 24 + 1);
    expect(week.length).toBeGreaterThan(6 * 24);
  });

  it('always keeps the newest revision, and never keeps more than the policy allows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * DAY }), { minLength: 1, maxLength: 400 }), (ages) => {
        const sorted = [...ages].sort((a, b) => b - a);
        const stamps = sorted.map((age, i) => ({ revision: i + 1, savedAt: ago(age) }));
        const survivors = kept(stamps);
        expect(survivors).toContain(stamps.length);
        expect(survivors.length).toBeLessThanOrEqual(60 + 7 * 24 + 61 + 3);
      }),
    );
  });
});
