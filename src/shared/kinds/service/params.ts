import { AutoscalingSchema, CostSchema, count, positive, utilization } from '../../model/schema-parts';

export const ServiceParamsSchema = CostSchema.extend({
  /** Observed throughput of one instance… */
  measuredRps: positive.default(500),
  /** …at this CPU utilization. Capacity at target scales linearly from it. */
  measuredUtilization: utilization.default(0.4),
  currentInstances: count.default(2),
  minInstances: count.default(2),
  maxInstances: count.default(20),
  /** Database connections each instance holds open (connection pool size). */
  dbPoolSize: count.max(100_000).default(10),
  autoscaling: AutoscalingSchema.optional(),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const ServiceTerraformVariable = true;
