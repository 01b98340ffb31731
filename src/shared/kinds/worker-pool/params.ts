import { AutoscalingSchema, CostSchema, count, positive } from '../../model/schema-parts';

export const WorkerPoolParamsSchema = CostSchema.extend({
  secondsPerMessage: positive.default(0.2),
  currentWorkers: count.default(2),
  minWorkers: count.default(1),
  maxWorkers: count.default(50),
  /** Database connections each worker holds open. */
  dbPoolSize: count.max(100_000).default(2),
  /** As for services; a worker pool tracks CPU whatever `metric` says (it takes no requests). */
  autoscaling: AutoscalingSchema.optional(),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const WorkerPoolTerraformVariable = true;
