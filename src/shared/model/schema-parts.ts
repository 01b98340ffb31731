import { z } from 'zod';

/** The number shapes every params schema is built from (plan.ts and the kinds' params). */
export const finite = z.number().finite();
export const nonNegative = finite.min(0);
export const positive = finite.gt(0);
export const ratio = finite.min(0).max(1);
/** A utilization or target: strictly above 0, at most 100%. */
export const utilization = finite.gt(0).max(1);
export const count = z.number().int().min(0).max(1_000_000);

/** Per-node cost and Terraform hand-off details, common to sized kinds. */
export const CostSchema = z.object({
  instanceType: z.string().max(100).default(''),
  /** Price of one unit per hour, in the plan's currency. 0 = not priced. */
  hourlyCost: nonNegative.default(0),
});
