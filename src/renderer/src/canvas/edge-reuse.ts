import type { PlanFlowEdge } from './PlanEdge';

/**
 * The flow edges with the store's selection, keeping the previous object of every edge that
 * draws the same (ends, label, its spot, calls per request, selected). React Flow re-renders
 * every edge whose object is new: rebuilt on each selection change, a click that starts a
 * drag re-drew all 800 edges of a 500-node plan (issue 18). Returns `previous` itself when
 * nothing changed.
 */
export function reuseUnchangedEdges(previous: readonly PlanFlowEdge[], next: readonly PlanFlowEdge[], selected: ReadonlySet<string>): PlanFlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  let changed = previous.length !== next.length;
  const out = next.map((n, i) => {
    const isSelected = selected.has(n.id);
    const p = byId.get(n.id);
    if (p && (p.selected ?? false) === isSelected && sameEdge(p, n)) {
      if (previous[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return n.selected === isSelected ? n : { ...n, selected: isSelected };
  });
  return changed ? out : (previous as PlanFlowEdge[]);
}

function sameEdge(a: PlanFlowEdge, b: PlanFlowEdge): boolean {
  return a.source === b.source && a.target === b.target && a.label === b.label && a.data?.labelT === b.data?.labelT && a.data?.callsPerRequest === b.data?.callsPerRequest && a.data?.fullLabel === b.data?.fullLabel && a.data?.lane === b.data?.lane;
}
