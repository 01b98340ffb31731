import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from './autosaver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (v: number) => Promise<void>) {
  const states: SaveState['status'][] = [];
  const saver = createAutosaver<number>({ save, delayMs: 500, onState: (s) => states.push(s.status) });
  return { saver, states };
}

describe('autosaver', () => {
  it('saves once, with the last value, after edits stop for the delay', async () => {
    const saved: number[] = [];
    const { saver } = setup(async (v) => void saved.push(v));
    saver.schedule(1);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    saver.schedule(3);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([3]);
  });

  it('saves an edit made during a save right after that save, never two at once', async () => {
    const saved: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const { saver } = setup(async (v) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 1000));
      saved.push(v);
      running -= 1;
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(600);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual([1, 2]);
    expect(maxRunning).toBe(1);
  });

  it('keeps the value after a failed save, reports the error, and saves it on flush', async () => {
    let fail = true;
    const saved: number[] = [];
    const { saver, states } = setup(async (v) => {
      if (fail) throw new Error('disk full');
      saved.push(v);
    });
    saver.schedule(7);
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toBe('error');
    expect(saver.hasPending()).toBe(true);
    fail = false;
    await saver.flush();
    expect(saved).toEqual([7]);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once without waiting for the delay', async () => {
    const saved: number[] = [];
    const { saver } = setup(async (v) => void saved.push(v));
    saver.schedule(5);
    await saver.flush();
    expect(saved).toEqual([5]);
  });
});
