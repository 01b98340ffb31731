import { Paper, Table, Text } from '@mantine/core';
import { formatNumber } from '../../../shared/engine/format';
import type { ScenarioComparison } from '../../../shared/scenarios/compare';

/** Per tier the largest event need across the scenarios, who drives it, and what it costs over the expected case. */
export function LeastRegretTable({ comparison: c }: { comparison: ScenarioComparison }) {
  const expected = c.scenarios[0]?.name ?? 'Base';
  return (
    <Paper withBorder p="sm" data-testid="least-regret">
      <Text size="sm" fw={600}>Least regret: provision each tier for its worst credible case</Text>
      <Text size="xs" c="dimmed" mb={6}>
        Provisioning every tier for the largest need costs {formatNumber(c.totals.extraMonthlyCost)} {c.totals.currency}/month over {expected} at the event peak ({formatNumber(c.totals.leastRegretMonthlyCost)} vs {formatNumber(c.totals.baseMonthlyCost)}).
      </Text>
      <Table fz="xs" withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tier</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Largest need</Table.Th>
            <Table.Th>Driven by</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{expected} (expected)</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Extra cost ({c.totals.currency}/month)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.leastRegret.map((r) => (
            <Table.Tr key={r.nodeId} data-testid={`least-regret-${r.nodeId}`}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td style={{ textAlign: 'right', fontWeight: 600 }}>{formatNumber(r.required)} {r.unit}</Table.Td>
              <Table.Td>{r.drivenBy}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(r.baseRequired)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', color: r.extraMonthlyCost > 0 ? 'var(--mantine-color-red-8)' : undefined }}>{formatNumber(r.extraMonthlyCost)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
