import { Button, Group, Menu, Text } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { addNode, addNodeBeside } from '../../../shared/editing/plan-edits';
import { NODE_BOX, placeNewNode } from '../../../shared/editing/placement';
import { kindLabel } from '../../../shared/kinds';
import { nodeKinds, type NodeKind } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { FIT_MAX_ZOOM, FIT_PADDING } from './fit-padding';
import { NodeKindIcon } from './node-kind-style';

/**
 * Adds a node of a kind on free space near the middle of what the user is looking at (or
 * beside the selected node, wired to it), never on another card or under the minimap, and
 * selects it.
 */
export function Palette() {
  const edit = useEditor((s) => s.edit);
  const select = useEditor((s) => s.select);
  const flow = useReactFlow();

  /** A screen rectangle in canvas units. */
  function toFlow(r: DOMRect) {
    const a = flow.screenToFlowPosition({ x: r.left, y: r.top });
    const b = flow.screenToFlowPosition({ x: r.right, y: r.bottom });
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  }

  /** The visible canvas below the toolbar, in canvas units, as it is now. */
  function visibleView() {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    return pane ? toFlow(new DOMRect(pane.left + 16, pane.top + 72, Math.max(1, pane.width - 32), Math.max(1, pane.height - 88))) : { x: -400, y: -300, width: 800, height: 600 };
  }

  function inView(at: { x: number; y: number }, view: ReturnType<typeof visibleView>): boolean {
    return at.x >= view.x && at.y >= view.y && at.x + NODE_BOX.width <= view.x + view.width && at.y + NODE_BOX.height <= view.y + view.height;
  }

  /** Widens the view when the card at `at` is not wholly in it (as it stands when this runs). */
  function showIfOutside(at: { x: number; y: number }) {
    if (!inView(at, visibleView())) void flow.fitView({ padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: 200 });
  }

  function add(kind: NodeKind) {
    const plan = useEditor.getState().plan;
    if (!plan) return;
    // The minimap and the zoom controls kept clear.
    const view = visibleView();
    const keepClear = [...document.querySelectorAll('.react-flow__minimap, .react-flow__controls')].map((el) => toFlow(el.getBoundingClientRect()));
    const { selectedNodeIds, selectedEdgeIds } = useEditor.getState();
    const besideNodeId = selectedNodeIds.length === 1 && selectedEdgeIds.length === 0 ? selectedNodeIds[0] : undefined;
    const at = placeNewNode(plan, { view, keepClear, besideNodeId });
    const id = `${kind}-${crypto.randomUUID().slice(0, 8)}`;
    const position = { x: Math.round(at.x), y: Math.round(at.y) };
    // Beside the selected node, the new one is its next hop: wired, so the user need not drag
    // a connection to a card they have only just made.
    edit((p) => (besideNodeId ? addNodeBeside(p, kind, id, position, besideNodeId, `edge-${crypto.randomUUID().slice(0, 8)}`).plan : addNode(p, kind, id, position)));
    select([id], []);
    // A full view: the node went to the nearest free spot outside it, so the view widens to show
    // it, after React Flow has measured the new card (a frame is too early: the fit would leave
    // it out). The view placed into may also have been moving (an earlier add's fit still
    // animating): once that has settled, the card is checked again against the view as it is.
    if (!inView(at, view)) setTimeout(() => showIfOutside(at), 120);
    setTimeout(() => showIfOutside(at), 450);
  }

  return (
    <Menu position="bottom-start" shadow="md" width={240}>
      <Menu.Target>
        <Button size="xs" leftSection={<Plus size={14} />} data-testid="add-node">
          Add node
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {nodeKinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => add(kind)} data-testid={`add-${kind}`}>
            <Group gap="xs" wrap="nowrap">
              <NodeKindIcon kind={kind} size={14} />
              <Text size="sm">{kindLabel(kind)}</Text>
            </Group>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
