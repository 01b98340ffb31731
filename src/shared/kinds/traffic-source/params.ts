import { z } from 'zod';
import { GrowthSchema, nonNegative } from '../../model/schema-parts';
import { AdoptedSurgeSchema, HistoryWindowSchema, TrafficHistorySummarySchema } from '../../model/traffic-history';

export const TrafficSourceParamsSchema = z.object({
  /** Today's peak requests/s entering the system here (typed, or derived from history). */
  baselineRps: nonNegative.default(1000),
  /** Growth override for this source; the plan's growth when absent. */
  growth: GrowthSchema.optional(),
  /** How a baseline is derived from imported history. */
  baselineStatistic: z.enum(['max', 'p99', 'p95', 'mean']).default('p95'),
  baselineWindowDays: z.number().int().min(1).max(3660).default(28),
  /** Summary of the imported history (daily peaks, p95/p99, range); the points stay in SQLite. */
  historySummary: TrafficHistorySummarySchema.optional(),
  /**
   * Today's **average** requests/s here, typed (format 2). Absent = not known; imported
   * history's peak-to-average ratio is used instead when it has one. Stress tests are
   * sized from it (400 % of average load).
   */
  averageRps: nonNegative.optional(),
  /** The part of the history the baseline and the growth fit use; absent = all of it. */
  historyWindow: HistoryWindowSchema.optional(),
  /** Count surge days in the baseline statistic; absent = false (they are left out). */
  includeSurgesInBaseline: z.boolean().optional(),
  /** The past surge the plan's event surge was adopted from, to mark it on the chart. */
  adoptedSurge: AdoptedSurgeSchema.optional(),
});

/** Its nodes export no Terraform variable (it has no tfvars), so they store no variable name (model/terraform-names.ts). */
export const TrafficSourceTerraformVariable = false;
