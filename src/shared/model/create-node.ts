import { NodeSchema, type NodeKind, type PlanNode } from './plan';

/** A node of `kind` with every parameter at its documented default. */
export function createNode(kind: NodeKind, id: string, name: string, position = { x: 0, y: 0 }): PlanNode {
  return NodeSchema.parse({ id, kind, name, position, params: {} });
}
