import type { Surge } from '../model';
import { formatNumber } from './format';

/**
 * "3× normal" is a multiplier of 3; "a 300 % increase" is a multiplier of 4. People say
 * both, so the plan stores which one was typed and the engine only ever uses this.
 */
export function surgeMultiplier(surge: Surge): number {
  return surge.mode === 'multiplier' ? surge.value : 1 + surge.value / 100;
}

/** The percentage increase a surge amounts to (multiplier 3 → 200 %). */
export function surgePercentIncrease(surge: Surge): number {
  return (surgeMultiplier(surge) - 1) * 100;
}

/** Both forms, the typed one first: "3× normal (a 200% increase)", "a 300% increase (4× normal)". */
export function describeSurge(surge: Surge): string {
  const multiplier = formatNumber(surgeMultiplier(surge), 2);
  const pct = surgePercentIncrease(surge);
  const pctText = pct >= 0 ? `a ${formatNumber(pct, 1)}% increase` : `a ${formatNumber(-pct, 1)}% decrease`;
  return surge.mode === 'multiplier' ? `${multiplier}× normal (${pctText})` : `${pctText} (${multiplier}× normal)`;
}
