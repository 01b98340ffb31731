import { CostSchema, count, finite, nonNegative, positive, ratio } from '../../model/schema-parts';

export const CacheParamsSchema = CostSchema.extend({
  hitRatio: ratio.default(0.9),
  workingSetGb: nonNegative.default(10),
  /** Memory overhead over the working set (fragmentation, replication buffers). */
  memoryOverhead: finite.min(0).max(10).default(0.25),
  nodeMemoryGb: positive.default(26),
  opsPerNode: positive.default(100_000),
  currentNodes: count.default(1),
  replicasPerNode: count.max(10).default(1),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const CacheTerraformVariable = true;
