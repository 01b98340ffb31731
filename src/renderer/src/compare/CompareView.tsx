import { Alert, Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip, useMantineTheme } from '@mantine/core';
import { Fragment, useMemo, useState } from 'react';
import { removeOverridesOfMissingNodes } from '../../../shared/editing/scenario-edits';
import { formatNumber } from '../../../shared/engine/format';
import { DEFAULT_COMPARE_HORIZONS, type ScenarioComparison, type ScenarioTier } from '../../../shared/scenarios/compare';
import { useEditor } from '../state/editor-store';
import { chartThemeOf } from '../traffic/charts/chart-theme';
import { EChart } from '../traffic/charts/EChart';
import { costByScenarioOption, needVsBaseOption } from './compare-chart-options';
import { LeastRegretTable } from './LeastRegretTable';
import { comparisonOf, parseHorizons } from './use-comparison';

const DIFFERS_BG = 'var(--mantine-color-yellow-1)';

type Measure = { label: string; value: (t: ScenarioTier) => string; raw: (t: ScenarioTier) => unknown; why?: boolean };

function measures(c: ScenarioComparison): Measure[] {
  const first = c.scenarios[0]?.nodes[0];
  return [
    { label: 'At the event', value: (t) => formatNumber(t.atEvent.required), raw: (t) => t.atEvent.required, why: true },
    ...c.horizons.map((month, h): Measure => ({
      label: `Month ${month}${first?.horizons[h]?.label ? ` (${first.horizons[h]!.label})` : ''}`,
      value: (t) => (t.horizons[h]!.required === null ? '— past the horizon' : formatNumber(t.horizons[h]!.required!)),
      raw: (t) => t.horizons[h]!.required,
    })),
    { label: `Cost at the event (${c.totals.currency}/month)`, value: (t) => formatNumber(t.atEvent.monthlyCost), raw: (t) => t.atEvent.monthlyCost },
    { label: 'First short month', value: (t) => t.firstShortLabel ?? '—', raw: (t) => t.firstShortMonth },
  ];
}

/** What a number used: the scenario's overrides that reach this tier, or the base's assumptions. */
function Why({ tier, scenario, children }: { tier: ScenarioTier; scenario: string; children: React.ReactNode }) {
  const label = tier.why.length > 0 ? (
    <Stack gap={2}>
      <Text size="xs" fw={600}>{scenario}: this number uses</Text>
      {tier.why.map((w) => <Text key={w} size="xs">• {w}</Text>)}
    </Stack>
  ) : (
    <Text size="xs">{scenario}: the base plan's assumptions (no override reaches this tier)</Text>
  );
  return (
    <Tooltip label={label} multiline w={340} withArrow>
      <span style={{ cursor: 'help', borderBottom: '1px dotted var(--mantine-color-gray-5)' }}>{children}</span>
    </Tooltip>
  );
}

