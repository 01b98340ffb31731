import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useEditor } from '../state/editor-store';
import { bezierPoint } from './edge-label-spot';
import { useEdgeLabelLayer } from './edge-label-layer';

export type PlanFlowEdge = Edge<{ callsPerRequest: number; labelT: number }, 'plan'>;

/**
 * React Flow's default curve, its label at `labelT` along it rather than at the middle
 * (flow-mapping.ts picks the spot clear of other cards and labels, edge-label-spot.ts). Like
 * the line, the label is drawn under the cards: in a gap narrower than the label the card's
 * own numbers stay readable and the label's ends tuck under its own two cards.
 */
function PlanEdgeImpl({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, markerEnd, style, data, selected, interactionWidth }: EdgeProps<PlanFlowEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const at = bezierPoint({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data?.labelT ?? 0.5);
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
