import { Badge, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { formatNumber, formatPercent } from '../../../shared/engine/format';
import type { NodeProjection, NodeSizing, Projection } from '../../../shared/engine/types';
import { nodeKindLabels } from '../../../shared/model/create-node';
import { ExplanationList } from '../canvas/ExplanationList';
import { NodeKindIcon } from '../canvas/node-kind-style';
import { useProjection } from '../state/use-projection';

const statusColor = { ok: 'teal', tight: 'yellow', short: 'red' } as const;

function sizingAt(node: NodeProjection, when: string): NodeSizing {
  return when === 'event' ? node.atEvent : node.monthly[Number(when)]!;
}

/** The monthly steps, then the pre-scale for the event peak (which monthly growth alone never shows). */
function addWhen(node: NodeProjection, projection: Projection): string {
  if (!node.unit) return '—';
  const steps = node.addBy
    .slice(0, 4)
    .map((step) => `${projection.months[step.month] ?? `month ${step.month}`}: +${formatNumber(step.add)} (${formatNumber(step.from)} → ${formatNumber(step.to)})`);
  if (node.addBy.length > 4) steps.push(`…${node.addBy.length - 4} more`);
  const { eventStep } = node;
  if (eventStep.add > 0) steps.push(`before the event: +${formatNumber(eventStep.add)} (${formatNumber(eventStep.from)} → ${formatNumber(eventStep.to)})`);
  return steps.length > 0 ? steps.join('; ') : 'nothing to add';
}

/** Every node's need, today's capacity, when it falls short and what to add when: the plan as a table. */
export function CapacityView() {
  const projection = useProjection();
  const [when, setWhen] = useState('event');
  const [open, setOpen] = useState<string | null>(null);
  if (!projection) return null;
  const monthOptions = [
    { value: 'event', label: `At the event peak (${projection.surgeLabel})` },
    ...projection.months.map((m, i) => ({ value: String(i), label: `${m} (month ${i})` })),
  ];
  const { totals } = projection;
  const monthCost = when === 'event' ? projection.nodes.reduce((sum, n) => sum + n.atEvent.monthlyCost, 0) : (totals.monthlyCost[Number(when)] ?? 0);
  return (
    <ScrollArea style={{ flex: 1 }} data-testid="capacity-view">
      <Stack p="md" gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={4}>Capacity</Title>
            <Text size="sm" c="dimmed">
              Entry load {formatNumber(when === 'event' ? totals.entryRpsAtEvent : (totals.entryRps[Number(when)] ?? 0))} rps ·{' '}
              {totals.counts.critical} critical, {totals.counts.warning} warnings · run cost {formatNumber(monthCost)} {totals.currency}/month
              {totals.eventCost > 0 && ` · event extra ${formatNumber(totals.eventCost)} ${totals.currency}`}
            </Text>
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
                <Table.Th ta="right">Utilization today</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Short from</Table.Th>
                <Table.Th>What to add when</Table.Th>
                <Table.Th ta="right">Cost / month</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {projection.nodes.map((node) => {
                const s = sizingAt(node, when);
                const toAdd = Math.max(0, s.required - s.current);
                return (
                  <Fragment key={node.nodeId}>
                    <Table.Tr style={{ cursor: 'pointer' }} onClick={() => setOpen(open === node.nodeId ? null : node.nodeId)} data-testid={`capacity-row-${node.name}`}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <NodeKindIcon kind={node.kind} size={13} />
                          <div>
                            <Text size="xs" fw={600}>{node.name}</Text>
                            <Text size="xs" c="dimmed">{nodeKindLabels[node.kind]}</Text>
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatNumber(s.loadRps)}</Table.Td>
                      <Table.Td ta="right" fw={600}>{node.unit ? `${formatNumber(s.required)} ${node.unit}` : '—'}</Table.Td>
                      <Table.Td ta="right">{node.unit ? formatNumber(s.current) : '—'}</Table.Td>
                      <Table.Td ta="right" c={toAdd > 0 ? 'red.8' : undefined}>{node.unit ? (toAdd > 0 ? `+${formatNumber(toAdd)}` : '0') : '—'}</Table.Td>
                      <Table.Td ta="right">{s.utilization > 0 ? formatPercent(s.utilization, 0) : '—'}</Table.Td>
                      <Table.Td><Badge size="xs" color={statusColor[s.status]} variant="light">{s.status}</Badge></Table.Td>
                      <Table.Td>{node.firstShortMonth === null ? '—' : projection.months[node.firstShortMonth]}</Table.Td>
                      <Table.Td maw={320}>{addWhen(node, projection)}</Table.Td>
                      <Table.Td ta="right">{s.monthlyCost > 0 ? formatNumber(s.monthlyCost) : '—'}</Table.Td>
                    </Table.Tr>
                    {open === node.nodeId && (
                      <Table.Tr>
                        <Table.Td colSpan={10} bg="gray.0">
                          <Text size="xs" fw={600} mb={6}>Why {node.name} needs {formatNumber(s.required)} {node.unit ?? ''}</Text>
                          <ExplanationList steps={s.explanation} />
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
