import { CacheParamsSchema } from './cache/params';
import { CdnParamsSchema } from './cdn/params';
import { DatabaseParamsSchema } from './database/params';
import { ExternalParamsSchema } from './external/params';
import { KubernetesWorkloadParamsSchema } from './kubernetes-workload/params';
import { LoadBalancerParamsSchema } from './load-balancer/params';
import { QueueParamsSchema } from './queue/params';
import { ServerlessFunctionParamsSchema } from './serverless-function/params';
import { ServiceParamsSchema } from './service/params';
import { TrafficSourceParamsSchema } from './traffic-source/params';
import { WorkerPoolParamsSchema } from './worker-pool/params';

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
