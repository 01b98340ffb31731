import type { Plan } from '../../../shared/model/plan';
import { sourcesOf, type SourceNode } from './source-edits';

/**
 * The traffic source the Traffic view opens on: the one selected on the canvas, else the
 * nearest source whose traffic reaches the selected node or connection (walking the
 * connections backwards), else the plan's first source.
 */
export function sourceForSelection(plan: Plan, selectedNodeIds: readonly string[], selectedEdgeIds: readonly string[]): SourceNode | null {
  const sources = sourcesOf(plan);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const start = [...selectedNodeIds, ...plan.edges.filter((e) => selectedEdgeIds.includes(e.id)).map((e) => e.source)];
  // Breadth first, so the nearest source wins when several feed the selection.
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const source = byId.get(id);
    if (source) return source;
    for (const e of plan.edges) if (e.target === id) queue.push(e.source);
  }
  return sources[0] ?? null;
}
