import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * The flow's edge-label layer, where labels are portalled (what React Flow's
 * EdgeLabelRenderer does). EdgeLabelRenderer finds it with a querySelector inside a store
 * selector, and every label re-runs that selector on every store update: at 800 edges, 800
 * DOM queries per drag step (issue 18). The layer is one div for the flow's lifetime, so it
 * is looked up once per flow.
 */
const layers = new WeakMap<HTMLDivElement, HTMLElement>();

function labelLayer(s: ReactFlowState): HTMLElement | null {
  const flow = s.domNode;
  if (!flow) return null;
  let layer = layers.get(flow);
  if (!layer) {
    const found = flow.querySelector<HTMLElement>('.react-flow__edgelabel-renderer');
    if (!found) return null;
    layer = found;
    layers.set(flow, layer);
  }
  return layer;
}

export function useEdgeLabelLayer(): HTMLElement | null {
  return useStore(labelLayer);
}
