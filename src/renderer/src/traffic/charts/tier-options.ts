import { formatNumber } from '../../../../shared/engine/format';
import type { NodeProjection, Projection } from '../../../../shared/engine/types';
import { axisStyle, baseOption, type ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';

/** Sized tiers (services, databases, caches, worker pools, load balancers), shortest first. */
export function sizedTiers(projection: Projection): NodeProjection[] {
  const tiers = projection.nodes.filter((n) => n.unit !== null && n.series !== undefined && !n.onCycle);
  const firstShort = (n: NodeProjection) => n.firstShortMonth ?? Number.POSITIVE_INFINITY;
  return tiers.sort((a, b) => firstShort(a) - firstShort(b) || a.name.localeCompare(b.name));
}

const COLUMNS = 2;
const ROW_HEIGHT = 150;
export const MAX_TIER_PANELS = 12;

/**
 * Small multiples, one panel per tier: today's count (flat, dashed) against the count
 * required each month, the months from the first short one shaded red, so the month a
 * tier falls short reads at a glance. Each panel has its own y scale (instances and
 * replicas do not share one).
 */
export function tierCapacityOption(projection: Projection, theme: ChartTheme): { option: ChartOption; height: number; shown: number; total: number } {
  const all = sizedTiers(projection);
  const tiers = all.slice(0, MAX_TIER_PANELS);
  const rows = Math.max(1, Math.ceil(tiers.length / COLUMNS));
  const height = rows * ROW_HEIGHT + 30;
  const months = projection.months;
  const widthPct = 100 / COLUMNS;
  const titles = [];
  const grids = [];
  const xAxes = [];
  const yAxes = [];
  const series = [];
  for (const [i, tier] of tiers.entries()) {
    const col = i % COLUMNS;
    const row = Math.floor(i / COLUMNS);
    const top = 30 + row * ROW_HEIGHT;
    const short = tier.firstShortMonth;
    titles.push({
      text: tier.name,
      subtext: short === null ? `never short over the horizon (${formatNumber(tier.current)} ${tier.unit ?? ''} today)` : `short from ${months[short] ?? short}`,
      left: `${col * widthPct + 1}%`,
      top: top - 28,
      textStyle: { fontSize: 12, fontWeight: 600 as const, color: theme.text },
      subtextStyle: { fontSize: 11, color: short === null ? theme.muted : theme.short },
      itemGap: 2,
    });
    grids.push({ left: `${col * widthPct + 5}%`, width: `${widthPct - 8}%`, top: top + 8, height: ROW_HEIGHT - 62 });
    xAxes.push({ type: 'category' as const, gridIndex: i, data: months, boundaryGap: false, ...axisStyle(theme), splitLine: { show: false }, axisLabel: { color: theme.muted, fontSize: 10 } });
    yAxes.push({ type: 'value' as const, gridIndex: i, minInterval: 1, ...axisStyle(theme), axisLabel: { color: theme.muted, fontSize: 10 } });
    const required = tier.series?.required.slice(0, months.length) ?? [];
    series.push({
      name: `${tier.name}: required`,
      type: 'line' as const,
      step: 'end' as const,
      xAxisIndex: i,
      yAxisIndex: i,
      showSymbol: false,
      color: theme.primary,
      data: required,
      markArea:
        short === null
          ? undefined
          : { silent: true, itemStyle: { color: theme.short, opacity: 0.12 }, data: [[{ xAxis: months[short] ?? '' }, { xAxis: months[months.length - 1] ?? '' }]] as [{ xAxis: string }, { xAxis: string }][] },
    });
    series.push({
      name: `${tier.name}: today`,
      type: 'line' as const,
      xAxisIndex: i,
      yAxisIndex: i,
      showSymbol: false,
      color: theme.secondary,
      lineStyle: { type: 'dashed' as const },
      data: months.map(() => tier.current),
    });
  }
  return {
    option: {
      ...baseOption(theme),
      tooltip: { ...baseOption(theme).tooltip, valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v) : String(v)) },
      title: titles,
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      series,
    },
    height,
    shown: tiers.length,
    total: all.length,
  };
}

/** Today's count and the count required at the event peak, side by side per tier; short ones in red. */
export function eventBarsOption(projection: Projection, theme: ChartTheme): ChartOption {
  const tiers = sizedTiers(projection);
  const series = [
    { name: 'Today', type: 'bar' as const, color: theme.secondary, data: tiers.map((t): number | null => t.atEvent.current) },
    // Short tiers are their own series (red) so the legend shows every colour the bars use;
    // both share a stack, so each tier still has one "required" bar beside "today".
    ...(['covered', 'short'] as const).map((which) => ({
      name: which === 'covered' ? 'Required at the event' : 'Required, short today',
      type: 'bar' as const,
      stack: 'required',
      color: which === 'covered' ? theme.primary : theme.short,
      data: tiers.map((t) => ((t.atEvent.required > t.atEvent.current) === (which === 'short') ? t.atEvent.required : null)),
      label: { show: true, position: 'top' as const, fontSize: 10, color: theme.muted, formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? formatNumber(p.value) : '') },
    })),
  ];
  return {
    ...baseOption(theme),
    tooltip: { ...baseOption(theme).tooltip, axisPointer: { type: 'shadow' } },
    // Only the colours some bar wears: no blue "required" entry when every tier is short.
    legend: { top: 0, textStyle: { color: theme.text }, data: series.filter((s) => s.data.some((d) => d !== null)).map((s) => s.name) },
    grid: { left: 48, right: 16, top: 32, bottom: 64 },
    xAxis: { type: 'category', data: tiers.map((t) => t.name), ...axisStyle(theme), axisLabel: { color: theme.muted, rotate: tiers.length > 6 ? 30 : 0, interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, ...axisStyle(theme) },
    series,
  };
}
