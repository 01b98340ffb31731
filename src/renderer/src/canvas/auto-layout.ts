import type ELK from 'elkjs/lib/elk.bundled.js';
import type { Plan } from '../../../shared/model/plan';

const NODE_WIDTH = 200;
const NODE_HEIGHT = 96;
type Elk = InstanceType<typeof ELK>;
let elkLoad: Promise<Elk> | null = null;

/** elkjs (about 40% of the renderer's code) is fetched the first time Auto-layout runs, not before the first paint. */
function loadElk(): Promise<Elk> {
  elkLoad ??= import('elkjs/lib/elk.bundled.js').then((module) => new module.default());
  return elkLoad;
}

/**
 * Left-to-right by traffic flow (ELK's layered algorithm, as React Flow's own examples
 * use): sources on the left, data stores on the right. Returns new positions per node id.
 */
export async function layoutLeftToRight(plan: Plan): Promise<Map<string, { x: number; y: number }>> {
  const elk = await loadElk();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.cycleBreaking.strategy': 'GREEDY',
    },
    children: plan.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: plan.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of graph.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}
