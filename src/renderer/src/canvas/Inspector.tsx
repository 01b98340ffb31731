import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { removeElements, renameNode, updateEdge } from '../../../shared/editing/plan-edits';
import { nodeKindLabels } from '../../../shared/model/create-node';
import type { PlanEdge, PlanNode } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { NodeKindIcon } from './node-kind-style';

function NodeInspector({ node }: { node: PlanNode }) {
  const edit = useEditor((s) => s.edit);
  const [name, setName] = useState(node.name);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(node.name);
    setError(null);
  }, [node.id, node.name]);

  function commit() {
    if (name === node.name) return;
    edit((p) => {
      const result = renameNode(p, node.id, name);
      if (!result.ok) {
        setError(result.message);
        return p;
      }
      setError(null);
      return result.plan;
    });
  }

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <NodeKindIcon kind={node.kind} />
        <Text size="xs" c="dimmed" tt="uppercase">
          {nodeKindLabels[node.kind]}
        </Text>
      </Group>
      <TextInput
        label="Name"
        value={name}
        error={error}
        data-testid="inspector-name"
        onChange={(e) => {
          setName(e.currentTarget.value);
          setError(e.currentTarget.value.trim() === '' ? 'A node needs a name.' : null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setName(node.name);
        }}
      />
      <Button variant="light" color="red" size="xs" leftSection={<Trash2 size={14} />} onClick={() => edit((p) => removeElements(p, [node.id]))}>
        Delete node
      </Button>
    </Stack>
  );
}

function EdgeInspector({ edge, from, to }: { edge: PlanEdge; from: string; to: string }) {
  const edit = useEditor((s) => s.edit);
  return (
    <Stack gap="sm">
      <Text size="sm">
        <b>{from}</b> → <b>{to}</b>
      </Text>
      <NumberInput
        label="Calls per request"
        description={`Each request ${from} serves makes this many calls to ${to}.`}
        value={edge.callsPerRequest}
        min={0}
        max={10_000}
        decimalScale={3}
        data-testid="inspector-calls"
        onChange={(value) => {
          if (typeof value === 'number' && Number.isFinite(value) && value >= 0) edit((p) => updateEdge(p, edge.id, { callsPerRequest: value }));
        }}
      />
      <Button variant="light" color="red" size="xs" leftSection={<Trash2 size={14} />} onClick={() => edit((p) => removeElements(p, [], [edge.id]))}>
        Delete connection
      </Button>
    </Stack>
  );
}

export function Inspector() {
  const plan = useEditor((s) => s.plan);
  const nodeIds = useEditor((s) => s.selectedNodeIds);
  const edgeIds = useEditor((s) => s.selectedEdgeIds);
  if (!plan) return null;
  const node = nodeIds.length === 1 && edgeIds.length === 0 ? plan.nodes.find((n) => n.id === nodeIds[0]) : undefined;
  const edge = edgeIds.length === 1 && nodeIds.length === 0 ? plan.edges.find((e) => e.id === edgeIds[0]) : undefined;
  const nameOf = (id: string) => plan.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <Stack gap="md" p="md" data-testid="inspector">
      <Title order={6} c="dimmed" tt="uppercase">
        Inspector
      </Title>
      {node && <NodeInspector node={node} />}
      {edge && <EdgeInspector edge={edge} from={nameOf(edge.source)} to={nameOf(edge.target)} />}
      {!node && !edge && (
        <Text size="sm" c="dimmed">
          {nodeIds.length + edgeIds.length > 1
            ? `${nodeIds.length} nodes and ${edgeIds.length} connections selected. Delete removes them all.`
            : 'Select a node or a connection to edit it. Drag from a node’s right handle to another node to connect them.'}
        </Text>
      )}
    </Stack>
  );
}
