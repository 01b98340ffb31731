import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAckTracker, createQuitCoordinator } from './quit-coordinator';

function quitEvent() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

/** A fake app: windows that save (or hang), and the quit the coordinator triggers. */
function setup(options: { windows: number; hang?: boolean; timeoutMs?: number }) {
  const tracker = createAckTracker();
  const saved: number[] = [];
  let quits = 0;
  const coordinator = createQuitCoordinator({
    send: (requestId) => {
      for (let w = 0; w < options.windows; w += 1) {
        if (!options.hang) setTimeout(() => {
          saved.push(w);
          tracker.ack(requestId);
        }, 50 * (w + 1));
      }
      return options.windows;
    },
    waitForAck: (id, n) => tracker.wait(id, n),
    quit: () => {
      quits += 1;
      // app.quit() emits before-quit again; the coordinator must let this one through.
      const again = quitEvent();
      coordinator.beforeQuit(again);
      if (again.prevented) throw new Error('the coordinator blocked its own quit');
    },
    timeoutMs: options.timeoutMs ?? 5000,
  });
  return { coordinator, tracker, saved, quits: () => quits };
}

describe('quitting with unsaved edits', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the quit until every window has flushed its edits, then quits once', async () => {
    const { coordinator, saved, quits } = setup({ windows: 2 });
    const first = quitEvent();
    coordinator.beforeQuit(first);
    expect(first.prevented).toBe(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual([0]);
    expect(quits()).toBe(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual([0, 1]);
    expect(quits()).toBe(1);
  });

  it('holds a second quit request while the flush is running instead of quitting early', async () => {
    const { coordinator, quits } = setup({ windows: 1 });
    coordinator.beforeQuit(quitEvent());
    const impatient = quitEvent();
    coordinator.beforeQuit(impatient);
    expect(impatient.prevented).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(quits()).toBe(1);
  });

  it('quits anyway when a window does not answer in time', async () => {
    const log: string[] = [];
    const tracker = createAckTracker();
    let quits = 0;
    const coordinator = createQuitCoordinator({ send: () => 1, waitForAck: (id, n) => tracker.wait(id, n), quit: () => (quits += 1), timeoutMs: 3000, log: (m) => log.push(m) });
    coordinator.beforeQuit(quitEvent());
    await vi.advanceTimersByTimeAsync(2999);
    expect(quits).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(quits).toBe(1);
    expect(log[0]).toMatch(/no answer .* 3000 ms/);
  });

  it('quits at once when there is no window to ask', () => {
    const { coordinator, quits } = setup({ windows: 0 });
    const event = quitEvent();
    coordinator.beforeQuit(event);
    expect(event.prevented).toBe(false);
    expect(quits()).toBe(0);
  });
});

describe('acknowledgements', () => {
  it('ignores answers to unknown requests and non-numbers, so a stale or forged message cannot release a quit', async () => {
    const tracker = createAckTracker();
    let done = false;
    void tracker.wait(7, 1).then(() => (done = true));
    tracker.ack(6);
    tracker.ack('7');
    tracker.ack(undefined);
    await Promise.resolve();
    expect(done).toBe(false);
    tracker.ack(7);
    await Promise.resolve();
    expect(done).toBe(true);
  });
});
