import type { NodeKind, PlanNode } from '../model';
import { cache } from './cache';
import { cdn } from './cdn';
import { database } from './database';
import { external } from './external';
import { kubernetesWorkload } from './kubernetes-workload';
import type { AnyKindDefinition, KindDefinition } from './kind';
import { loadBalancer } from './load-balancer';
import { queue } from './queue';
import { serverlessFunction } from './serverless-function';
import { service } from './service';
import { trafficSource } from './traffic-source';
import { workerPool } from './worker-pool';

export type { AsgScaling, AsgSettings, AutoscalingBounds, Bounds, KindDefinition, KindFinding, NodeQuota, StagePace } from './kind';

/**
 * The kind registry: one line per node kind. Everything the domain knows of a kind is in
 * its folder; code elsewhere asks `kindOf` rather than naming kinds.
 */
export const kinds: { readonly [K in NodeKind]: KindDefinition<K> } = {
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

/** A node's kind definition, to be called with that node (the registry pairs them). */
export function kindOf(node: PlanNode | NodeKind): AnyKindDefinition {
  const def: AnyKindDefinition = kinds[typeof node === 'string' ? node : node.kind];
  return def;
}

/** A kind's name in the palette, on the card and in the inspector. */
export function kindLabel(kind: NodeKind): string {
  return kinds[kind].label;
}