/** Every scenario of the plan side by side, tier by tier, with charts and the least-regret table. */
export function CompareView() {
  const plan = useEditor((s) => s.plan);
  const mantine = useMantineTheme();
  const theme = useMemo(() => chartThemeOf(mantine), [mantine]);
  const [text, setText] = useState(DEFAULT_COMPARE_HORIZONS.join(', '));
  const [horizons, setHorizons] = useState<number[]>([...DEFAULT_COMPARE_HORIZONS]);
  const [error, setError] = useState<string | null>(null);
  const c = plan ? comparisonOf(plan, horizons.filter((h) => h <= plan.horizonMonths)) : null;
  const options = useMemo(() => (c && typeof c !== 'string' ? { need: needVsBaseOption(c, theme), cost: costByScenarioOption(c, theme) } : null), [c, theme]);
  if (!plan || !c) return null;
  if (typeof c === 'string') return <Alert color="red" m="md">{c}</Alert>;
  const rows = measures(c);
  const tiers = c.scenarios[0]?.nodes ?? [];

  return (
    <ScrollArea style={{ flex: 1 }} data-testid="compare-view">
      <Stack p="md" gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={4}>Compare scenarios</Title>
            <Text size="sm" c="dimmed">
              {c.scenarios.length === 1 ? 'This plan has only its base scenario: create one with the scenario switcher above to compare.' : `${c.scenarios.length} scenarios of ${plan.name}, tier by tier. Cells that differ from ${c.scenarios[0]!.name} are highlighted; hover an event need for the overrides it used.`}
            </Text>
          </div>
          <TextInput
            size="xs"
            label="Horizons (months)"
            value={text}
            error={error}
            w={180}
            data-testid="compare-horizons"
            onChange={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              const parsed = parseHorizons(value, plan.horizonMonths);
              if (typeof parsed === 'string') setError(parsed);
              else {
                setError(null);
                setHorizons(parsed);
              }
            }}
          />
        </Group>
        {c.scenarios.flatMap((s) => s.stale.map((st) => ({ s, st }))).length > 0 && (
          <Alert color="yellow" title="Overrides that no longer apply" data-testid="compare-stale">
            {c.scenarios.filter((s) => s.stale.length > 0).map((s) => (
              <Group key={s.name} gap="xs" mt={4}>
                <Text size="xs"><b>{s.name}</b>: {s.stale.map((st) => st.reason).join('; ')}</Text>
                {s.stale.some((st) => st.key === undefined) && (
                  <Button size="compact-xs" variant="light" onClick={() => useEditor.getState().edit((p) => { const r = removeOverridesOfMissingNodes(p, s.name); return r.ok ? r.plan : p; })}>Remove them</Button>
                )}
              </Group>
            ))}
          </Alert>
        )}
        <Paper withBorder>
          <Table striped={false} withColumnBorders fz="xs" data-testid="compare-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tier</Table.Th>
                <Table.Th />
                {c.scenarios.map((s) => (
                  <Table.Th key={s.name} style={{ textAlign: 'right' }}>
                    <Text size="xs" fw={700}>{s.name}{s.name === plan.activeScenario && <Badge ml={4} size="xs" variant="light">active</Badge>}</Text>
                    <Text size="xs" c="dimmed" fw={400}>{s.surgeLabel}</Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tiers.map((tier, i) => (
                <Fragment key={tier.nodeId}>
                  {rows.map((m, r) => {
                    const base = m.raw(c.scenarios[0]!.nodes[i]!);
                    return (
                      <Table.Tr key={m.label} style={r === 0 ? { borderTop: '2px solid var(--mantine-color-gray-4)' } : undefined}>
                        {r === 0 && <Table.Td rowSpan={rows.length} valign="top"><Text size="xs" fw={600}>{tier.name}</Text><Text size="xs" c="dimmed">{tier.unit}</Text></Table.Td>}
                        <Table.Td c="dimmed">{m.label}</Table.Td>
                        {c.scenarios.map((s) => {
                          const t = s.nodes[i]!;
                          const differs = m.raw(t) !== base;
                          return (
                            <Table.Td key={s.name} style={{ textAlign: 'right', background: differs ? DIFFERS_BG : undefined, fontWeight: r === 0 ? 600 : undefined }} data-testid={r === 0 ? `compare-${tier.nodeId}-${s.name}` : undefined} data-differs={differs ? 'true' : undefined}>
                              {m.why ? <Why tier={t} scenario={s.name}>{m.value(t)}</Why> : m.value(t)}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        {options && c.scenarios.length > 1 && (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <EChart title={`Need at the event, against ${c.scenarios[0]!.name}`} option={options.need} height={300} fileName={`${plan.name}-scenarios-need`} testId="compare-need-chart" />
            <EChart title="Cost at the event by scenario" option={options.cost} height={300} fileName={`${plan.name}-scenarios-cost`} testId="compare-cost-chart" />
          </SimpleGrid>
        )}
        <LeastRegretTable comparison={c} />
        <Paper withBorder p="sm">
          <Text size="sm" fw={600} mb={4}>What each scenario changes</Text>
          {c.scenarios.map((s) => (
            <Text key={s.name} size="xs" mb={4}>
              <b>{s.name}</b>: {s.overrides.length > 0 ? s.overrides.join('; ') : 'the base assumptions'}
              {s.description && <Text span size="xs" c="dimmed"> · {s.description}</Text>}
            </Text>
          ))}
        </Paper>
      </Stack>
    </ScrollArea>
  );
}
