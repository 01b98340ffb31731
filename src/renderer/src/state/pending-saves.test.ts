import { describe, expect, it } from 'vitest';
import { flushAllSaves, registerPendingSaves } from './pending-saves';

describe('flushing every store before leaving', () => {
  it('waits for every registered save, even when one of them fails', async () => {
    const done: string[] = [];
    const offA = registerPendingSaves(async () => {
      await new Promise((r) => setTimeout(r, 20));
      done.push('plan');
    });
    const offB = registerPendingSaves(async () => {
      throw new Error('disk full');
    });
    const offC = registerPendingSaves(async () => void done.push('checklist'));
    await flushAllSaves();
    expect(done.sort()).toEqual(['checklist', 'plan']);
    offA();
    offB();
    offC();
  });

  it('forgets a store that unregistered', async () => {
    let calls = 0;
    const off = registerPendingSaves(async () => void (calls += 1));
    off();
    await flushAllSaves();
    expect(calls).toBe(0);
  });
});
