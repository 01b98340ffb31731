import { Anchor, Badge, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useEffect, useRef, useState } from 'react';
import { formatAdditions, formatNumber, formatUtilization } from '../../../shared/engine/format';
import { additionSchedule, explainEventStep, explainFirstShort, type ScheduleStep } from '../../../shared/engine/schedule';
import type { NodeProjection, NodeSizing, Projection } from '../../../shared/engine/types';
import { kindLabel } from '../../../shared/kinds';
import { ExplanationList } from '../canvas/ExplanationList';
import { NodeKindIcon } from '../canvas/node-kind-style';
import { describePolicy } from '../../../shared/engine/policy-note';
import { costSummary, describeCostRange } from '../../../shared/engine/cost-range';
import { useEditor } from '../state/editor-store';
import { useActiveScenario, useProjection } from '../state/use-projection';
import { ScenarioLabel } from '../compare/ScenarioLabel';

const statusColor = { ok: 'teal', tight: 'yellow', short: 'red' } as const;

function sizingAt(node: NodeProjection, when: string): NodeSizing {
  return when === 'event' ? node.atEvent : node.monthAt(Number(when));
}

/** Steps shown before "show all": the rest is one click away, never cut off. */
const SHOWN_STEPS = 4;

function stepText(step: ScheduleStep, projection: Projection): string {
  const when = step.kind === 'event' ? 'before the event' : (projection.months[step.month] ?? `month ${step.month}`);
  return `${when}: +${formatNumber(step.add)} (${formatNumber(step.from)} → ${formatNumber(step.to)})`;
}

/** The monthly additions and the event's pre-scale, in date order (the domain's schedule). */
function AddWhen({ node, projection }: { node: NodeProjection; projection: Projection }) {
  const [all, setAll] = useState(false);
  if (!node.unit) return <>—</>;
  const steps = additionSchedule(node);
  if (steps.length === 0) return <>nothing to add</>;
  const shown = all ? steps : steps.slice(0, SHOWN_STEPS);
  return (
    <span data-testid={`add-when-${node.name}`}>
      {shown.map((step) => stepText(step, projection)).join('; ')}
      {steps.length > SHOWN_STEPS && (
        <>
          {' '}
          <Anchor component="button" size="xs" onClick={(e) => { e.stopPropagation(); setAll(!all); }} data-testid={`add-when-toggle-${node.name}`}>
            {all ? 'show fewer' : `show all ${steps.length}`}
          </Anchor>
        </>
      )}
    </span>
  );
}

