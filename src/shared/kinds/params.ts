import { CacheParamsSchema, CacheTerraformVariable } from './cache/params';
import { CdnParamsSchema, CdnTerraformVariable } from './cdn/params';
import { DatabaseParamsSchema, DatabaseTerraformVariable } from './database/params';
import { ExternalParamsSchema, ExternalTerraformVariable } from './external/params';
import { KubernetesWorkloadParamsSchema, KubernetesWorkloadTerraformVariable } from './kubernetes-workload/params';
import { LoadBalancerParamsSchema, LoadBalancerTerraformVariable } from './load-balancer/params';
import { QueueParamsSchema, QueueTerraformVariable } from './queue/params';
import { ServerlessFunctionParamsSchema, ServerlessFunctionTerraformVariable } from './serverless-function/params';
import { ServiceParamsSchema, ServiceTerraformVariable } from './service/params';
import { TrafficSourceParamsSchema, TrafficSourceTerraformVariable } from './traffic-source/params';
import { WorkerPoolParamsSchema, WorkerPoolTerraformVariable } from './worker-pool/params';

/**
 * The params registry: one line per node kind, its params schema (in its folder's
 * params.ts). The plan schema (model/plan.ts) builds the node kinds and the node schema
 * from it. It is apart from the kind registry (./index.ts) because the kinds' behaviour
 * imports the model at run time: the model importing that registry would be a cycle,
 * where this file and the params files import only zod and the model's schema parts.
 *
 * The order is the node kinds' order: the palette's, and the JSON schema's.
 */
export const kindParams = {
  trafficSource: TrafficSourceParamsSchema,
  cdn: CdnParamsSchema,
  loadBalancer: LoadBalancerParamsSchema,
  service: ServiceParamsSchema,
  database: DatabaseParamsSchema,
  cache: CacheParamsSchema,
  queue: QueueParamsSchema,
  workerPool: WorkerPoolParamsSchema,
  external: ExternalParamsSchema,
  kubernetesWorkload: KubernetesWorkloadParamsSchema,
  serverlessFunction: ServerlessFunctionParamsSchema,
};

export type KindParams = typeof kindParams;

/**
 * Whether a kind's nodes carry a Terraform variable name: the kinds with a tfvars layout
 * (variable-names-stable.test.ts holds the two equal). Here rather than in the kind registry
 * for the same reason as the schemas: the model reads it.
 */
export const kindTerraformVariable = {
  trafficSource: TrafficSourceTerraformVariable,
  cdn: CdnTerraformVariable,
  loadBalancer: LoadBalancerTerraformVariable,
  service: ServiceTerraformVariable,
  database: DatabaseTerraformVariable,
  cache: CacheTerraformVariable,
  queue: QueueTerraformVariable,
  workerPool: WorkerPoolTerraformVariable,
  external: ExternalTerraformVariable,
  kubernetesWorkload: KubernetesWorkloadTerraformVariable,
  serverlessFunction: ServerlessFunctionTerraformVariable,
} satisfies Record<keyof KindParams, boolean>;
