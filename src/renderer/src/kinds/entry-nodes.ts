import { kindOf } from '../../../shared/kinds';
import type { PlanNode } from '../../../shared/model/plan';

/**
 * A node where load enters the plan (the registry's `entryPoint`): its params carry today's
 * peak, its own growth, its average and its imported history, which the Traffic screen, the
 * readiness settings and the growth notes read and edit. Typed by those params rather than
 * by a kind's name; entry-nodes.test.ts checks the registry's entry points are exactly the
 * kinds with them.
 */
export type EntryNode = Extract<PlanNode, { params: { baselineRps: number } }>;

export function isEntryNode(node: PlanNode): node is EntryNode {
  return kindOf(node).entryPoint;
}
