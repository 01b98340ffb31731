import type { KindFindingRule, SizingUnit } from '../engine/types';
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

export type { AutoscalingBounds, Bounds, KindDefinition, KindFinding, StagePace } from './kind';

/**
 * The kind registry: one line per node kind. Everything the domain knows of a kind is in
 * its folder; code elsewhere asks `kindOf` rather than naming kinds. (Its params schema is
 * also listed in ./params.ts, which the plan schema reads without the kinds' behaviour.)
 *
 * The order is the order the plan's totals list the kinds' units in ("to add before the
 * event: 2 units, 14 instances, 42 workers…"); a new kind goes at the end.
 *
 * `satisfies` rather than a type annotation: the emitted declaration keeps each kind's own
 * definition type, so it refers to the kinds' files and the declaration merging in their
 * types.ts reaches every program that reads the registry.
 */
export const kinds = {
  trafficSource,
  cdn,
  loadBalancer,
  service,
  workerPool,
  database,
  cache,
  queue,
  external,
  kubernetesWorkload,
  serverlessFunction,
} as const satisfies { readonly [K in NodeKind]: KindDefinition<K> };

/** Every kind's definition, in the registry's order. */
export const kindDefinitions: readonly AnyKindDefinition[] = Object.values(kinds);

/** The finding rules the kinds raise of their own (each kind's `findingRules`). */
export const kindFindingRules: readonly KindFindingRule[] = kindDefinitions.flatMap((def) => def.findingRules);

/** Every unit a kind is sized in, once each, in the registry's order (the totals' order). */
export const sizingUnits: readonly NonNullable<SizingUnit>[] = [...new Set(kindDefinitions.flatMap((def) => (def.unit === null ? [] : [def.unit])))];

/** A node's kind definition, to be called with that node (the registry pairs them). */
export function kindOf(node: PlanNode | NodeKind): AnyKindDefinition {
  const def: AnyKindDefinition = kinds[typeof node === 'string' ? node : node.kind];
  return def;
}

/** A kind's name in the palette, on the card and in the inspector. */
export function kindLabel(kind: NodeKind): string {
  return kinds[kind].label;
}