/** Every node's need, today's capacity, when it falls short and what to add when: the plan as a table. */
export function CapacityView() {
  const projection = useProjection();
  // The active scenario's plan: its policy and prices are the ones these numbers used.
  const active = useActiveScenario();
  const plan = active?.applied.plan ?? useEditor.getState().plan;
  const [when, setWhen] = useState('event');
  const selectedIds = useEditor((s) => s.selectedNodeIds);
  const select = useEditor((s) => s.select);
  // Arriving with a node selected on the canvas, the user came for that node: its row is
  // highlighted, scrolled to and opened on its calculation.
  const [open, setOpen] = useState<string | null>(() => (selectedIds.length === 1 ? selectedIds[0]! : null));
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  const firstSelected = projection?.nodes.find((n) => selectedIds.includes(n.nodeId))?.nodeId ?? null;
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'center' });
    // Only on arrival: a row clicked here is already in view.
  }, []);
  if (!projection) return null;
  const clickRow = (nodeId: string) => {
    setOpen(open === nodeId ? null : nodeId);
    // The row clicked is the selection the canvas and the inspector show too.
    select([nodeId], []);
  };
  const monthOptions = [
    { value: 'event', label: `At the event peak (${projection.surgeLabel})` },
    ...projection.months.map((m, i) => ({ value: String(i), label: `${m} (month ${i})` })),
  ];
  const { totals } = projection;
  const costMonth = when === 'event' ? Math.min(Math.max(projection.eventMonthIndex, 0), totals.monthlyCost.length - 1) : Number(when);
  const monthCost = totals.monthlyCost[costMonth] ?? 0;
  return (
    <ScrollArea style={{ flex: 1 }} data-testid="capacity-view">
      <Stack p="md" gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Group gap="xs"><Title order={4}>Capacity</Title><ScenarioLabel testId="capacity-scenario" /></Group>
            <Text size="sm" c="dimmed">
              Entry load {formatNumber(when === 'event' ? totals.entryRpsAtEvent : (totals.entryRps[Number(when)] ?? 0))} rps ·{' '}
              {totals.counts.critical} critical, {totals.counts.warning} warnings
            </Text>
            <Text size="sm" c="dimmed" data-testid="capacity-costs">
              Today {formatNumber(totals.todayMonthlyCost)} {totals.currency}/month ·{' '}
              the plan {formatNumber(monthCost)} {totals.currency}/month in {projection.months[costMonth]} ·{' '}
              event extra {formatNumber(totals.eventCost)} {totals.currency} (pre-scale weeks and event days)
            </Text>
            {active &&
              describeCostRange(costSummary(active.applied.plan, projection), formatNumber).map((line) => (
                <Text key={line} size="sm" c="dimmed" data-testid="capacity-cost-range">{line}</Text>
              ))}
            {plan && (
              <Text size="sm" c="dimmed" data-testid="capacity-policy">{describePolicy(plan)}</Text>
            )}
            {totals.toAddAtEvent.some((u) => u.add > 0) && (
              <Text size="sm" c="dimmed" data-testid="capacity-to-add">
                To add before the event: {formatAdditions(totals.toAddAtEvent)}
              </Text>
            )}
          </div>
          <Select size="xs" w={360} label="Sized for" data={monthOptions} value={when} onChange={(v) => setWhen(v ?? 'event')} allowDeselect={false} data-testid="capacity-when" />
        </Group>
        <Paper withBorder>
          <Table striped highlightOnHover verticalSpacing={6} fz="xs" data-testid="capacity-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Node</Table.Th>
                <Table.Th ta="right">Load (rps)</Table.Th>
                <Table.Th ta="right">Required</Table.Th>
                <Table.Th ta="right">Today</Table.Th>
                <Table.Th ta="right">To add</Table.Th>
                <Table.Th ta="right" title="Services: projected CPU; worker pools: busy share; databases, caches, load balancers: share of their rated capacity; CDNs, queues and external APIs: share of the provider's limit">Utilization today</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Short from</Table.Th>
                <Table.Th>What to add when</Table.Th>
                <Table.Th ta="right">Cost of the need / month</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {projection.nodes.map((node) => {
                const s = sizingAt(node, when);
                const toAdd = Math.max(0, s.required - s.current);
                const isSelected = selectedIds.includes(node.nodeId);
                return (
                  <Fragment key={node.nodeId}>
                    <Table.Tr
                      ref={node.nodeId === firstSelected ? selectedRow : undefined}
                      style={{ cursor: 'pointer', boxShadow: isSelected ? 'inset 3px 0 0 var(--mantine-color-blue-6)' : undefined }}
                      bg={isSelected ? 'blue.0' : undefined}
                      aria-selected={isSelected}
                      onClick={() => clickRow(node.nodeId)}
                      data-testid={`capacity-row-${node.name}`}
                    >
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <NodeKindIcon kind={node.kind} size={13} />
                          <div>
                            <Text size="xs" fw={600}>{node.name}</Text>
                            <Text size="xs" c="dimmed">{kindLabel(node.kind)}</Text>
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatNumber(s.loadRps)}</Table.Td>
                      <Table.Td ta="right" fw={600}>{node.unit ? `${formatNumber(s.required)} ${node.unit}` : '—'}</Table.Td>
                      <Table.Td ta="right">{node.unit ? formatNumber(s.current) : '—'}</Table.Td>
                      <Table.Td ta="right" c={toAdd > 0 ? 'red.8' : undefined}>{node.unit ? (toAdd > 0 ? `+${formatNumber(toAdd)}` : '0') : '—'}</Table.Td>
                      <Table.Td ta="right">{formatUtilization(s.utilization)}</Table.Td>
                      <Table.Td><Badge size="xs" color={statusColor[s.status]} variant="light">{s.status}</Badge></Table.Td>
                      <Table.Td>{node.firstShortMonth === null ? '—' : projection.months[node.firstShortMonth]}</Table.Td>
                      <Table.Td maw={320}><AddWhen node={node} projection={projection} /></Table.Td>
                      <Table.Td ta="right">{s.monthlyCost > 0 ? formatNumber(s.monthlyCost) : '—'}</Table.Td>
                    </Table.Tr>
                    {open === node.nodeId && (
                      <Table.Tr>
                        <Table.Td colSpan={10} bg="gray.0" data-testid={`capacity-explanation-${node.name}`}>
                          <Text size="xs" fw={600} mb={6}>Why {node.name} needs {formatNumber(s.required)} {node.unit ?? ''}</Text>
                          <ExplanationList steps={[...s.explanation, ...(when === 'event' && node.unit ? [explainEventStep(node)] : []), ...(node.unit ? [explainFirstShort(node)].filter((e) => e !== null) : [])]} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
        <Text size="xs" c="dimmed">Click a row for the calculation behind it. “Short from” is the first month today's capacity no longer covers the need at normal (non-event) load.</Text>
      </Stack>
    </ScrollArea>
  );
}
