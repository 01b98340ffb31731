import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../../shared/contract/app';
import { followNotices } from './follow-notices';

const notice = (title: string): Notice => ({ at: '2026-12-02T08:00:00Z', title, message: `${title}: nothing was lost` });

describe('followNotices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows each notice after the ones shown at start-up once, asking from the last count it was told', async () => {
    const all = [notice('at start')];
    const asked: number[] = [];
    const ask = vi.fn(async (seen: number) => {
      asked.push(seen);
      return { notices: all.slice(seen), total: all.length };
    });
    const shown: string[] = [];
    const stop = followNotices(ask, (n) => shown.push(n.title), 1, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toEqual([]);
    all.push(notice('log recovered'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toEqual(['log recovered']);
    expect(asked).toEqual([1, 1, 2]);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(3);
  });

  it('keeps asking after a failed ask (the host restarting) and never asks twice at once', async () => {
    let calls = 0;
    let release: (() => void) | null = null;
    const ask = vi.fn((seen: number) => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('connection refused'));
      if (calls === 2) return new Promise<{ notices: Notice[]; total: number }>((resolve) => (release = () => resolve({ notices: [notice('late')], total: seen + 1 })));
      return Promise.resolve({ notices: [], total: seen });
    });
    const shown: string[] = [];
    const stop = followNotices(ask, (n) => shown.push(n.title), 0, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(3000); // the second ask is still out: no third
    expect(calls).toBe(2);
    release!();
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toEqual(['late']);
    expect(calls).toBe(3);
    stop();
  });
});
