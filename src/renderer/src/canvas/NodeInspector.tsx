import { Accordion, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { Copy, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { formatNumber } from '../../../shared/engine/format';
import { removeElements, renameNode } from '../../../shared/editing/plan-edits';
import { kindLabel } from '../../../shared/kinds';
import type { PlanNode } from '../../../shared/model/plan';
import { useEditor } from '../state/editor-store';
import { useActiveScenario, useProjection } from '../state/use-projection';
import { ActiveScenarioNote, OverrideMark } from '../compare/OverrideMark';
import { setNodeParamInActive } from '../scenarios/active-edits';
import { duplicateSelection } from './clipboard';
import { ExplanationList } from './ExplanationList';
import { fieldOfFinding } from './field-findings';
import { sourceGrowthNote } from './growth-notes';
import { NodeKindIcon } from './node-kind-style';
import { paramFieldsOf } from './param-fields';
import { ValidatedField } from './ValidatedField';

const statusColor = { ok: 'teal', tight: 'yellow', short: 'red' } as const;

export function NodeInspector({ node }: { node: PlanNode }) {
  const edit = useEditor((s) => s.edit);
  const projection = useProjection();
  const sized = projection?.byId[node.id];
  const [name, setName] = useState(node.name);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(node.name);
    setError(null);
  }, [node.id, node.name]);

  function commitName() {
    if (name === node.name) return;
    const result = renameNode(useEditor.getState().plan!, node.id, name);
    if (!result.ok) return setError(result.message);
    setError(null);
    edit(() => result.plan);
  }

  function commitParam(key: string, value: unknown): string | null {
    const plan = useEditor.getState().plan;
    if (!plan) return null;
    // With a scenario active the value becomes its override (the base keeps its own).
    const result = setNodeParamInActive(plan, node.id, key, value);
    if (!result.ok) return result.message;
    edit(() => result.plan);
    return null;
  }

  const active = useActiveScenario();
  // The active scenario's values: what its numbers use.
  const shown = active?.applied.plan.nodes.find((n) => n.id === node.id) ?? node;
  const params = shown.params as Record<string, number | string>;
  const atEvent = sized?.atEvent;
  const current = useEditor((s) => s.plan);
  const growthNote = current ? sourceGrowthNote(current, node.id) : null;
  const own = projection?.findings.filter((f) => f.nodeId === node.id) ?? [];
  // A finding about one typed value (an empty instance type, a min above the max) is said beside that field.
  const findings = own.filter((f) => fieldOfFinding(f.rule, node.kind) === null);
  const besideField = (key: string) => own.filter((f) => fieldOfFinding(f.rule, node.kind) === key);
  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <NodeKindIcon kind={node.kind} />
          <Text size="xs" c="dimmed" tt="uppercase">{kindLabel(node.kind)}</Text>
        </Group>
        {atEvent && <Badge color={statusColor[atEvent.status]} variant="light" data-testid="inspector-status">{atEvent.status}</Badge>}
      </Group>
      <TextInput
        size="xs"
        label="Name"
        value={name}
        error={error}
        data-testid="inspector-name"
        onChange={(e) => {
          setName(e.currentTarget.value);
          setError(e.currentTarget.value.trim() === '' ? 'A node needs a name.' : null);
        }}
        onBlur={commitName}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitName();
          if (e.key === 'Escape') setName(node.name);
        }}
      />
      {atEvent && sized && (
        <Text size="xs" data-testid="inspector-summary">
          At the event: <b>{formatNumber(atEvent.loadRps)} rps</b>
          {sized.unit && (
            <>
              {' '}· needs <b>{formatNumber(atEvent.required)}</b> {sized.unit}, has {formatNumber(atEvent.current)}
              {sized.firstShortMonth !== null && projection && <> · short from {projection.months[sized.firstShortMonth]}</>}
            </>
          )}
        </Text>
      )}
      <ActiveScenarioNote what="parameter changes here apply to this scenario only; name, notes and connections are shared." />
      {growthNote && <Text size="xs" c="orange.8" data-testid="source-growth-note">{growthNote}</Text>}
      {findings.map((f) => (
        <Text key={f.id} size="xs" c={f.severity === 'critical' ? 'red.8' : f.severity === 'warning' ? 'yellow.9' : 'blue.8'}>
          {f.message}
          {f.suggestion ? ` — ${f.suggestion}` : ''}
        </Text>
      ))}
      <Accordion multiple defaultValue={['params']} variant="contained" chevronPosition="right">
        <Accordion.Item value="params">
          <Accordion.Control><Text size="xs" fw={600}>Parameters</Text></Accordion.Control>
          <Accordion.Panel>
            <Stack gap={6}>
              {paramFieldsOf(node.kind).map((field) => (
                <div key={`${node.id}-${field.key}`}>
                  <ValidatedField
                    label={field.label}
                    kind={field.kind}
                    unit={field.unit}
                    help={field.help}
                    warnAbove={field.warnAbove}
                    value={params[field.key] ?? ''}
                    testId={`param-${field.key}`}
                    commit={(value) => commitParam(field.key, value)}
                  />
                  <OverrideMark target={{ kind: 'node', nodeId: node.id, key: field.key }} testId={`param-${field.key}-override`} />
                  {besideField(field.key).map((f) => (
                    <Text key={f.id} size="xs" c="orange.8" mt={2} data-testid={`param-${field.key}-finding`}>{f.message}</Text>
                  ))}
                </div>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        {atEvent && atEvent.explanation.length > 0 && (
          <Accordion.Item value="why">
            <Accordion.Control><Text size="xs" fw={600}>Why these numbers</Text></Accordion.Control>
            <Accordion.Panel>
              <ExplanationList steps={atEvent.explanation} />
            </Accordion.Panel>
          </Accordion.Item>
        )}
      </Accordion>
      <Group grow>
        <Button variant="default" size="xs" leftSection={<Copy size={14} />} onClick={() => duplicateSelection()}>Duplicate</Button>
        <Button variant="light" color="red" size="xs" leftSection={<Trash2 size={14} />} onClick={() => edit((p) => removeElements(p, [node.id]))}>Delete</Button>
      </Group>
    </Stack>
  );
}
