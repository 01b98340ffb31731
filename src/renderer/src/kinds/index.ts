import type { NodeKind } from '../../../shared/model/plan';
import { cache } from './cache';
import { cdn } from './cdn';
import { database } from './database';
import { external } from './external';
import type { RendererKind } from './kind';
import { kubernetesWorkload } from './kubernetes-workload';
import { loadBalancer } from './load-balancer';
import { queue } from './queue';
import { serverlessFunction } from './serverless-function';
import { service } from './service';
import { trafficSource } from './traffic-source';
import { workerPool } from './worker-pool';

export type { ParamField, RendererKind } from './kind';

/** The renderer's side of the kind registry (src/shared/kinds): one line per kind. */
export const rendererKinds: Record<NodeKind, RendererKind> = {
  trafficSource,
  cdn,
  loadBalancer,
  service,
  database,
  cache,
  queue,
  workerPool,
  external,
  kubernetesWorkload,
  serverlessFunction,
};
