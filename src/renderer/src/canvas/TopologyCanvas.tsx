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
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { connectNodes, moveNodes, removeElements } from '../../../shared/editing/plan-edits';
import { useEditor } from '../state/editor-store';
import { useProjection } from '../state/use-projection';
import { reuseUnchanged, toFlowEdges, toFlowNodes } from './flow-mapping';
import { CanvasToolbar } from './CanvasToolbar';
import { PlanNodeCard, type PlanFlowNode } from './PlanNodeCard';
import { useCanvasShortcuts } from './use-canvas-shortcuts';

const nodeTypes = { plan: PlanNodeCard };

export function TopologyCanvas() {
  const plan = useEditor((s) => s.plan);
  const edit = useEditor((s) => s.edit);
  const select = useEditor((s) => s.select);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedEdgeIds = useEditor((s) => s.selectedEdgeIds);
  const projection = useProjection();
  useCanvasShortcuts();
  const [nodes, setNodes] = useState<PlanFlowNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);

  // The plan is the truth; the flow arrays are rebuilt when it or the selection changes
  // (drags stay local until they end).
  useEffect(() => {
    if (!plan) return;
    const next = toFlowNodes(plan, projection, new Set(selectedNodeIds));
    setNodes((previous) => reuseUnchanged(previous, next));
    setEdges(toFlowEdges(plan, projection, new Set(selectedEdgeIds)));
  }, [plan, projection, selectedNodeIds, selectedEdgeIds]);

  const onNodesChange = useCallback((changes: NodeChange<PlanFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)), []);

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
    ({ nodes: gone, edges: goneEdges }: { nodes: PlanFlowNode[]; edges: Edge[] }) => {
      edit((p) => removeElements(p, gone.map((n) => n.id), goneEdges.map((e) => e.id)));
    },
    [edit],
  );

  const onSelectionChange = useCallback(
    ({ nodes: n, edges: e }: OnSelectionChangeParams) => select(n.map((x) => x.id), e.map((x) => x.id)),
    [select],
  );

  const defaultEdgeOptions = useMemo(() => ({ style: { strokeWidth: 1.5 } }), []);
  if (!plan) return null;
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      onDelete={onDelete}
      onSelectionChange={onSelectionChange}
      deleteKeyCode={['Delete', 'Backspace']}
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
      // Arrow keys nudge through the plan (undoable), not only React Flow's view.
      disableKeyboardA11y
      defaultEdgeOptions={defaultEdgeOptions}
      snapToGrid
      snapGrid={[10, 10]}
      fitView
      fitViewOptions={{ padding: 0.2 }}
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
    >
      <Panel position="top-left">
        <CanvasToolbar />
      </Panel>
      <Background gap={20} size={1} />
      <MiniMap pannable zoomable />
      <Controls />
    </ReactFlow>
  );
}
