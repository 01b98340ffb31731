import { describe, expect, it } from 'vitest';
import { errorBudget, ErrorBudgetInputError, eventErrorBudget } from './error-budget';

describe('errorBudget', () => {
  it('gives 43.2 minutes for 99.9% over 30 days (seed 004), exactly', () => {
    const budget = errorBudget(0.999, 30);
    expect(budget.allowedMinutes).toBe(43.2);
    expect(budget.windowMinutes).toBe(43_200);
    expect(budget.summary).toBe('99.9% over 30 days allows 43.2 min of downtime');
  });

  it('scales with nines and window', () => {
    expect(errorBudget(0.9999, 30).allowedMinutes).toBe(4.32);
    expect(errorBudget(0.99, 7).allowedMinutes).toBe(100.8);
    expect(errorBudget(0.999, 1).allowedMinutes).toBe(1.44);
  });

  it('refuses an SLO outside (0, 1) and a non-positive window', () => {
    for (const slo of [0, 1, 1.5, -0.1, Number.NaN, 99.9]) expect(() => errorBudget(slo, 30)).toThrow(ErrorBudgetInputError);
    expect(() => errorBudget(1, 30)).toThrow(/strictly between 0 and 1/);
    expect(() => errorBudget(0.999, 0)).toThrow(/positive number of days/);
  });
});

describe('eventErrorBudget', () => {
  const event = { name: 'E', startDate: '2027-03-02', timeZone: 'UTC', durationDays: 2, surge: { mode: 'multiplier' as const, value: 3 } };

  it('holds the SLO over the event window as well as over its own window', () => {
    const budget = eventErrorBudget(event);
    expect(budget.window.allowedMinutes).toBe(43.2);
    expect(budget.event.allowedMinutes).toBe(2.88);
    expect(budget.eventShareOfWindow).toBeCloseTo(2 / 30, 10);
  });

  it('uses the real length of an event that spans a DST change (23 h, not 24)', () => {
    const budget = eventErrorBudget({ ...event, startDate: '2027-03-13', timeZone: 'America/New_York', durationDays: 1 });
    expect(budget.event.windowMinutes).toBe(23 * 60);
    expect(budget.event.allowedMinutes).toBe(1.38);
  });
});
