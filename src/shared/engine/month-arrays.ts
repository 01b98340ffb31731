/**
 * The recompute's month arrays, each indexed `node × slots + slot`. A 1,000-node plan over
 * 60 months holds 3 MB of them; allocating (and zeroing, and later collecting) them anew on
 * every keystroke cost about as much as a fifth of the recompute. So the arrays of the last
 * recomputes are kept, one set per array length (a plan's shape: nodes × slots), and the
 * next recompute of that shape fills them again.
 *
 * The projection that held them before still reads them lazily (series, steps, a month's
 * sizing, a finding's text). Each set names its holder: a projection that finds its set
 * held by a later recompute rebuilds arrays of its own first (`SizeContext.own`), so an
 * older projection always answers its own numbers, only more slowly.
 */
export type MonthArrays = {
  /** Requests per second each slot (propagate.ts). */
  load: Float64Array;
  /** Reads and writes of the kinds split into both; 0 for the others. */
  reads: Float64Array;
  writes: Float64Array;
  /** Each slot's required count. */
  required: Float64Array;
  monthlyCost: Float64Array;
  /** STATUS index: 0 ok, 1 tight, 2 short. */
  status: Uint8Array;
  /** The plan's fleet each month: today's count raised by `addBy`, never lowered. */
  planned: Float64Array;
  /** The recompute filling or last filled them; null for a set of one projection's own, never pooled. */
  holder: object | null;
};

/** Sets by length. Two: a plan and a scenario of another shape recomputed in turn both keep theirs. */
const pool = new Map<number, MonthArrays>();
const POOL_SIZE = 2;

/** A set for `holder`, zeroed as new arrays are: the pooled one of this length when there is one. */
export function leaseMonthArrays(length: number, holder: object): MonthArrays {
  const kept = pool.get(length);
  if (kept === undefined) {
    const fresh = newMonthArrays(length, holder);
    if (pool.size >= POOL_SIZE) pool.delete(pool.keys().next().value!);
    pool.set(length, fresh);
    return fresh;
  }
  // Most recently used last, so the oldest length is the one dropped.
  pool.delete(length);
  pool.set(length, kept);
  kept.holder = holder;
  kept.load.fill(0);
  kept.reads.fill(0);
  kept.writes.fill(0);
  kept.required.fill(0);
  kept.monthlyCost.fill(0);
  kept.status.fill(0);
  kept.planned.fill(0);
  return kept;
}

/** A set no later recompute takes over (`holder` null). */
export function ownMonthArrays(length: number): MonthArrays {
  return newMonthArrays(length, null);
}

/** Whether `holder` may still read `arrays`: its own set, or a pooled one no later recompute took. */
export function heldBy(arrays: MonthArrays, holder: object): boolean {
  return arrays.holder === null || arrays.holder === holder;
}

function newMonthArrays(length: number, holder: object | null): MonthArrays {
  return {
    load: new Float64Array(length),
    reads: new Float64Array(length),
    writes: new Float64Array(length),
    required: new Float64Array(length),
    monthlyCost: new Float64Array(length),
    status: new Uint8Array(length),
    planned: new Float64Array(length),
    holder,
  };
}
