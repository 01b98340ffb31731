import { z } from 'zod';

/** The number shapes every params schema is built from (plan.ts and the kinds' params). */
export const finite = z.number().finite();
export const nonNegative = finite.min(0);
export const positive = finite.gt(0);
export const ratio = finite.min(0).max(1);
/** A utilization or target: strictly above 0, at most 100%. */
export const utilization = finite.gt(0).max(1);
export const count = z.number().int().min(0).max(1_000_000);

/**
 * How a tier is bought (format 2, optional: absent = all on-demand at `hourlyCost`). A
 * commitment (reserved instances or a savings plan) covers a share of today's fleet, paid
 * whether it runs or not; spot takes a share of the units above the commitment; the rest is
 * on-demand. Discounts are off the on-demand `hourlyCost` (0.4 = 40 % cheaper).
 */
export const PricingSchema = z.object({
  commitment: z.object({ kind: z.enum(['reserved', 'savingsPlan']), share: ratio, discount: ratio }).optional(),
  spot: z.object({ share: ratio, discount: ratio }).optional(),
});
export type Pricing = z.infer<typeof PricingSchema>;

/** Per-node cost and Terraform hand-off details, common to sized kinds. */
export const CostSchema = z.object({
  instanceType: z.string().max(100).default(''),
  /** Price of one unit per hour, in the plan's currency. 0 = not priced. */
  hourlyCost: nonNegative.default(0),
  /** Reserved / savings-plan and spot shares with their discounts; absent = on-demand. */
  pricing: PricingSchema.optional(),
});

export const GrowthSchema = z.object({
  /** compound: base × (1+g)^m; linear: base × (1 + g·m). */
  method: z.enum(['compound', 'linear']).default('compound'),
  /** Monthly rate as a fraction (0.10 = 10 %/month). Negative means shrinking traffic. */
  monthlyRate: finite.min(-0.99).max(10).default(0),
  /** Where the rate came from: typed by the user, or fitted from imported history. */
  source: z.enum(['typed', 'fitted']).default('typed'),
});
export type Growth = z.infer<typeof GrowthSchema>;

/**
 * How an autoscaled tier (service, worker pool) scales, for the exported scaling policy and
 * the ramp check. Every field is optional; absent ones take SCALING_DEFAULTS
 * (engine/scaling-policy.ts): CPU target tracking at the headroom target, 60 s scale-out
 * and 300 s scale-in cooldowns, 300 s instance warm-up, 10 instances launched a minute.
 */
export const AutoscalingSchema = z.object({
  /** Target-tracking metric: average CPU, or requests per instance (services behind an ALB). */
  metric: z.enum(['cpu', 'requestsPerInstance']).optional(),
  scaleOutCooldownSeconds: count.max(86_400).optional(),
  scaleInCooldownSeconds: count.max(86_400).optional(),
  /** Seconds a new instance needs before it takes traffic (and counts in the metric). */
  warmupSeconds: count.max(86_400).optional(),
  /** Instances the group can launch per minute (the provider's and the image's pace). */
  launchPerMinute: positive.max(100_000).optional(),
});
