import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDuration, formatNumber } from '../../../shared/engine/format';
import type { StoredHistory } from '../../../shared/api';
import type { TrafficHistorySummary } from '../../../shared/model/traffic-history';

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" fw={600} data-testid={testId}>{value}</Text>
    </div>
  );
}

/** What the plan knows of the history (its summary) and what the store holds (its points). */
export function HistorySummaryCard({ summary, stored }: { summary: TrafficHistorySummary; stored: StoredHistory | null }) {
  const first = summary.firstTimestamp.slice(0, 10);
  const last = summary.lastTimestamp.slice(0, 10);
  return (
    <Paper withBorder p="sm" data-testid="traffic-summary">
      <Stack gap="xs">
        <Text fw={600} size="sm" truncate>
          History: {summary.fileName}
          {summary.series ? ` · ${summary.series}` : ''}
        </Text>
        <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
          <Stat label="Rows" value={formatNumber(summary.rows)} testId="traffic-summary-rows" />
          <Stat label="Range" value={`${first} → ${last}`} testId="traffic-summary-range" />
          <Stat label="Interval" value={formatDuration(summary.intervalSeconds)} testId="traffic-summary-interval" />
          <Stat label="Peak of daily peaks" value={`${formatNumber(summary.peak)} req/s`} testId="traffic-summary-peak" />
          <Stat label="p99 of daily peaks" value={`${formatNumber(summary.p99)} req/s`} testId="traffic-summary-p99" />
          <Stat label="p95 of daily peaks" value={`${formatNumber(summary.p95)} req/s`} testId="traffic-summary-p95" />
        </SimpleGrid>
        {summary.valueNote !== undefined && (
          <Text size="xs" data-testid="traffic-summary-values">Values were taken to be {summary.valueNote}.</Text>
        )}
        {summary.gaps.count > 0 && (
          <Alert color="orange" variant="light" p={6} data-testid="traffic-summary-gaps">
            <Text size="xs">
              {formatNumber(summary.gaps.count)} gap{summary.gaps.count === 1 ? '' : 's'} in the data (largest {formatDuration(summary.gaps.largestSeconds)}); missing points are not filled in.
            </Text>
          </Alert>
        )}
        <Text size="xs" c="dimmed" data-testid="traffic-stored">
          {stored
            ? `Stored: ${formatNumber(stored.rowCount)} points in ${formatNumber(stored.dayCount)} day blocks, imported ${stored.importedAt.slice(0, 16).replace('T', ' ')} UTC.`
            : 'The points of this history are not in this app’s store (the plan came from a file); import again to chart them here.'}
        </Text>
      </Stack>
    </Paper>
  );
}
