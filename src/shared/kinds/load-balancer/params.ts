import { CostSchema, count, positive, ratio } from '../../model/schema-parts';

export const LoadBalancerParamsSchema = CostSchema.extend({
  /** Share of requests an API gateway answers from its own cache. */
  cacheHitRatio: ratio.default(0),
  /** Requests/s one LB unit (node, LCU, gateway instance) handles at target. */
  rpsPerUnit: positive.default(50_000),
  currentUnits: count.default(1),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const LoadBalancerTerraformVariable = true;
