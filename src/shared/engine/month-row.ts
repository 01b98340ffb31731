import { STATUS_CODE, type MonthStore } from './node-projection';
import type { SizeContext, SizeNumbers } from './sizing-common';

/**
 * One month of one node's numbers into the recompute's typed arrays (the load is already
 * in `loads.load`). Each kind's `fillMonths` calls it from its own loop: every caller
 * passes the same scratch class, so this call site stays monomorphic.
 */
export function keepMonth(ctx: SizeContext, store: MonthStore, i: number, s: number, n: SizeNumbers): void {
  const at = i * ctx.loads.slots + s;
  ctx.required[at] = n.required;
  store.monthlyCost[at] = n.monthlyCost;
  // Compared rather than looked up by key: a keyed load per month showed in the profile.
  store.status[at] = n.status === 'ok' ? STATUS_CODE.ok : n.status === 'tight' ? STATUS_CODE.tight : STATUS_CODE.short;
}
