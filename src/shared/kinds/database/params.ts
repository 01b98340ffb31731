import { CostSchema, count, positive, ratio } from '../../model/schema-parts';

export const DatabaseParamsSchema = CostSchema.extend({
  /** Share of queries that are reads (served by replicas when there are any). */
  readRatio: ratio.default(0.8),
  /** Writes/s the primary sustains at target. */
  primaryWriteCapacity: positive.default(5_000),
  /** Reads/s one replica (or the primary, with no replicas) sustains at target. */
  readCapacityPerReplica: positive.default(10_000),
  currentReplicas: count.default(1),
  maxReplicas: count.default(15),
  maxConnections: count.max(10_000_000).default(5_000),
  /**
   * Server connections a pooler (PgBouncer, RDS Proxy) in front of the database opens;
   * 0 = no pooler, so the database sees every client connection.
   */
  poolerServerConnections: count.max(10_000_000).default(0),
});

/** Its nodes export a Terraform variable object (its tfvars), so each stores the variable's name (model/terraform-names.ts). */
export const DatabaseTerraformVariable = true;
