import { notifications } from '@mantine/notifications';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { connectNodes, moveNodes, removeElements } from '../../../shared/editing/plan-edits';
import { useEditor } from '../state/editor-store';
import { useProjection } from '../state/use-projection';
import { reuseUnchanged, toFlowEdges, toFlowNodes } from './flow-mapping';
import { CanvasToolbar } from './CanvasToolbar';
import { reuseUnchangedEdges } from './edge-reuse';
import { FIT_MAX_ZOOM, FIT_PADDING } from './fit-padding';
import { PlanEdge, type PlanFlowEdge } from './PlanEdge';
import { PlanNodeCard, type PlanFlowNode } from './PlanNodeCard';
import { nextSelection } from './selection-changes';
import { useCanvasShortcuts } from './use-canvas-shortcuts';

const nodeTypes = { plan: PlanNodeCard };
const edgeTypes = { plan: PlanEdge };
// Props React Flow copies into its store when their identity changes (snapGrid among them):
// written inline, each drag step's re-render would hand it a new array and one more store
// update, which every node, handle and edge re-checks (issue 18).
const SNAP_GRID: [number, number] = [10, 10];
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const NO_SELECTION: ReadonlySet<string> = new Set();
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM };
const DEFAULT_EDGE_OPTIONS = { style: { strokeWidth: 1.5 } };

export function TopologyCanvas() {
  const plan = useEditor((s) => s.plan);
  const edit = useEditor((s) => s.edit);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedEdgeIds = useEditor((s) => s.selectedEdgeIds);
  const projection = useProjection();
  useCanvasShortcuts();
  // The first render already draws the plan and the store's selection: an empty first
  // frame would have React Flow report "nothing selected" and lose the selection.
  // Coming back from another view, the canvas opens where the user left it; the first time, it fits the plan.
  const [startViewport] = useState(() => useEditor.getState().viewport);
  const setViewport = useEditor((s) => s.setViewport);
  const [nodes, setNodes] = useState<PlanFlowNode[]>(() => (plan ? toFlowNodes(plan, projection, new Set(selectedNodeIds)) : []));
  // Edge labels are placed once per plan and projection, not again for a selection click.
  const planEdges = useMemo(() => (plan ? toFlowEdges(plan, projection, NO_SELECTION) : []), [plan, projection]);
  const [edges, setEdges] = useState<PlanFlowEdge[]>(() => reuseUnchangedEdges([], planEdges, new Set(selectedEdgeIds)));

  // The plan and the store's selection are the truth; the flow arrays are rebuilt when
  // either changes (drags stay local until they end).
  useEffect(() => {
    if (!plan) return;
    const next = toFlowNodes(plan, projection, new Set(selectedNodeIds));
    setNodes((previous) => reuseUnchanged(previous, next));
  }, [plan, projection, selectedNodeIds]);
  useEffect(() => {
    const selected = new Set(selectedEdgeIds);
    setEdges((previous) => reuseUnchangedEdges(previous, planEdges, selected));
  }, [planEdges, selectedEdgeIds]);

  // The user's select changes go to the store, one way (see nextSelection).
  const onNodesChange = useCallback((changes: NodeChange<PlanFlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    const { selectedNodeIds: current, selectedEdgeIds: edgeIds, select } = useEditor.getState();
    const next = nextSelection(current, changes);
    if (next) select(next, edgeIds);
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<PlanFlowEdge>[]) => {
    setEdges((current) => applyEdgeChanges(changes, current));
    const { selectedNodeIds: nodeIds, selectedEdgeIds: current, select } = useEditor.getState();
    const next = nextSelection(current, changes);
    if (next) select(nodeIds, next);
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: PlanFlowNode, dragged: PlanFlowNode[]) => {
      edit((p) => moveNodes(p, new Map(dragged.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]))));
    },
    [edit],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      edit((p) => {
        const result = connectNodes(p, connection.source, connection.target, `edge-${crypto.randomUUID().slice(0, 8)}`);
        if (!result.ok) {
          notifications.show({ color: 'yellow', title: 'Not connected', message: result.message });
          return p;
        }
        return result.plan;
      });
    },
    [edit],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: PlanFlowNode[]; edges: PlanFlowEdge[] }) => {
      edit((p) => removeElements(p, gone.map((n) => n.id), goneEdges.map((e) => e.id)));
    },
    [edit],
  );

  const onMoveEnd = useCallback((_event: unknown, viewport: { x: number; y: number; zoom: number }) => setViewport(viewport), [setViewport]);

  // The same elements on every render: a drag step re-renders this component (the flow
  // nodes are its state), and the toolbar, minimap and controls have nothing to redraw.
  const chrome = useMemo(
    () => (
      <>
        <Panel position="top-left">
          <CanvasToolbar />
        </Panel>
        <Background gap={20} size={1} />
        <MiniMap pannable zoomable />
        <Controls />
      </>
    ),
    [],
  );
  if (!plan) return null;
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      onDelete={onDelete}
      deleteKeyCode={DELETE_KEYS}
      multiSelectionKeyCode={MULTI_SELECTION_KEYS}
      // Arrow keys nudge through the plan (undoable), not only React Flow's view.
      disableKeyboardA11y
      defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
      snapToGrid
      snapGrid={SNAP_GRID}
      fitView={startViewport === null}
      fitViewOptions={FIT_VIEW_OPTIONS}
      {...(startViewport ? { defaultViewport: startViewport } : {})}
      onMoveEnd={onMoveEnd}
      minZoom={0.1}
      proOptions={PRO_OPTIONS}
    >
      {chrome}
    </ReactFlow>
  );
}
