import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { formatNumber } from '../../../shared/engine/format';
import { describeSurge } from '../../../shared/engine/surge';
import type { Plan } from '../../../shared/model/plan';
import type { DailyProfile } from '../../../shared/model/traffic-history';
import { averageFromPeak, profileForEvent, type HistoryAnalysis } from '../../../shared/traffic';
import { useEditor } from '../state/editor-store';
import { adoptSurge, isAdopted, type SourceNode } from './source-edits';

function hour(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}

/** The daily shape in the event's zone, and the average load it implies for the baseline. */
function DailyShape({ profile, plan, baselineRps }: { profile: DailyProfile; plan: Plan; baselineRps: number }) {
  const atEvent = profileForEvent(profile, plan.event);
  return (
    <Text size="xs" data-testid="traffic-profile">
      Daily shape: the peak is <b>{formatNumber(atEvent.peakToAverage, 2)}×</b> the day&apos;s average and comes at <b>{hour(atEvent.peakHour)}</b> in {atEvent.timeZone} (the event&apos;s zone, on its first day;
      {' '}{formatNumber(profile.daysUsed)} full days measured). Average load for a baseline of {formatNumber(baselineRps)} req/s: {formatNumber(averageFromPeak(baselineRps, profile))} req/s.
    </Text>
  );
}

/** Surges found in the history, each adoptable as the plan's event surge in either form. */
export function SurgesPanel({ plan, source, analysis }: { plan: Plan; source: SourceNode; analysis: HistoryAnalysis }) {
  const profile = source.params.historySummary?.profile;
  const edit = (change: (p: Plan) => Plan) => useEditor.getState().edit(change);
  return (
    <Paper withBorder p="sm" data-testid="traffic-surges">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">Surges in the history</Text>
          <Text size="xs" c="dimmed" data-testid="traffic-event-surge">Event surge in the plan: {describeSurge(plan.event.surge)}</Text>
        </Group>
        {analysis.surges.length === 0 ? (
          <Text size="xs" c="dimmed" data-testid="traffic-no-surges">
            No surge in {analysis.window.description}: no run of days at least 25 % above the trend and outside its expected range.
          </Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={4} fz="xs" data-testid="traffic-surge-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Days</Table.Th>
                <Table.Th>Peak over normal</Table.Th>
                <Table.Th>Peak</Table.Th>
                <Table.Th>Use as the event surge</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {analysis.surges.map((s, i) => (
                <Table.Tr key={s.start} data-testid={`traffic-surge-${i}`}>
                  <Table.Td>
                    {s.start} → {s.end} ({s.days} d){s.atEnd ? ' · may still be running' : ''}
                  </Table.Td>
                  <Table.Td data-testid={`traffic-surge-${i}-size`}>
                    ×{formatNumber(s.multiplier, 2)} (+{formatNumber(s.percentIncrease, 0)} %)
                  </Table.Td>
                  <Table.Td>
                    {formatNumber(s.peakRps)} req/s on {s.peakDate} (normal for that day: {formatNumber(s.expectedRps)})
                  </Table.Td>
                  <Table.Td>
                    {isAdopted(plan, source.params, s) ? (
                      <Badge color="grape" variant="light" tt="none" data-testid={`traffic-surge-${i}-adopted`}>adopted</Badge>
                    ) : (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => edit((p) => adoptSurge(p, source.id, s, 'multiplier'))} data-testid={`traffic-surge-${i}-adopt-multiplier`}>
                          ×{formatNumber(s.multiplier, 2)}
                        </Button>
                        <Button size="compact-xs" variant="light" onClick={() => edit((p) => adoptSurge(p, source.id, s, 'percentIncrease'))} data-testid={`traffic-surge-${i}-adopt-percent`}>
                          +{formatNumber(s.percentIncrease, 0)} %
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {profile && <DailyShape profile={profile} plan={plan} baselineRps={source.params.baselineRps} />}
      </Stack>
    </Paper>
  );
}
