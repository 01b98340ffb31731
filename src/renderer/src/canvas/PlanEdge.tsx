import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useEditor } from '../state/editor-store';
import { edgePath, pointOnEdge } from './edge-route';
import { useEdgeLabelLayer } from './edge-label-layer';

/** `fullLabel`: the label's every word, where the canvas shows fewer (flow-mapping.ts labelTexts); `lane`: the height of its detour around cards (edge-route.ts), null for React Flow's curve. */
export type PlanFlowEdge = Edge<{ callsPerRequest: number; labelT: number; fullLabel: string; lane: number | null }, 'plan'>;

/**
 * React Flow's default curve, or a detour around the cards in its way (edge-route.ts), its
 * label at `labelT` along it rather than at the middle (flow-mapping.ts picks the spot and
 * the words that fit clear of the cards and other labels, edge-label-spot.ts). Like the
 * line, the label is drawn under the cards, so the card's own numbers stay readable.
 */
function PlanEdgeImpl({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, markerEnd, style, data, selected, interactionWidth }: EdgeProps<PlanFlowEdge>) {
  const lane = data?.lane ?? null;
  const from = { x: sourceX, y: sourceY };
  const to = { x: targetX, y: targetY };
  const path = lane === null ? getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })[0] : edgePath(from, to, lane);
  const at = pointOnEdge(from, to, lane, data?.labelT ?? 0.5);
  const labelLayer = useEdgeLabelLayer();
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} {...(interactionWidth === undefined ? {} : { interactionWidth })} />
      {label &&
        labelLayer &&
        // Into the flow's label layer, as EdgeLabelRenderer would (edge-label-layer.ts says why not it).
        createPortal(
          <div
            className={`hr-edge-label nodrag nopan${selected ? ' hr-edge-label--selected' : ''}`}
            data-edge-id={id}
            data-ends={`${source} ${target}`}
            title={data?.fullLabel && data.fullLabel !== label ? data.fullLabel : undefined}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            // The label is part of its edge: a click on it selects the edge, as one on the line does.
            onClick={() => useEditor.getState().select([], [id])}
          >
            {label}
          </div>,
          labelLayer,
        )}
    </>
  );
}

export const PlanEdge = memo(PlanEdgeImpl);
