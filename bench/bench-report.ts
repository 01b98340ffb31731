// How every bench prints a figure: the value, the issue's goal (never a looser one), the
// ratio to that goal, met or NOT met, and the load average at that moment (the machine is
// shared; a figure taken at load 18 on 2 cores is not one taken on an idle machine).
import { loadavg } from 'node:os';

export function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(2)).join(' ');
}

/** A figure with no goal of its own (an anchor, a breakdown). */
export function figure(label: string, value: string): void {
  console.log(`${label}: ${value}   [load ${loadAverage()}]`);
}

/**
 * A figure against a goal. `lowerIsBetter` (times, sizes, memory): met when value < goal.
 * Otherwise (a speed-up): met when value ≥ goal.
 */
export function goal(label: string, value: number, unit: string, target: number, options: { lowerIsBetter?: boolean; digits?: number; note?: string } = {}): boolean {
  const lower = options.lowerIsBetter ?? true;
  const digits = options.digits ?? 2;
  const met = lower ? value < target : value >= target;
  const ratio = value / target;
  const relation = lower ? '<' : '≥';
  console.log(
    `${label}: ${value.toFixed(digits)} ${unit}  (goal ${relation} ${target} ${unit}; ${ratio.toFixed(2)}× the goal, ${met ? 'met' : 'NOT met'})${options.note ? ` ${options.note}` : ''}   [load ${loadAverage()}]`,
  );
  return met;
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

/** Fails the bench (exit 1) when its output is wrong: a fast wrong answer is not a figure. */
export function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`bench output check failed: ${what}`);
}
