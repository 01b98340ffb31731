import { describe, expect, it } from 'vitest';
import { cleanNumbers, formatAdditions, formatDuration, formatNumber, formatPercent, formatUtilization } from './format';
import { describeSurge, surgeMultiplier } from './surge';

describe('formatting for findings', () => {
  it('groups thousands the same way everywhere, whatever the locale', () => {
    expect(formatNumber(15_000)).toBe('15,000');
    expect(formatNumber(94_152.85)).toBe('94,153');
    expect(formatNumber(-1_234_567)).toBe('-1,234,567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0.947, 3)).toBe('0.947');
    expect(formatNumber(1_234.5, 1)).toBe('1,234.5');
  });
  it('writes numbers too large to group digit by digit in scientific form, never garbled', () => {
    // A 1000 %/month growth over 60 months reaches 1e62 rps: the finding must still be readable.
    expect(formatNumber(2.06141e305)).toBe('2.06e+305');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(-3.5e22, 2)).toBe('-3.5e+22');
    expect(formatNumber(999_999_999_999_999_900_000)).toBe('999,999,999,999,999,900,000');
  });
  it('writes percentages and durations', () => {
    expect(formatPercent(0.947)).toBe('94.7%');
    expect(formatDuration(3_600)).toBe('60 min');
    expect(formatDuration(Infinity)).toBe('never');
  });
});

describe('surge: both ways of saying it', () => {
  it('"3× normal" is a multiplier of 3, shown with its 200% increase', () => {
    expect(surgeMultiplier({ mode: 'multiplier', value: 3 })).toBe(3);
    expect(describeSurge({ mode: 'multiplier', value: 3 })).toBe('3× normal (a 200% increase)');
  });
  it('"a 300% increase" is a multiplier of 4', () => {
    expect(surgeMultiplier({ mode: 'percentIncrease', value: 300 })).toBe(4);
    expect(describeSurge({ mode: 'percentIncrease', value: 300 })).toBe('a 300% increase (4× normal)');
  });
});

describe('cleanNumbers (JSON without float dust)', () => {
  it('rounds dust away and keeps real digits', () => {
    expect(JSON.stringify({ a: 5406.000000000005, b: 0.1 + 0.2, c: 12.345678, d: 3, e: 1e-7 + 1e-23 }, cleanNumbers)).toBe('{"a":5406,"b":0.3,"c":12.345678,"d":3,"e":1e-7}');
  });
});

describe('formatAdditions', () => {
  it('lists each unit on its own, singular for one, and leaves out units with nothing to add', () => {
    expect(formatAdditions([{ unit: 'units', add: 1 }, { unit: 'workers', add: 39 }, { unit: 'replicas', add: 1 }, { unit: 'nodes', add: 0 }, { unit: 'instances', add: 1200 }])).toBe('1 unit, 39 workers, 1 replica, 1,200 instances');
    expect(formatAdditions([])).toBe('');
  });
});

describe('formatUtilization', () => {
  it('reads as a percentage up to twice the capacity', () => {
    expect(formatUtilization(0.4)).toBe('40%');
    expect(formatUtilization(1.4)).toBe('140%');
  });
  it('reads as a multiple of the capacity past twice it, capped at ten times', () => {
    expect(formatUtilization(3.44)).toBe('3.4× capacity');
    expect(formatUtilization(10)).toBe('over 10× capacity');
    expect(formatUtilization(40)).toBe('over 10× capacity');
  });
  it('says there is no capacity when nothing runs today, and a dash when nothing is asked', () => {
    expect(formatUtilization(Infinity)).toBe('no capacity today');
    expect(formatUtilization(0)).toBe('—');
    expect(formatUtilization(Number.NaN)).toBe('—');
  });
});
