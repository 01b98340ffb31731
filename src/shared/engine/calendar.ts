import type { Growth } from '../model';

/** 'YYYY-MM' labels for months 0..horizon inclusive, from the plan's start month. */
export function monthLabels(startMonth: string, horizonMonths: number): string[] {
  const [y, m] = parseMonth(startMonth);
  const labels: string[] = [];
  for (let i = 0; i <= horizonMonths; i++) {
    const total = y * 12 + (m - 1) + i;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    labels.push(`${year}-${month < 10 ? '0' : ''}${month}`);
  }
  return labels;
}

/**
 * The month index of a date relative to the start month (the event's first day, YYYY-MM-DD).
 * Calendar months, not 30-day blocks: an event on 2027-06-08 with start 2026-12 is month 6.
 */
export function monthIndexOf(startMonth: string, date: string): number {
  const [y0, m0] = parseMonth(startMonth);
  const [y1, m1] = parseMonth(date.slice(0, 7));
  return (y1 - y0) * 12 + (m1 - m0);
}

function parseMonth(text: string): [number, number] {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  return [year, month];
}

/**
 * How many times today's load a month carries: compound (1 + g)^m, or linear 1 + g·m.
 * Linear decline stops at zero rather than going negative. Months before today (m < 0)
 * are read as today: the engine never extrapolates backwards.
 */
export function growthFactor(growth: Growth, month: number): number {
  const m = Math.max(0, month);
  if (growth.method === 'compound') return (1 + growth.monthlyRate) ** m;
  return Math.max(0, 1 + growth.monthlyRate * m);
}

export function describeGrowth(growth: Growth): string {
  const pct = `${Math.round(growth.monthlyRate * 1000) / 10}%/month`;
  return `${growth.method === 'compound' ? 'compound' : 'linear'} ${pct} (${growth.source})`;
}
