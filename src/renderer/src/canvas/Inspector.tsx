import { Button, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { removeElements, updateEdge } from '../../../shared/editing/plan-edits';
import { kindOf } from '../../../shared/kinds';
import { useEditor } from '../state/editor-store';
import { formatNumber } from '../../../shared/engine/format';
import { passOnRatio } from '../../../shared/engine/propagate';
import type { PlanEdge, PlanNode } from '../../../shared/model/plan';
import { useProjection } from '../state/use-projection';
import { FindingsList } from './FindingsList';
import { setEdgeCalls } from './edge-edit';
import { carriedAtEvent } from './flow-mapping';
import { NodeInspector } from './NodeInspector';
import { PlanSettings } from './PlanSettings';
import { ValidatedField } from './ValidatedField';

/** `splitLoad`: the target splits its load into reads and writes (the registry's readRatio), so the edge says which it carries. */
function EdgeInspector({ edge, from, to, sourceNode, splitLoad }: { edge: PlanEdge; from: string; to: string; sourceNode: PlanNode | undefined; splitLoad: boolean }) {
  const edit = useEditor((s) => s.edit);
  const source = useProjection()?.byId[edge.source];
  return (
    <Stack gap="sm">
      <Text size="sm">
        <b>{from}</b> → <b>{to}</b>
      </Text>
      {source && sourceNode && (
        // The canvas label may show fewer words where its gap is narrow: here the figure is whole.
        <Text size="sm" data-testid="inspector-edge-carried">
          At the event: <b>{formatNumber(carriedAtEvent(edge, sourceNode, source))} rps</b> travel on it ({formatNumber(source.atEvent.loadRps)} rps at {from}
          {passOnRatio(sourceNode) !== 1 ? ', what it passes on' : ''} × {formatNumber(edge.callsPerRequest, 3)} calls per request)
        </Text>
      )}
      <ValidatedField
        label="Calls per request"
        kind="number"
        help={`Each request ${from} serves makes this many calls to ${to}.`}
        value={edge.callsPerRequest}
        testId="inspector-calls"
        commit={(value) => {
          const plan = useEditor.getState().plan;
          if (!plan || typeof value !== 'number') return null;
          const result = setEdgeCalls(plan, edge.id, value);
          if (!result.ok) return result.message;
          edit(() => result.plan);
          return null;
        }}
      />
      {splitLoad && (
        <Stack gap={4}>
          <Text size="xs" fw={500}>These calls are</Text>
          <SegmentedControl
            size="xs"
            value={edge.access}
            onChange={(value) => edit((p) => updateEdge(p, edge.id, { access: value as PlanEdge['access'] }))}
            data={[
              { value: 'mixed', label: 'Mixed (read ratio)' },
              { value: 'read', label: 'Reads' },
              { value: 'write', label: 'Writes' },
            ]}
          />
        </Stack>
      )}
      <Button variant="light" color="red" size="xs" leftSection={<Trash2 size={14} />} onClick={() => edit((p) => removeElements(p, [], [edge.id]))}>
        Delete connection
      </Button>
    </Stack>
  );
}

/** The right-hand panel: what is selected (or the plan's own settings), then the findings. */
export function Inspector() {
  const plan = useEditor((s) => s.plan);
  const nodeIds = useEditor((s) => s.selectedNodeIds);
  const edgeIds = useEditor((s) => s.selectedEdgeIds);
  const top = useRef<HTMLDivElement>(null);
  const shownId = nodeIds.length === 1 && edgeIds.length === 0 ? nodeIds[0] : edgeIds.length === 1 && nodeIds.length === 0 ? edgeIds[0] : '';
  const scrolledFor = useRef(shownId);
  useLayoutEffect(() => {
    // Another node (or connection, or none) selected: its inspector starts at the top, not where the last one was scrolled to.
    // Not on mount: the panel starts at the top anyway, and scrollTo there forced a whole-page layout into the first render (~80 ms).
    if (scrolledFor.current === shownId) return;
    scrolledFor.current = shownId;
    top.current?.parentElement?.scrollTo({ top: 0 });
  }, [shownId]);
  if (!plan) return null;
  const node = nodeIds.length === 1 && edgeIds.length === 0 ? plan.nodes.find((n) => n.id === nodeIds[0]) : undefined;
  const edge = edgeIds.length === 1 && nodeIds.length === 0 ? plan.edges.find((e) => e.id === edgeIds[0]) : undefined;
  const nodeOf = (id: string) => plan.nodes.find((n) => n.id === id);
  const target = edge ? nodeOf(edge.target) : undefined;
  const many = nodeIds.length + edgeIds.length > 1;
  return (
    <Stack gap="md" p="md" data-testid="inspector" ref={top}>
      <Title order={6} c="dimmed" tt="uppercase" data-testid="inspector-title">
        {node ? 'Node' : edge ? 'Connection' : many ? 'Selection' : 'Plan'}
      </Title>
      {node && <NodeInspector key={node.id} node={node} />}
      {edge && <EdgeInspector key={edge.id} edge={edge} from={nodeOf(edge.source)?.name ?? edge.source} to={target?.name ?? edge.target} sourceNode={nodeOf(edge.source)} splitLoad={target !== undefined && kindOf(target).readRatio(target) !== null} />}
      {many && (
        <Text size="sm" c="dimmed">
          {nodeIds.length} nodes and {edgeIds.length} connections selected. Delete removes them; Ctrl+C / Ctrl+V copies them; Ctrl+D duplicates; arrow keys nudge.
        </Text>
      )}
      {!node && !edge && !many && <PlanSettings />}
      <FindingsList />
    </Stack>
  );
}
