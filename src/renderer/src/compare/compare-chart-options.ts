import { formatNumber } from '../../../shared/engine/format';
import type { ScenarioComparison } from '../../../shared/scenarios/compare';
import { axisStyle, baseOption, type ChartTheme } from '../traffic/charts/chart-theme';
import type { ChartOption } from '../traffic/charts/echarts-setup';

const PALETTE = ['#4c6ef5', '#12b886', '#fab005', '#e64980', '#7950f2', '#15aabf', '#fd7e14', '#82c91e'];

/**
 * Each tier's need at the event peak in every scenario, as a share of the base's need
 * (tiers count instances, replicas, nodes: a share puts them on one axis). The bars' labels
 * and tooltips give the counts themselves, read from the comparison.
 */
export function needVsBaseOption(c: ScenarioComparison, theme: ChartTheme): ChartOption {
  const tiers = c.scenarios[0]?.nodes ?? [];
  const base = c.scenarios[0];
  return {
    ...baseOption(theme),
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const list = params as { seriesName: string; dataIndex: number }[];
        const i = list[0]?.dataIndex ?? 0;
        const tier = tiers[i];
        if (!tier) return '';
        return [`<b>${escapeHtml(tier.name)}</b> (${tier.unit}) at the event`, ...c.scenarios.map((s) => `${escapeHtml(s.name)}: ${formatNumber(s.nodes[i]!.atEvent.required)}`)].join('<br/>');
      },
    },
    legend: { top: 0, textStyle: { color: theme.text } },
    grid: { left: 56, right: 16, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: tiers.map((t) => t.name), ...axisStyle(theme), axisLabel: { color: theme.muted, interval: 0, rotate: tiers.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: `need vs ${base?.name ?? 'base'}`, ...axisStyle(theme), axisLabel: { color: theme.muted, formatter: (v: number) => `${Math.round(v * 100)}%` } },
    series: c.scenarios.map((s, k) => ({
      type: 'bar' as const,
      name: s.name,
      itemStyle: { color: PALETTE[k % PALETTE.length] },
      data: s.nodes.map((t, i) => {
        const b = base!.nodes[i]!.atEvent.required;
        return b > 0 ? t.atEvent.required / b : t.atEvent.required > 0 ? 1 : 0;
      }),
    })),
  };
}

/** Each scenario's monthly cost at the event peak, stacked by tier, with the least-regret fleet beside them. */
export function costByScenarioOption(c: ScenarioComparison, theme: ChartTheme): ChartOption {
  const tiers = c.scenarios[0]?.nodes ?? [];
  const categories = [...c.scenarios.map((s) => s.name), 'Least regret'];
  return {
    ...baseOption(theme),
    tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => {
      const item = p as { seriesName: string; name: string; value: number };
      return `${escapeHtml(item.name)} · ${escapeHtml(item.seriesName)}: ${formatNumber(item.value)} ${c.totals.currency}/month`;
    } },
    legend: { top: 0, type: 'scroll', textStyle: { color: theme.text } },
    grid: { left: 72, right: 16, top: 36, bottom: categories.length > 3 ? 64 : 40 },
    // Scenario names are long: tilted, and cut with an ellipsis past 18 characters' width, never overlapping.
    xAxis: { type: 'category', data: categories, ...axisStyle(theme), axisLabel: { color: theme.muted, interval: 0, rotate: categories.length > 3 ? 20 : 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', name: `${c.totals.currency}/month`, ...axisStyle(theme), axisLabel: { color: theme.muted, formatter: (v: number) => formatNumber(v) } },
    series: tiers.map((t, i) => ({
      type: 'bar' as const,
      name: t.name,
      stack: 'cost',
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: [...c.scenarios.map((s) => s.nodes[i]!.atEvent.monthlyCost), c.leastRegret[i]!.monthlyCost],
    })),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
