import { NodeSchema, type NodeKind, type PlanNode } from './plan';

export const nodeKindLabels: Record<NodeKind, string> = {
  trafficSource: 'Traffic source',
  cdn: 'CDN',
  loadBalancer: 'Load balancer / API gateway',
  service: 'Service',
  database: 'Database',
  cache: 'Cache',
  queue: 'Queue',
  workerPool: 'Worker pool',
  external: 'External dependency',
};

/** A node of `kind` with every parameter at its documented default. */
export function createNode(kind: NodeKind, id: string, name: string, position = { x: 0, y: 0 }): PlanNode {
  return NodeSchema.parse({ id, kind, name, position, params: {} });
}
