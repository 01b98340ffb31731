import { Badge, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatNumber } from '../../../shared/engine/format';
import { GrowthSchema, type Plan } from '../../../shared/model/plan';
import { ValidatedField } from '../canvas/ValidatedField';
import type { BaselineStatistic } from '../../../shared/traffic';
import { useEditor } from '../state/editor-store';
import { fitOf, growthChoiceOf, setBaseline, setGrowth, type GrowthChoice, type SourceNode } from './source-edits';

const STATISTICS: { value: BaselineStatistic; label: string }[] = [
  { value: 'max', label: 'max' },
  { value: 'p99', label: 'p99' },
  { value: 'p95', label: 'p95' },
  { value: 'mean', label: 'mean' },
];

const WINDOWS = ['7', '14', '28', '56', '90', '180', '365'].map((d) => ({ value: d, label: `last ${d} days` }));

const GROWTH: { value: GrowthChoice; label: string }[] = [
  { value: 'plan', label: "The plan's growth" },
  { value: 'typed-compound', label: 'Typed, compound' },
  { value: 'typed-linear', label: 'Typed, linear' },
  { value: 'fitted-compound', label: 'Fitted, compound' },
  { value: 'fitted-linear', label: 'Fitted, linear' },
];

function edit(change: (plan: Plan) => Plan): void {
  useEditor.getState().edit(change);
}

/** Baseline statistic and window over the daily peaks, and how the source grows. */
export function BaselineGrowthPanel({ source, planGrowthRate }: { source: SourceNode; planGrowthRate: number }) {
  const params = source.params;
  const summary = params.historySummary;
  const choice = growthChoiceOf(params);
  const [typedRate, setTypedRate] = useState<number>(() => (params.growth?.source === 'typed' ? params.growth.monthlyRate : planGrowthRate));
  const method = choice.endsWith('linear') ? 'linear' : 'compound';
  const fitted = choice.startsWith('fitted') ? fitOf(summary, method) : null;
  const windows = WINDOWS.some((w) => w.value === String(params.baselineWindowDays)) ? WINDOWS : [...WINDOWS, { value: String(params.baselineWindowDays), label: `last ${params.baselineWindowDays} days` }];

  return (
    <Paper withBorder p="sm" data-testid="traffic-baseline-growth">
      <Stack gap="xs">
        <Text fw={600} size="sm">Baseline and growth</Text>
        <Group gap="xs" align="end" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed" mb={2}>Statistic of daily peaks</Text>
            <SegmentedControl
              size="xs"
              data={STATISTICS}
              value={params.baselineStatistic}
              onChange={(v) => edit((plan) => setBaseline(plan, source.id, v as BaselineStatistic, params.baselineWindowDays))}
              disabled={!summary}
              data-testid="traffic-statistic"
            />
          </div>
          <Select
            size="xs"
            label="Window"
            w={140}
            data={windows}
            value={String(params.baselineWindowDays)}
            allowDeselect={false}
            onChange={(v) => v && edit((plan) => setBaseline(plan, source.id, params.baselineStatistic, Number(v)))}
            disabled={!summary}
            data-testid="traffic-window"
          />
        </Group>
        <Text size="sm" data-testid="traffic-baseline">
          Baseline: <b>{formatNumber(params.baselineRps)} req/s</b>
          <Text span size="xs" c="dimmed">
            {summary ? ` = ${params.baselineStatistic} of the daily peaks over the last ${params.baselineWindowDays} days` : ' (typed on the canvas; import a history to derive it)'}
          </Text>
        </Text>
        <Select
          size="xs"
          label="Growth"
          data={GROWTH.map((g) => ({ ...g, disabled: g.value.startsWith('fitted') && !summary }))}
          value={choice}
          allowDeselect={false}
          onChange={(v) => v && edit((plan) => setGrowth(plan, source.id, v as GrowthChoice, typedRate))}
          data-testid="traffic-growth-method"
        />
        {choice.startsWith('typed') && (
          <ValidatedField
            label="Monthly rate"
            kind="percent"
            unit="%/month"
            value={typedRate}
            testId="traffic-typed-rate"
            commit={(v) => {
              // The same bound the plan's schema holds a growth rate to, said where it was typed.
              const checked = GrowthSchema.shape.monthlyRate.safeParse(v);
              if (!checked.success) return 'Enter a rate from -99 % to 1,000 % a month.';
              setTypedRate(checked.data);
              edit((plan) => setGrowth(plan, source.id, choice, checked.data));
              return null;
            }}
          />
        )}
        {choice === 'plan' && <Text size="xs" c="dimmed">The plan grows {formatNumber(planGrowthRate * 100, 2)} %/month (plan settings).</Text>}
        {fitted && 'fit' in fitted && (
          <Group gap="xs" data-testid="traffic-fit">
            <Badge variant="light" color="orange" tt="none" data-testid="traffic-fit-rate">{formatNumber(fitted.fit.monthlyRate * 100, 2)} %/month</Badge>
            <Badge variant="light" color="gray" tt="none" data-testid="traffic-fit-r2">R² {fitted.fit.r2.toFixed(3)}</Badge>
            <Text size="xs" c="dimmed">least squares on {method === 'compound' ? 'log ' : ''}daily peaks, {formatNumber(fitted.fit.pointsUsed)} days</Text>
          </Group>
        )}
        {fitted && 'error' in fitted && <Text size="xs" c="red" data-testid="traffic-fit-error">{fitted.error}</Text>}
      </Stack>
    </Paper>
  );
}
