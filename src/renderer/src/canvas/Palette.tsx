import { Button, Group, Menu, Text } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { Plus } from 'lucide-react';
import { addNode } from '../../../shared/editing/plan-edits';
import { nodeKindLabels } from '../../../shared/model/create-node';
import { nodeKinds, type NodeKind } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { NodeKindIcon } from './node-kind-style';

/** Adds a node of a kind at the middle of what the user is looking at, and selects it. */
export function Palette() {
  const edit = useEditor((s) => s.edit);
  const select = useEditor((s) => s.select);
  const flow = useReactFlow();

  function add(kind: NodeKind) {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = pane ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
    const id = `${kind}-${crypto.randomUUID().slice(0, 8)}`;
    // Nudge each new node so several added in a row do not stack exactly.
    const offset = (useEditor.getState().plan?.nodes.length ?? 0) % 5;
    edit((p) => addNode(p, kind, id, { x: Math.round(center.x + offset * 20), y: Math.round(center.y + offset * 20) }));
    select([id], []);
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
              <Text size="sm">{nodeKindLabels[kind]}</Text>
            </Group>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
