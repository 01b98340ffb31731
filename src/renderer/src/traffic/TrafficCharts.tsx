import { SimpleGrid, Stack, Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import { formatNumber } from '../../../shared/engine/format';
import { chartThemeOf } from './charts/chart-theme';
import { EChart } from './charts/EChart';
import { projectionOption } from './charts/projection-option';
import { eventBarsOption, tierCapacityOption } from './charts/tier-options';

/** The plan-wide charts: projection to the event, per-tier capacity by month, and tiers at the event. */
export function TrafficCharts({ projection, sourceId }: { projection: Projection; sourceId: string | null }) {
  const mantine = useMantineTheme();
  const theme = useMemo(() => chartThemeOf(mantine), [mantine]);
  const projectionChart = useMemo(() => projectionOption(projection, sourceId, theme), [projection, sourceId, theme]);
  const tiers = useMemo(() => tierCapacityOption(projection, theme), [projection, theme]);
  const bars = useMemo(() => eventBarsOption(projection, theme), [projection, theme]);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <EChart title={`Projected entry load to the event, req/s (surge ${projection.surgeLabel})`} option={projectionChart} height={280} fileName="projection" testId="chart-projection" />
        <EChart title="Each tier at the event: today vs required" option={bars} height={280} fileName="tiers-at-event" testId="chart-event-bars" />
      </SimpleGrid>
      <EChart title="Capacity by month: today's count vs required (red from the first short month)" option={tiers.option} height={tiers.height} fileName="tier-capacity" testId="chart-tiers" />
      {tiers.total > tiers.shown && (
        <Text size="xs" c="dimmed">The {formatNumber(tiers.shown)} tiers that fall short first are shown, of {formatNumber(tiers.total)}.</Text>
      )}
    </Stack>
  );
}
