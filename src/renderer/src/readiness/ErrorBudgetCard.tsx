import { Card, Group, Stack, Text } from '@mantine/core';
import { Timer } from 'lucide-react';
import { formatNumber } from '../../../shared/engine';
import type { EventErrorBudget } from '../../../shared/readiness';

/** Shown in the during-event phase: how much downtime the SLO allows, over its window and over the event. */
export function ErrorBudgetCard({ budget }: { budget: EventErrorBudget }) {
  return (
    <Card withBorder padding="sm" radius="sm" data-testid="error-budget">
      <Group gap={8} mb={6}>
        <Timer size={16} color="var(--mantine-color-indigo-6)" />
        <Text fw={600} size="sm">Error budget</Text>
        <Text size="xs" c="dimmed">SLO {formatNumber(budget.window.slo * 100, 4)}%</Text>
      </Group>
      <Group gap="xl" align="flex-start">
        <Stack gap={0}>
          <Text size="xl" fw={700} data-testid="error-budget-window">{minutes(budget.window.allowedMinutes)} min</Text>
          <Text size="xs" c="dimmed">{budget.window.summary}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xl" fw={700}>{minutes(budget.event.allowedMinutes)} min</Text>
          <Text size="xs" c="dimmed">{budget.event.summary}</Text>
        </Stack>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        The plan has no SLO field yet, so this uses the default objective of {formatNumber(budget.window.slo * 100, 4)}% over{' '}
        {formatNumber(budget.window.windowMinutes / 1_440)} days.
      </Text>
    </Card>
  );
}

function minutes(value: number): string {
  return formatNumber(value, value < 10 ? 2 : 1);
}
