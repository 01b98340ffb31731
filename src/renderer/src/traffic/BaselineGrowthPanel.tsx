import { Badge, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatNumber } from '../../../shared/engine/format';
import type { Plan } from '../../../shared/model/plan';
import { ValidatedField } from '../canvas/ValidatedField';
import { growthText } from '../canvas/growth-notes';
import type { BaselineStatistic, HistoryAnalysis } from '../../../shared/traffic';
import { useEditor } from '../state/editor-store';
import { HistoryWindowPicker } from './HistoryWindowPicker';
import { growthChoiceOf, typedRateProblem, setBaseline, setGrowth, setHistoryWindow, setIncludeSurges, type GrowthChoice, type SourceNode } from './source-edits';

const STATISTICS: { value: BaselineStatistic; label: string }[] = [
  { value: 'max', label: 'max' },
  { value: 'p99', label: 'p99' },
  { value: 'p95', label: 'p95' },
  { value: 'mean', label: 'mean' },
];

const BASELINE_DAYS = ['7', '14', '28', '56', '90', '180', '365'].map((d) => ({ value: d, label: `last ${d} days` }));

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

function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Window, baseline statistic (surge days left out or counted) and how the source grows, with the fit's own account of itself. */
/** The plan's own growth rate, and the active scenario's when it overrides it (the charts show that one). */
export type PlanGrowth = { rate: number; scenario: { name: string; rate: number } | null };

export function BaselineGrowthPanel({ source, planGrowth, analysis }: { source: SourceNode; planGrowth: PlanGrowth; analysis: HistoryAnalysis | null }) {
  const planGrowthRate = planGrowth.rate;
  const params = source.params;
  const summary = params.historySummary;
  const choice = growthChoiceOf(params);
  const [typedRate, setTypedRate] = useState<number>(() => (params.growth?.source === 'typed' ? params.growth.monthlyRate : planGrowthRate));
  const fit = analysis && 'fit' in analysis.growth ? analysis.growth.fit : null;
  const baseline = analysis?.baseline ?? null;
  const days = BASELINE_DAYS.some((w) => w.value === String(params.baselineWindowDays)) ? BASELINE_DAYS : [...BASELINE_DAYS, { value: String(params.baselineWindowDays), label: `last ${params.baselineWindowDays} days` }];
  const surgeDaysInRange = baseline ? baseline.excludedDays.length + baseline.surgeDaysIncluded : 0;

  return (
    <Paper withBorder p="sm" data-testid="traffic-baseline-growth">
      <Stack gap="xs">
        <Text fw={600} size="sm">Baseline and growth</Text>
        <HistoryWindowPicker
          key={summary?.fileName ?? 'none'}
          window={params.historyWindow}
          firstDate={summary?.dailyPeaks[0]?.date ?? ''}
          lastDate={summary?.dailyPeaks.at(-1)?.date ?? ''}
          onChange={(w) => edit((plan) => setHistoryWindow(plan, source.id, w))}
          disabled={!summary}
        />
        {analysis && (
          <Text size="xs" c="dimmed" data-testid="traffic-window-days">
            {analysis.window.days > 0 ? `${analysis.window.from} → ${analysis.window.to}: ${plural(analysis.window.days, 'day')}` : 'This window holds no day of the history.'}
          </Text>
        )}
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
            label="Over the"
            w={140}
            data={days}
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
            {summary && baseline
              ? ` = ${params.baselineStatistic} of the daily peaks over the last ${params.baselineWindowDays} days (${plural(baseline.daysUsed, 'day')}, ${baseline.from} → ${baseline.to})`
              : ' (typed on the canvas; import a history to derive it)'}
          </Text>
        </Text>
        {baseline && surgeDaysInRange > 0 && (
          <Stack gap={4}>
            <Text size="xs" c={baseline.excludedDays.length > 0 ? 'grape' : 'orange'} data-testid="traffic-baseline-surges">
              {baseline.excludedDays.length > 0
                ? `${plural(baseline.excludedDays.length, 'surge day')} left out (${baseline.excludedDays[0]?.date} → ${baseline.excludedDays.at(-1)?.date}), so the surge is not counted twice: once here and again as the event surge.`
                : `${plural(baseline.surgeDaysIncluded, 'surge day')} counted in the baseline.`}
            </Text>
            <Checkbox
              size="xs"
              label="Count surge days in the baseline"
              checked={params.includeSurgesInBaseline ?? false}
              onChange={(e) => {
                const include = e.currentTarget.checked;
                edit((plan) => setIncludeSurges(plan, source.id, include));
              }}
              data-testid="traffic-include-surges"
            />
          </Stack>
        )}
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
              if (typeof v !== 'number') return null;
              const problem = typedRateProblem(v);
              if (problem) return problem;
              setTypedRate(v);
              edit((plan) => setGrowth(plan, source.id, choice, v));
              return null;
            }}
          />
        )}
        {choice === 'plan' && (
          <Text size="xs" c="dimmed" data-testid="traffic-plan-growth">
            The plan grows {growthText(planGrowthRate)} (plan settings)
            {planGrowth.scenario ? `; the scenario “${planGrowth.scenario.name}”, which every chart shows, grows ${growthText(planGrowth.scenario.rate)}.` : '.'}
          </Text>
        )}
        {fit && (
          <Stack gap={4} data-testid="traffic-fit">
            <Group gap="xs">
              <Text size="xs" c="dimmed">{choice.startsWith('fitted') ? 'Fitted' : 'Trend in the history'}:</Text>
              <Badge variant="light" color="orange" tt="none" data-testid="traffic-fit-rate">{formatNumber(fit.monthlyRate * 100, 2)} %/month</Badge>
              <Badge variant="light" color="gray" tt="none" data-testid="traffic-fit-r2">R² {fit.r2.toFixed(3)}</Badge>
              <Text size="xs" c="dimmed">{fit.method}, {plural(fit.pointsUsed, 'day')} fitted</Text>
            </Group>
            <Text size="xs" data-testid="traffic-fit-quality">{analysis?.quality}</Text>
          </Stack>
        )}
        {analysis && 'error' in analysis.growth && <Text size="xs" c="red" data-testid="traffic-fit-error">{analysis.growth.error}</Text>}
        {analysis?.yoy && (
          <Text size="xs" data-testid="traffic-yoy">
            Year over year: {analysis.yoy.month} vs {analysis.yoy.lastYearMonth}, median daily peak {formatNumber(analysis.yoy.medianPeak)} vs {formatNumber(analysis.yoy.lastYearMedianPeak)} req/s:{' '}
            <b>{analysis.yoy.yoyGrowth >= 0 ? '+' : ''}{formatNumber(analysis.yoy.yoyGrowth * 100, 1)} %</b> ({formatNumber(analysis.yoy.monthlyEquivalent * 100, 2)} %/month{fit ? `, beside the fit's ${formatNumber(fit.monthlyRate * 100, 2)}` : ''})
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
