import type { Plan } from '../../../shared/model/plan';
import { compareScenarios, type ScenarioComparison } from '../../../shared/scenarios/compare';

// One comparison per plan object and horizons: switching tabs or re-rendering recomputes nothing.
const cache = new WeakMap<Plan, Map<string, ScenarioComparison | string>>();

/** The comparison of every scenario of the stored plan (compareScenarios), or the message why there is none. */
export function comparisonOf(plan: Plan, horizons: readonly number[]): ScenarioComparison | string {
  const key = horizons.join(',');
  let byHorizons = cache.get(plan);
  if (!byHorizons) {
    byHorizons = new Map();
    cache.set(plan, byHorizons);
  }
  let result = byHorizons.get(key);
  if (result === undefined) {
    const compared = compareScenarios(plan, { horizons });
    result = compared.ok ? compared.comparison : compared.message;
    byHorizons.set(key, result);
  }
  return result;
}

/** "6, 12 24" → [6, 12, 24]; a message when a part is not a whole month ≥ 0. */
export function parseHorizons(text: string, maxMonth: number): number[] | string {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '');
  if (parts.length === 0) return 'give at least one month, e.g. 6, 12, 24';
  if (parts.length > 8) return 'at most 8 horizons';
  const out: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (!Number.isInteger(n) || n < 0) return `"${p}" is not a whole number of months`;
    if (n > maxMonth) return `month ${n} is past the plan's horizon (${maxMonth} months)`;
    if (!out.includes(n)) out.push(n);
  }
  return out.sort((a, b) => a - b);
}
