import { Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { verdictRuleIds, type ChecklistItem, type EventErrorBudget, type PhaseId, type PhaseProgress, type PhaseWindow, type Verdict } from '../../../shared/readiness';
import type { ChecklistActions } from './checklist-actions';
import { formatWindow } from './due-input';
import { ErrorBudgetCard } from './ErrorBudgetCard';
import { ItemRow } from './ItemRow';
import { verdictStyle } from './verdict-style';

interface Props {
  phase: PhaseId;
  window: PhaseWindow | undefined;
  items: ChecklistItem[];
  progress: PhaseProgress | undefined;
  verdict: Verdict;
  budget: EventErrorBudget;
  now: Date;
  timeZone: string;
  actions: ChecklistActions;
  onEditCustom: (item: ChecklistItem) => void;
}

/** The selected phase: its verdict and progress, then its items as a dense table. */
export function PhasePanel({ phase, window, items, progress, verdict, budget, now, timeZone, actions, onEditCustom }: Props) {
  const style = verdictStyle[verdict.state];
  return (
    <Stack gap="sm" data-testid="phase-panel" data-phase={phase}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={8}>
            <Text fw={700} size="lg">{window?.label ?? phase}</Text>
            {window && <Text size="sm" c="dimmed">{formatWindow(window.start, window.end, timeZone)} · times in {timeZone}</Text>}
            <Badge color={style.color} variant="light" leftSection={<style.Icon size={12} />} data-testid="phase-verdict" data-verdict={verdict.state}>
              {style.label}
            </Badge>
          </Group>
          {verdict.reasons.map((reason, i) => (
            <Text key={i} size="xs" c="dimmed" data-rule={reason.rule}>
              {verdictRuleIds[reason.rule]} · {reason.text}
            </Text>
          ))}
        </Stack>
        {progress && (
          <Stack gap={2} w={220} style={{ flex: 'none' }}>
            <Text size="xs" c="dimmed" ta="right">
              {progress.completed} of {progress.total} done or not applicable
            </Text>
            <Progress value={progress.ratio * 100} color={style.color} size="sm" />
          </Stack>
        )}
      </Group>
      {phase === 'during' && <ErrorBudgetCard budget={budget} />}
      <Paper withBorder radius="sm">
        <Table className="hr-checklist" verticalSpacing={6} horizontalSpacing="xs" layout="fixed" data-testid="phase-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>Status</Table.Th>
              <Table.Th>Item</Table.Th>
              <Table.Th w={150}>Due</Table.Th>
              <Table.Th w={130}>Owner</Table.Th>
              <Table.Th w={230}>Note</Table.Th>
              <Table.Th w={220}>Evidence</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <ItemRow key={item.id} item={item} now={now} timeZone={timeZone} actions={actions} onEditCustom={onEditCustom} />
            ))}
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text size="sm" c="dimmed">Nothing in this phase. Add your own item if the plan needs one.</Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
